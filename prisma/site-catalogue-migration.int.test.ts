// The site-catalogue migration on a database that already holds a site, a registration on it and a partner link:
// the registration keeps its site, the site keeps its id, and the seed then fills the new columns in place.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Db } from "../lib/db/client";
import { createEmptyDatabase, provider } from "../lib/testing/databases";
import { seed } from "./seed";

const folder = `prisma/${provider}/migrations`;
const target = "20261202151551_site_catalogue";
const migrations = readdirSync(folder, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function apply(db: Db, name: string) {
  const sql = readFileSync(join(folder, name, "migration.sql"), "utf8");
  const statements = sql
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s && !/^(--[^\n]*\n?)+$/.test(s));
  for (const statement of statements) await db.$executeRawUnsafe(statement);
}

describe(`the site catalogue migration (${provider})`, () => {
  const clients: Db[] = [];
  afterAll(async () => Promise.all(clients.map((c) => c.$disconnect())));

  it("keeps existing sites, their registrations and ids, and the seed then fills the catalogue in place", async () => {
    const { db } = await createEmptyDatabase();
    clients.push(db);
    for (const name of migrations.filter((n) => n < target)) await apply(db, name);
    const now = provider === "sqlite" ? "CURRENT_TIMESTAMP" : "now()";
    await db.$executeRawUnsafe(`INSERT INTO "User" ("id", "email", "passwordHash", "updatedAt") VALUES ('u1', 'a@example.test', 'x', ${now})`);
    await db.$executeRawUnsafe(
      `INSERT INTO "Site" ("id", "slug", "name", "nameEn", "country", "withdrawalRoute", "operatorEmail", "updatedAt") VALUES ('s1', 'dxlive', 'DXLIVE', 'DXLIVE', 'JP', 'UNKNOWN', 'x@example.test', ${now}), ('s2', 'cam4', 'Cam4', 'Cam4', 'INTL', 'UNKNOWN', NULL, ${now})`,
    );
    await db.$executeRawUnsafe(`INSERT INTO "_SitePartners" ("A", "B") VALUES ('s1', 's2')`);
    await db.$executeRawUnsafe(
      `INSERT INTO "Registration" ("id", "userId", "siteId", "handleEnc", "profileUrlEnc", "updatedAt") VALUES ('r1', 'u1', 's1', 'h', 'p', ${now})`,
    );

    for (const name of migrations.filter((n) => n >= target)) await apply(db, name);

    expect(await db.$queryRawUnsafe(`SELECT "siteId" FROM "Registration" WHERE "id" = 'r1'`)).toEqual([{ siteId: "s1" }]);
    expect(await db.$queryRawUnsafe(`SELECT "id", "slug", "profileUrlKind", "factsJson" FROM "Site" ORDER BY "id"`)).toEqual([
      { id: "s1", slug: "dxlive", profileUrlKind: "UNKNOWN", factsJson: null },
      { id: "s2", slug: "cam4", profileUrlKind: "UNKNOWN", factsJson: null },
    ]);

    await seed(db);
    const dxlive = await db.site.findUniqueOrThrow({ where: { slug: "dxlive" }, include: { registrations: { select: { id: true } } } });
    expect(dxlive).toMatchObject({ id: "s1", profileUrlKind: "HANDLE", registrations: [{ id: "r1" }] });
    expect(dxlive.factsJson).toContain("preview");
  });
});
