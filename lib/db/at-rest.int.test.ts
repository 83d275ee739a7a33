// What a copy of the database reveals about her: nothing she typed or chose, only ids, dates and codes. Every
// value that says who she is, who she works for, where she streams and why she is leaving is encrypted, and the
// SQLite file is readable by its owner only.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrl, sqliteFile } from "../config/paths";
import { createAccountWorld } from "../account/test-world";
import { provider } from "../testing/databases";
import { createDb, db } from "./client";

/** Every row of every table as text: the raw file (and WAL) on SQLite, each row cast to text on PostgreSQL. */
async function everythingStored(): Promise<string> {
  if (provider === "sqlite") {
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    const file = sqliteFile(databaseUrl());
    return [file, `${file}-wal`, `${file}-journal`]
      .filter(existsSync)
      .map((f) => readFileSync(f).toString("latin1"))
      .join("\n");
  }
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema()",
  );
  const rows: string[] = [];
  for (const { name } of tables) rows.push(...(await db.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${name}" t`)).map((r) => r.row));
  return rows.join("\n");
}

const inFile = (haystack: string, needle: string) => haystack.includes(Buffer.from(needle, "utf8").toString("latin1")) || haystack.includes(needle);

describe(`data at rest (${provider})`, () => {
  afterAll(() => db.$disconnect());

  it("holds her login name, agency, custom sites and her answers about her work only encrypted", async () => {
    const her = await createAccountWorld();
    const stored = await everythingStored();
    const needles = {
      // (email: what the account was made with before login names; the test also runs against that version)
      "login name": (her.user as { login?: string; email?: string }).login ?? (her.user as { email?: string }).email ?? "",
      "agency name": `事務所${her.marker}`,
      "custom site name": `site-${her.marker}`,
      "custom site address": `${her.marker}.example.test`,
      "the marker anywhere": her.marker,
      "her answers (JSON)": '"unavoidableReason"',
      "her reason": '"harassment"',
      "the customer's ID": `customer-${her.marker}`,
      "what the customer did": `脅された ${her.marker}`,
    };
    for (const [what, needle] of Object.entries(needles)) expect(inFile(stored, needle), what).toBe(false);
    // The test can see: her id is stored in clear.
    expect(inFile(stored, her.userId)).toBe(true);
  });

  it.runIf(provider === "sqlite")("creates a new database file readable by its owner only, by the app and by the migrations", async () => {
    const dir = mkdtempSync(join(tmpdir(), "taikai-mode-"));
    const viaApp = createDb(`file:${join(dir, "app.db")}`);
    await viaApp.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await viaApp.$queryRawUnsafe("CREATE TABLE t (x)");
    for (const f of ["app.db", "app.db-wal", "app.db-shm"]) expect(statSync(join(dir, f)).mode & 0o777, f).toBe(0o600);
    await viaApp.$disconnect();
    execFileSync("npx", ["tsx", "scripts/db-migrate.ts"], {
      env: { ...process.env, DATABASE_URL: `file:${join(dir, "migrated.db")}`, CHECKPOINT_DISABLE: "1" },
      stdio: "pipe",
    });
    expect(statSync(join(dir, "migrated.db")).mode & 0o777).toBe(0o600);
  });
});
