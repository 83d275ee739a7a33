import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "./client";
import { createUser, createUserWithEverything } from "../testing/factories";
import { provider } from "../testing/databases";

/** Every model with a userId column, read from the one source of truth, so a new table cannot be forgotten. */
function userOwnedModels(): string[] {
  const models = readFileSync("prisma/models.prisma", "utf8")
    .split(/^model /m)
    .slice(1);
  return models.filter((m) => /^\s+userId\s+String/m.test(m)).map((m) => m.split(/\s/)[0]);
}

type CountDelegate = { count(args: { where: { userId: string } }): Promise<number> };
function delegate(model: string): CountDelegate {
  return (db as unknown as Record<string, CountDelegate>)[model[0].toLowerCase() + model.slice(1)];
}

describe(`deleting a user (${provider})`, () => {
  afterAll(() => db.$disconnect());

  it("covers every user-owned table in the factory", async () => {
    const { user } = await createUserWithEverything(db);
    const empty = [];
    for (const model of userOwnedModels()) {
      if ((await delegate(model).count({ where: { userId: user.id } })) === 0) empty.push(model);
    }
    expect(userOwnedModels().length).toBeGreaterThanOrEqual(10);
    expect(empty).toEqual([]);
  });

  it("deletes every row of theirs and nothing of anyone else's", async () => {
    const { user } = await createUserWithEverything(db);
    const { user: other } = await createUserWithEverything(db);
    await db.user.delete({ where: { id: user.id } });
    for (const model of userOwnedModels()) {
      expect(await delegate(model).count({ where: { userId: user.id } }), model).toBe(0);
      expect(await delegate(model).count({ where: { userId: other.id } }), model).toBeGreaterThan(0);
    }
    const [{ links }] = await db.$queryRawUnsafe<{ links: number | bigint }[]>(
      `SELECT COUNT(*) AS links FROM "_CaseToRegistration" WHERE "B" NOT IN (SELECT id FROM "Registration")`,
    );
    expect(Number(links)).toBe(0);
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
  });

  it("leaves a user without data deletable too", async () => {
    const user = await createUser(db);
    await db.user.delete({ where: { id: user.id } });
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
  });
});
