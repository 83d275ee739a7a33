// Fresh databases for integration tests, on the provider of DATABASE_URL (set by scripts/test-integration.ts).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db } from "../db/client";
import { databaseUrl, isPostgresUrl } from "../config/paths";

export const provider: "sqlite" | "postgresql" = isPostgresUrl(databaseUrl()) ? "postgresql" : "sqlite";

/** A new, empty database on the same provider; its URL and a client for it. */
export async function createEmptyDatabase(): Promise<{ url: string; db: Db }> {
  if (provider === "sqlite") {
    const url = `file:${join(mkdtempSync(join(tmpdir(), "taikai-int-")), "test.db")}`;
    return { url, db: createDb(url) };
  }
  const name = `taikai_test_${randomBytes(6).toString("hex")}`;
  const admin = createDb(databaseUrl());
  await admin.$executeRawUnsafe(`CREATE DATABASE ${name}`);
  await admin.$disconnect();
  const url = new URL(databaseUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), db: createDb(url.toString()) };
}

/** Applies the committed migrations, as the app does on start. */
export function migrate(url: string): void {
  execFileSync("npx", ["tsx", "scripts/db-migrate.ts"], { env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" }, stdio: "pipe" });
}

/** The SQL that builds prisma/<provider>/schema.prisma from nothing, straight from the schema (no migrations). */
export function sqlForSchema(): string {
  return execFileSync("npx", ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", `prisma/${provider}/schema.prisma`, "--script"], {
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}
