// Serves the built app for the end-to-end tests on a throw-away SQLite database and data folder. With --https, a
// TLS front (self-signed certificate for 127.0.0.1) listens on --port and forwards to the app, as a reverse proxy does.
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync } from "node:fs";
import { startTlsFront } from "./tls-front";
import { startNext } from "./bench-app";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startFixtureServer } from "../lib/checker/fixture-server";
import { e2eDatabaseUrl } from "../e2e/database-url";

const { values } = parseArgs({
  options: { port: { type: "string", default: "3100" }, "fixture-port": { type: "string", default: "3101" }, https: { type: "boolean", default: false } },
});
const publicPort = Number(values.port);
// Behind the TLS front the app itself listens on the next free port after the fixture's.
const appPort = values.https ? Number(values["fixture-port"]) + 1 : publicPort;
// Imitation live-chat sites on loopback, for the registration and check-now journeys.
const fixture = await startFixtureServer({ port: Number(values["fixture-port"]) });
const dataDir = process.env.TAIKAI_DATA_DIR ?? mkdtempSync(join(tmpdir(), "taikai-e2e-"));
const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  TAIKAI_DATA_DIR: dataDir,
  DATABASE_URL: e2eDatabaseUrl(dataDir),
  // Every test registers from 127.0.0.1: the per-IP limits would stop the suite; the per-account limit stays.
  TAIKAI_REGISTER_LIMIT_PER_IP: "100000",
  TAIKAI_SIGNIN_LIMIT_PER_IP: "100000",
  // Lets the app check the loopback fixture sites (any port); never set outside tests, and honoured only with both.
  TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK: "1",
  TAIKAI_TEST_MODE: "1",
  // Real sites' addresses (a catalogue pattern filled in from a handle) are never looked up: offline, and nothing leaves.
  TAIKAI_CHECKER_LOOPBACK_ONLY: "1",
  TAIKAI_WORKER: "off",
  ...(values.https ? { NEXTAUTH_URL: `https://127.0.0.1:${publicPort}` } : {}),
};

execFileSync("npx", ["tsx", "scripts/db-migrate.ts"], { env, stdio: "inherit" });
execFileSync("npx", ["tsx", "scripts/db-seed.ts"], { env, stdio: "inherit" });
// The server's output is also kept in the data folder, so the test layer can prove it holds no personal data.
const log = createWriteStream(join(dataDir, "server.log"));
const server = startNext(appPort, env, ["ignore", "pipe", "pipe"]);
server.stdout!.on("data", (chunk) => {
  process.stdout.write(chunk);
  log.write(chunk);
});
server.stderr!.on("data", (chunk) => {
  process.stderr.write(chunk);
  log.write(chunk);
});
const front = values.https ? await startTlsFront({ port: publicPort, targetPort: appPort, certDir: dataDir }) : null;
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", async (code) => {
  await fixture.close();
  front?.close();
  process.exit(code ?? 0);
});
