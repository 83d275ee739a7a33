// Serves the built app for the end-to-end tests on a throw-away SQLite database and data folder.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { port: { type: "string", default: "3100" } } });
const dataDir = process.env.TAIKAI_DATA_DIR ?? mkdtempSync(join(tmpdir(), "taikai-e2e-"));
const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  TAIKAI_DATA_DIR: dataDir,
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? `file:${join(dataDir, "e2e.db")}`,
  // Every test registers from 127.0.0.1: the per-IP limits would stop the suite; the per-account limit stays.
  TAIKAI_REGISTER_LIMIT_PER_IP: "100000",
  TAIKAI_SIGNIN_LIMIT_PER_IP: "100000",
};

execFileSync("npx", ["tsx", "scripts/db-migrate.ts"], { env, stdio: "inherit" });
execFileSync("npx", ["tsx", "scripts/db-seed.ts"], { env, stdio: "inherit" });
const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", values.port!], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
