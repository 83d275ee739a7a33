// One spelling of each situation key: the closed list in situations.ts (snake_case, as the questionnaire, the
// routing table, the letters and the messages use it). The seed used to tag bodies with kebab-case keys of its own.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import enMessages from "../../messages/escalation.en.json";
import jaMessages from "../../messages/escalation.ja.json";
import { memoInput } from "./letter-fixtures";
import { letterRequestSchema } from "./letter-request-schema";
import { firstStepsBySituation, routingTable } from "./routing-table";
import { questionnaireSchema, situations } from "./situations";

const root = join(__dirname, "../..");
const sorted = (keys: Iterable<string>) => [...keys].sort();

/** Other spellings of the keys (kebab-case, camelCase) and the seed's retired tags. */
const otherSpellings = [
  ...situations.filter((s) => s.includes("_")).flatMap((s) => [s.replaceAll("_", "-"), s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())]),
  "unpaid-pay",
  "penalty-threat",
  "threat-or-violence",
  "danger-now",
  "profile-not-removed",
  "personal-data",
  "sexual-harm",
  "legal-advice",
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|tsx|json|prisma|sql)$/.test(entry.name) ? [path] : [];
  });
}

describe("situation keys", () => {
  it("the routing table has a row for each key and no other", () => {
    expect(sorted(Object.keys(routingTable))).toEqual(sorted(situations));
    for (const key of Object.keys(firstStepsBySituation)) expect(situations).toContain(key);
  });

  it("both languages' messages translate exactly the closed list", () => {
    expect(sorted(Object.keys(jaMessages.situations))).toEqual(sorted(situations));
    expect(sorted(Object.keys(enMessages.situations))).toEqual(sorted(situations));
  });

  it("the questionnaire and the letter form accept the closed list and refuse the other spellings", () => {
    const answers = { employmentType: "UNKNOWN", dangerNow: false };
    expect(questionnaireSchema.safeParse({ ...answers, situations: [...situations] }).success).toBe(true);
    const letter = { kind: "memo", wants: "", appiData: [], registrationId: "" };
    expect(letterRequestSchema.safeParse({ ...letter, situations: [...situations] }).success).toBe(true);
    for (const other of otherSpellings) {
      expect(questionnaireSchema.safeParse({ ...answers, situations: [other] }).success, other).toBe(false);
      expect(letterRequestSchema.safeParse({ ...letter, situations: [other] }).success, other).toBe(false);
    }
  });

  it("the letters' fixture uses keys from the closed list", () => {
    expect(memoInput.situations.length).toBeGreaterThan(0);
    for (const s of memoInput.situations) expect(situations).toContain(s);
  });

  it("no other spelling of a situation key is written anywhere in the app, its data, messages or tests", () => {
    const self = relative(root, __filename);
    const quoted = new RegExp(`["'\`](${otherSpellings.join("|")})["'\`]`);
    const found = ["app", "components", "lib", "prisma", "messages", "e2e", "scripts"]
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((file) => relative(root, file) !== self)
      .flatMap((file) => {
        const match = readFileSync(file, "utf8").match(quoted);
        return match ? [`${relative(root, file)}: ${match[1]}`] : [];
      });
    expect(found).toEqual([]);
  });
});
