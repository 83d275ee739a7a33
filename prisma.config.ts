// Prisma CLI configuration. The JS schema engine works offline (no engine download); DATABASE_URL picks the
// provider: postgresql://... for PostgreSQL, anything else (default file:./data/taikai.db) for SQLite.
import { mkdirSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const url = process.env.DATABASE_URL || "file:./data/taikai.db";
const postgres = url.startsWith("postgres://") || url.startsWith("postgresql://");
const provider = postgres ? "postgresql" : "sqlite";

// Prisma 6 requires a datasource url in each schema; queries go through the adapter below, so the schema of the
// provider not in use only needs a syntactically valid placeholder (e.g. for `prisma generate` of both clients).
process.env.TAIKAI_SQLITE_URL = postgres ? "file:./data/taikai.db" : url;
process.env.TAIKAI_POSTGRES_URL = postgres ? url : "postgresql://localhost/unused";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  adapter: async () => {
    if (postgres) return new PrismaPg({ connectionString: url });
    mkdirSync("data", { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
