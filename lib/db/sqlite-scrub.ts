// secure_delete is on for every connection the app opens (lib/db/client.ts), so what she deletes is zeroed in the
// file. A database whose rows were deleted before that (an early install) may still hold them in free pages: one
// VACUUM rewrites the file without them. PRAGMA user_version records that it ran, so it runs once per database.
import Database from "better-sqlite3";

const scrubbedVersion = 1;

/** Returns true when it scrubbed the file, false when it had already been done. */
export function scrubSqliteOnce(file: string): boolean {
  const db = new Database(file);
  try {
    if (Number(db.pragma("user_version", { simple: true })) >= scrubbedVersion) return false;
    vacuum(db);
    db.pragma(`user_version = ${scrubbedVersion}`);
    return true;
  } finally {
    db.close();
  }
}

/** Rewrites the file now (after a migration copied tables, leaving their old pages, plaintext and all, free). */
export function scrubSqlite(file: string): void {
  const db = new Database(file);
  try {
    vacuum(db);
  } finally {
    db.close();
  }
}

function vacuum(db: Database.Database): void {
  db.pragma("secure_delete = ON");
  db.exec("VACUUM");
  // In WAL mode the rewritten pages pass through the -wal file: fold them into the database and empty it.
  db.pragma("wal_checkpoint(TRUNCATE)");
}
