// A database from before login names and encrypted identity fields: its plaintext goes through the SQL migration
// into legacy columns, then the data step encrypts it, and an account made with an email signs in with it.
import Database from "better-sqlite3";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openAgencyName } from "../agencies/crypto-fields";
import { openLoginName } from "../auth/user-fields";
import { sqliteFile } from "../config/paths";
import { openFacts } from "../cases/crypto-fields";
import { openRegistration } from "../registrations/crypto-fields";
import { createEmptyDatabase, provider } from "../testing/databases";
import type { Db } from "./client";
import { lookupHash } from "./lookup-hash";
import { sealLegacyFields } from "./seal-legacy-fields";
import { scrubSqlite } from "./sqlite-scrub";

const folder = `prisma/${provider}/migrations`;
const migrations = readdirSync(folder, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const upgrade = migrations.findIndex((name) => name.endsWith("_encrypt_identity_fields"));
const sql = (name: string) => readFileSync(join(folder, name, "migration.sql"), "utf8");

/** Runs raw SQL scripts on the new database (Prisma runs one statement at a time; migrations hold many). */
async function runScripts(url: string, scripts: string[]): Promise<void> {
  if (provider === "sqlite") {
    const file = new Database(sqliteFile(url));
    for (const script of scripts) file.exec(script);
    file.close();
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const script of scripts) await client.query(script);
  await client.end();
}

const email = "hanako.legacy@example.test";
const facts = '{"fixedShifts":"yes","fixedTerm":"yes","unavoidableReason":"health"}';

describe(`upgrading a database with plaintext identity fields (${provider})`, () => {
  let legacy: { url: string; db: Db };
  afterAll(() => legacy?.db.$disconnect());

  it("moves the plaintext into legacy columns, encrypts it, empties them, and the email becomes her login name", async () => {
    expect(upgrade).toBeGreaterThan(0);
    legacy = await createEmptyDatabase();
    await runScripts(legacy.url, migrations.slice(0, upgrade).map(sql));
    const now = provider === "sqlite" ? "'2026-11-01 00:00:00'" : "now()";
    await runScripts(legacy.url, [
      `
      INSERT INTO "User" ("id", "email", "passwordHash", "updatedAt") VALUES ('cuserlegacy1', '${email}', 'x', ${now});
      INSERT INTO "Agency" ("id", "userId", "name", "updatedAt") VALUES ('cagencylegacy1', 'cuserlegacy1', 'ひまわり事務所', ${now});
      INSERT INTO "Registration" ("id", "userId", "customSiteName", "customBaseUrl", "handleEnc", "profileUrlEnc", "updatedAt")
        VALUES ('creglegacy1', 'cuserlegacy1', 'ないしょサイト', 'https://naisho.example.test', 'h', 'p', ${now});
      INSERT INTO "Case" ("id", "userId", "factsJson", "updatedAt") VALUES ('ccaselegacy1', 'cuserlegacy1', '${facts}', ${now});
    `,
    ]);
    await runScripts(legacy.url, [sql(migrations[upgrade])]);

    const before = await legacy.db.user.findUniqueOrThrow({ where: { id: "cuserlegacy1" } });
    expect(before.legacyEmail).toBe(email);
    expect(await sealLegacyFields(legacy.db)).toEqual({ users: 1, agencies: 1, registrations: 1, cases: 1 });
    // Again: nothing left to do.
    expect(await sealLegacyFields(legacy.db)).toEqual({ users: 0, agencies: 0, registrations: 0, cases: 0 });

    const user = await legacy.db.user.findUniqueOrThrow({ where: { id: "cuserlegacy1" } });
    expect(user.legacyEmail).toBeNull();
    expect(user.loginNameHash).toBe(lookupHash("login", email));
    expect(openLoginName(user.id, user.loginNameEnc)).toBe(email);
    const agency = await legacy.db.agency.findUniqueOrThrow({ where: { id: "cagencylegacy1" } });
    expect([agency.legacyName, openAgencyName(agency.id, agency.nameEnc)]).toEqual([null, "ひまわり事務所"]);
    const registration = await legacy.db.registration.findUniqueOrThrow({ where: { id: "creglegacy1" } });
    expect([registration.legacyCustomSiteName, registration.legacyCustomBaseUrl]).toEqual([null, null]);
    expect(openRegistration.customSiteName(registration.id, registration.customSiteNameEnc)).toBe("ないしょサイト");
    expect(openRegistration.customBaseUrl(registration.id, registration.customBaseUrlEnc)).toBe("https://naisho.example.test");
    const withdrawal = await legacy.db.case.findUniqueOrThrow({ where: { id: "ccaselegacy1" } });
    expect(withdrawal.legacyFactsJson).toBeNull();
    expect(openFacts(withdrawal.id, withdrawal.factsJsonEnc)).toMatchObject({ unavoidableReason: "health" });

    if (provider === "sqlite") {
      await legacy.db.$disconnect();
      scrubSqlite(sqliteFile(legacy.url));
      const raw = readFileSync(sqliteFile(legacy.url));
      for (const needle of [email, "ひまわり事務所", "ないしょサイト", "naisho.example.test", '"unavoidableReason"']) {
        expect(raw.includes(Buffer.from(needle, "utf8")), needle).toBe(false);
      }
    }
  });
});
