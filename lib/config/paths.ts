import { join, resolve } from "node:path";

/** Where the SQLite database, the generated secrets and evidence files live. */
export function dataDir(): string {
  const custom = process.env.TAIKAI_DATA_DIR;
  // The ignore comment keeps Next's file tracing from copying the whole project into the build output.
  return custom ? resolve(/* turbopackIgnore: true */ custom) : join(process.cwd(), "data");
}

export const defaultDatabaseUrl = "file:./data/taikai.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || defaultDatabaseUrl;
}

/** The SQLite file a `file:` URL names, as an absolute path (relative to the working directory). */
export function sqliteFile(databaseUrl: string): string {
  return resolve(databaseUrl.replace(/^file:/, ""));
}

export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres://") || url.startsWith("postgresql://");
}
