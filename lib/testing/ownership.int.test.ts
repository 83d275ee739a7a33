// User A must never read, change or delete anything of user B's through any data or mutation function.
// Each capability adds its functions to `cases`; the test runs each as A against B's ids and then proves that
// every row B owns is byte-for-byte what it was.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { signOutEverywhere, updatePreferences } from "../account/mutations";
import { createUserWithEverything } from "./factories";
import { provider } from "./databases";

type World = Awaited<ReturnType<typeof createUserWithEverything>>;
type OwnershipCase = {
  name: string;
  /** Runs as A (a.user.id) while naming B's rows; resolves to what A got back. */
  attempt: (a: World, b: World) => Promise<unknown>;
  /** What A must get back: nothing of B's. */
  expectResult?: (result: unknown, b: World) => void;
};

const cases: OwnershipCase[] = [
  { name: "account: updatePreferences", attempt: (a) => updatePreferences(a.user.id, { discreetMode: true, quickExitUrl: "https://example.test/" }) },
  { name: "account: signOutEverywhere", attempt: (a) => signOutEverywhere(a.user.id) },
];

function userOwnedModels(): string[] {
  const models = readFileSync("prisma/models.prisma", "utf8").split(/^model /m).slice(1);
  return models.filter((m) => /^\s+userId\s+String/m.test(m)).map((m) => m.split(/\s/)[0]);
}

type FindDelegate = { findMany(args: unknown): Promise<unknown[]> };
async function snapshotOf(userId: string) {
  const rows: Record<string, unknown> = { user: await db.user.findUnique({ where: { id: userId } }) };
  for (const model of userOwnedModels()) {
    const delegate = (db as unknown as Record<string, FindDelegate>)[model[0].toLowerCase() + model.slice(1)];
    rows[model] = await delegate.findMany({ where: { userId }, orderBy: { id: "asc" } });
  }
  return rows;
}

describe(`ownership (${provider})`, () => {
  let a: World;
  let b: World;
  beforeAll(async () => {
    a = await createUserWithEverything(db);
    b = await createUserWithEverything(db);
  });
  afterAll(() => db.$disconnect());

  it.each(cases)("$name cannot touch another user's data", async ({ attempt, expectResult }) => {
    const before = await snapshotOf(b.user.id);
    const result = await attempt(a, b);
    expectResult?.(result, b);
    expect(JSON.stringify(result ?? null)).not.toContain(b.user.id);
    expect(await snapshotOf(b.user.id)).toEqual(before);
  });
});
