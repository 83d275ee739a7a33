import { join } from "node:path";

/** The database the e2e server uses: E2E_DATABASE_URL (PostgreSQL runs), else a SQLite file in the data folder. */
export function e2eDatabaseUrl(dataDir = process.env.TAIKAI_DATA_DIR!): string {
  return process.env.E2E_DATABASE_URL ?? `file:${join(dataDir, "e2e.db")}`;
}
