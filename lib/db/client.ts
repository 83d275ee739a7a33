// The one Prisma client. DATABASE_URL chooses the provider at run time, so one build serves SQLite and PostgreSQL.
// Both generated clients come from the same models (prisma/models.prisma), so they share one shape; the SQLite
// client's type stands for both.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { resolve } from "node:path";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { databaseUrl, isPostgresUrl } from "../config/paths";
import { restrictSqliteFiles } from "./file-mode";

export type Db = SqliteClient;

export function createDb(url = databaseUrl()): Db {
  if (isPostgresUrl(url)) {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:") restrictSqliteFiles(resolve(file));
  // A busy timeout lets the web app and the worker share the file without "database is locked" errors.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  // secure_delete zeroes deleted rows and freed pages, so a deleted account leaves no readable trace in the file.
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connection = await connect();
    await connection.executeScript("PRAGMA secure_delete = ON");
    return connection;
  };
  return new SqliteClient({ adapter });
}

const globalForDb = globalThis as unknown as { taikaiDb?: Db };

/** Shared across hot reloads in development so connections are not leaked. */
export const db: Db = globalForDb.taikaiDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.taikaiDb = db;

export function isPostgres(): boolean {
  return isPostgresUrl(databaseUrl());
}
