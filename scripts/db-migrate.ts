// Applies the migrations of the provider DATABASE_URL names. SQLite: `prisma migrate deploy`. PostgreSQL: Prisma's
// JS schema engine cannot read PostgreSQL's catalog through @prisma/adapter-pg (prisma/orm#27403, "Column type
// 'name' could not be deserialized"), so the same migration files are applied here, recorded in Prisma's own
// _prisma_migrations table so that `prisma migrate deploy` can take over once that is fixed.
import { execFileSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { databaseUrl, isPostgresUrl, sqliteFile } from "../lib/config/paths";
import { createDb } from "../lib/db/client";
import { restrictSqliteFiles } from "../lib/db/file-mode";
import { sealedAnything, sealLegacyFields } from "../lib/db/seal-legacy-fields";
import { scrubSqlite, scrubSqliteOnce } from "../lib/db/sqlite-scrub";

const url = databaseUrl();
if (!isPostgresUrl(url)) {
  restrictSqliteFiles(sqliteFile(url));
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  restrictSqliteFiles(sqliteFile(url));
  if (scrubSqliteOnce(sqliteFile(url))) console.log("SQLite: free pages cleared once (VACUUM with secure_delete).");
} else {
  await migratePostgres(url);
}
await sealLegacy(url);

/** The data step after the SQL migrations (lib/db/seal-legacy-fields.ts), then a rewrite of what it freed. */
async function sealLegacy(connection: string): Promise<void> {
  const db = createDb(connection);
  try {
    const counts = await sealLegacyFields(db);
    if (!sealedAnything(counts)) return;
    console.log(
      `Encrypted stored plaintext: ${counts.users} accounts, ${counts.agencies} agencies, ${counts.registrations} registrations, ${counts.cases} cases.`,
    );
    if (isPostgresUrl(connection)) {
      // Old row versions keep the plaintext until the tables are rewritten.
      await db.$executeRawUnsafe('VACUUM FULL "User", "Agency", "Registration", "Case"');
    }
  } finally {
    await db.$disconnect();
  }
  if (!isPostgresUrl(connection)) scrubSqlite(sqliteFile(connection));
}

export async function migratePostgres(connectionString: string): Promise<void> {
  const folder = "prisma/postgresql/migrations";
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // One migrator at a time, even with several app processes starting together.
    await client.query("SELECT pg_advisory_lock(727073)");
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const applied = new Set(
      (await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)).rows.map(
        (r) => r.migration_name,
      ),
    );
    const names = readdirSync(folder, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    let count = 0;
    for (const name of names.filter((n) => !applied.has(n))) {
      const sql = readFileSync(join(folder, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`, [
          randomUUID(),
          checksum,
          name,
        ]);
        await client.query("COMMIT");
        count++;
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
      }
    }
    console.log(count ? `Applied ${count} PostgreSQL migration(s).` : "PostgreSQL schema is up to date.");
  } finally {
    await client.end();
  }
}
