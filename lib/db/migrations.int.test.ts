import { afterAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { schemaSnapshot } from "./schema-snapshot";
import { createEmptyDatabase, migrate, provider, sqlForSchema } from "../testing/databases";

// The migrations of each provider must build exactly the schema generated from prisma/models.prisma: this fails
// when a model changes without a migration, or when the two providers' migrations drift apart.
describe(`migrations (${provider})`, () => {
  const clients: Db[] = [];
  afterAll(async () => Promise.all(clients.map((c) => c.$disconnect())));

  it("build the same schema as prisma/models.prisma does", async () => {
    const migrated = await createEmptyDatabase();
    const direct = await createEmptyDatabase();
    clients.push(migrated.db, direct.db);
    migrate(migrated.url);
    const statements = sqlForSchema()
      .split(/;\s*$/m)
      .map((s) => s.trim())
      .filter((s) => s && !/^(--[^\n]*\n?)+$/.test(s));
    for (const statement of statements) await direct.db.$executeRawUnsafe(statement);
    const fromMigrations = await schemaSnapshot(migrated.db, provider);
    expect(fromMigrations.length).toBeGreaterThan(50);
    expect(fromMigrations).toEqual(await schemaSnapshot(direct.db, provider));
  });
});
