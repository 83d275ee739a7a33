import { describe, expect, it } from "vitest";
import en from "./en.json";
import ja from "./ja.json";
import { featureMessageFiles } from "../lib/i18n/messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
}

describe("feature message files", () => {
  it.each(featureMessageFiles)("%s has the same keys and placeholders in both languages", async (feature) => {
    const jaFeature = (await import(`./${feature}.ja.json`)).default;
    const enFeature = (await import(`./${feature}.en.json`)).default;
    expect(keys(enFeature).sort()).toEqual(keys(jaFeature).sort());
    const get = (tree: unknown, key: string) => key.split(".").reduce((n, k) => (n as Record<string, unknown>)[k], tree) as string;
    expect(keys(jaFeature).filter((k) => k && placeholders(get(jaFeature, k)).join() !== placeholders(get(enFeature, k)).join())).toEqual([]);
  });
});

describe("messages", () => {
  const jaKeys = keys(ja).sort();
  const enKeys = keys(en).sort();

  it("has every Japanese key in English", () => {
    expect(jaKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it("has every English key in Japanese", () => {
    expect(enKeys.filter((k) => !jaKeys.includes(k))).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    const get = (tree: unknown, key: string) => key.split(".").reduce((n, k) => (n as Record<string, unknown>)[k], tree) as string;
    const mismatched = jaKeys.filter((k) => placeholders(get(ja, k)).join() !== placeholders(get(en, k)).join());
    expect(mismatched).toEqual([]);
  });

  it("has no empty message", () => {
    const get = (tree: unknown, key: string) => key.split(".").reduce((n, k) => (n as Record<string, unknown>)[k], tree) as string;
    expect([...jaKeys.filter((k) => !get(ja, k)), ...enKeys.filter((k) => !get(en, k))]).toEqual([]);
  });
});

describe("checker reasons", () => {
  it("has a message for every reason code the checker can give, in both languages", async () => {
    const { REASON_CODES } = await import("../lib/checker/reasons");
    const missing = REASON_CODES.filter((code) => !(code in ja.reasons) || !(code in en.reasons));
    expect(missing).toEqual([]);
  });
});

describe("wizard keys", () => {
  it("translates every contract-type reason, date explanation and requested item", async () => {
    const { reasonKeys } = await import("../lib/cases/contract-type");
    const { explanationKeys } = await import("../lib/cases/deadlines");
    const { requestedItems } = await import("../lib/cases/requested-items");
    for (const tree of [ja, en]) {
      expect(reasonKeys.filter((k) => !(k in tree.wizard.reasons))).toEqual([]);
      expect(explanationKeys.filter((k) => !(k in tree.wizard.explain))).toEqual([]);
      expect(requestedItems.filter((k) => !(k in tree.wizard.requests.items))).toEqual([]);
    }
  });
});

describe("escalation keys", () => {
  it("translates every why key, power and situation", async () => {
    const { whyKeys, firstStepKeys } = await import("../lib/escalation/routing-table");
    const { powerKinds: powers } = await import("../lib/bodies/schema");
    const { situations } = await import("../lib/escalation/situations");
    for (const locale of ["ja", "en"]) {
      const tree = (await import(`./escalation.${locale}.json`)).default;
      expect(whyKeys.filter((k) => !(k in tree.why))).toEqual([]);
      expect(powers.filter((k) => !(k in tree.powers))).toEqual([]);
      expect(firstStepKeys.filter((k) => !(k in tree.firstSteps))).toEqual([]);
      expect(situations.filter((k) => !(k in tree.situations))).toEqual([]);
    }
  });
});

describe("counselling bodies texts", () => {
  it("translates every source kind and fact label", async () => {
    const { factNames, sourceKinds } = await import("../lib/bodies/schema");
    for (const tree of [ja, en]) {
      expect(sourceKinds.filter((k) => !(k in tree.bodies.sourceKinds))).toEqual([]);
      expect(factNames.filter((f) => !((f === "url" ? "website" : f) in tree.bodies))).toEqual([]);
    }
  });

  it("words the reference's date as the date of the reference, never as a check date", () => {
    expect(ja.bodies.referenceDate).toMatch(/^資料の日付 \{date\}/);
    expect(ja.bodies.referenceDate).toContain("確認日ではありません");
    expect(en.bodies.referenceDate).toMatch(/^reference dated \{date\}/);
    expect(ja.bodies).not.toHaveProperty("checked");
    expect(ja.common).not.toHaveProperty("checkedOn");
  });

  it("the reasons a body is listed state no cost or hours: those are the bodies' facts, shown with their marks", async () => {
    for (const locale of ["ja", "en"]) {
      const tree = (await import(`./escalation.${locale}.json`)).default as { why: Record<string, string> };
      const stating = Object.entries(tree.why).filter(([, text]) => /無料|有料|24時間|夜間|休日|\bfree\b|24 ?h|evening|weekend/i.test(text));
      expect(stating, locale).toEqual([]);
    }
  });
});
