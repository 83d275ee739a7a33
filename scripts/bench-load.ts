// `npm run bench:load [-- --postgres] [--seconds 60] [--users 50] [--registrations 3] [--fail-on-errors]`: many users at once under
// `next start` (the build in .next), on SQLite or on a throw-away PostgreSQL cluster. Each user has a few
// registrations on the loopback fixture sites and a sent case; all sign in through next-auth, then each drives her
// own loop: dashboard, a registration page, the case page, and "check now" (the server action, called as the page
// calls it) at most every 10 s (the app allows 60 per 10 minutes). Prints requests per second, p50/p95/p99 per
// kind and overall, and every error; then the same users hammer /api/health (no session, no database) for a baseline
// measured in the same run. It never fails on time; with --fail-on-errors (the test suite's short run) it exits 1 when
// any request failed.
import { execFileSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Pool } from "undici";
import { startFixtureServer } from "../lib/checker/fixture-server";
import { startThrowawayPostgres } from "./postgres-cluster";
import { signInForBench, startNext, stopNext, waitForApp } from "./bench-app";
import { freePort } from "./free-port";

const { values } = parseArgs({
  options: {
    postgres: { type: "boolean", default: false },
    seconds: { type: "string", default: "60" },
    users: { type: "string", default: "50" },
    registrations: { type: "string", default: "3" },
    port: { type: "string", default: "0" },
    "fail-on-errors": { type: "boolean", default: false },
  },
});
if (!existsSync(".next/BUILD_ID")) {
  console.error("bench:load needs the production build: run `npm run build` first (.next/BUILD_ID is missing).");
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName: string }> };
const checkNowId = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "checkNowAction")?.[0];
if (!checkNowId) throw new Error("checkNowAction is not in the build's server-reference-manifest.json");

const users = Number(values.users);
const seconds = Number(values.seconds);
const port = Number(values.port) || (await freePort());
const origin = `http://127.0.0.1:${port}`;
const password = "load-bench-password-for-taikai";
const dataDir = mkdtempSync(join(tmpdir(), "taikai-load-"));
const postgres = values.postgres ? await startThrowawayPostgres() : undefined;
if (values.postgres && !postgres) {
  console.error("--postgres: no PostgreSQL binaries found (apt-get install postgresql, or set PG_BIN).");
  process.exit(2);
}
const databaseUrl = postgres?.url ?? `file:${join(dataDir, "load.db")}`;
const fixture = await startFixtureServer();
const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  TAIKAI_DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl,
  TAIKAI_WORKER: "off",
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  TAIKAI_SIGNIN_LIMIT_PER_IP: "100000",
  TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK: "1",
  TAIKAI_TEST_MODE: "1",
};
process.env.TAIKAI_DATA_DIR = dataDir;
process.env.DATABASE_URL = databaseUrl;
let server: ChildProcess | undefined;
let failed = false;

try {
  execFileSync("npx", ["tsx", "scripts/db-migrate.ts"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "scripts/db-seed.ts"], { env, stdio: "ignore" });
  const { createDb } = await import("../lib/db/client");
  const { hashPassword } = await import("../lib/auth/password");
  const { createLoadUser } = await import("../lib/testing/load-data");
  const db = createDb(databaseUrl);
  const passwordHash = await hashPassword(password);
  const people = [];
  for (let i = 0; i < users; i++) {
    people.push(await createLoadUser(db, { login: `load-${i}`, passwordHash, registrations: Number(values.registrations), baseUrl: fixture.url }));
  }
  await db.$disconnect();
  console.log(
    `${postgres ? "PostgreSQL" : "SQLite"}: ${users} users, ${values.registrations} registrations and a sent case each; fixture sites at ${fixture.url}`,
  );

  const log = createWriteStream(join(dataDir, "server.log"));
  server = startNext(port, env, ["ignore", "pipe", "pipe"]);
  server.stdout!.pipe(log);
  server.stderr!.pipe(log);
  await waitForApp(origin);

  const signedIn = [];
  for (const person of people) signedIn.push({ ...person, cookie: await signInForBench(origin, person.login, password) });
  console.log(`signed in ${signedIn.length} users; ${seconds} s of load, ${users} at once`);

  const pool = new Pool(origin, { connections: users, pipelining: 1 });
  type Kind = "dashboard" | "registration" | "case" | "check-now";
  const latencies: Record<Kind, number[]> = { dashboard: [], registration: [], case: [], "check-now": [] };
  const errors: string[] = [];
  let rateLimited = 0;

  async function request(kind: Kind, cookie: string, path: string, body?: string) {
    const started = performance.now();
    try {
      const headers: Record<string, string> = { cookie };
      if (body !== undefined)
        Object.assign(headers, { "next-action": checkNowId!, "content-type": "text/plain;charset=UTF-8", origin, accept: "text/x-component" });
      const response = await pool.request({ path, method: body === undefined ? "GET" : "POST", headers, body });
      const text = await response.body.text();
      latencies[kind].push(performance.now() - started);
      if (response.statusCode !== 200) errors.push(`${kind} ${path}: HTTP ${response.statusCode} ${text.slice(0, 120)}`);
      else if (kind === "check-now") {
        // The action's own answer is one line of the RSC stream (the rest is the revalidated page).
        const result = /^\d+:(\{"ok":.*)$/m.exec(text)?.[1] ?? "";
        if (result.includes('"error":"rateLimited"')) rateLimited++;
        else if (!result.startsWith('{"ok":true')) errors.push(`check-now: ${(result || text).slice(0, 200)}`);
      }
    } catch (error) {
      errors.push(`${kind} ${path}: ${(error as Error).message}`);
    }
  }

  // Warm-up: each page once.
  const first = signedIn[0];
  for (const path of ["/dashboard", `/dashboard/registrations/${first.registrationIds[0]}`, `/withdrawal/${first.caseId}`])
    await (await pool.request({ path, method: "GET", headers: { cookie: first.cookie } })).body.dump();
  for (const k of Object.keys(latencies) as Kind[]) latencies[k] = [];
  errors.length = 0;

  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    signedIn.map(async (person, u) => {
      let step = u; // users start at different points of the loop
      let lastCheck = -Infinity;
      while (performance.now() < end) {
        const registrationId = person.registrationIds[step % person.registrationIds.length];
        if (performance.now() - lastCheck > 10_000 && step % 4 === 3) {
          lastCheck = performance.now();
          await request("check-now", person.cookie, "/dashboard", JSON.stringify([registrationId]));
        } else {
          const kind = (["dashboard", "registration", "case"] as const)[step % 3];
          await request(
            kind,
            person.cookie,
            kind === "dashboard" ? "/dashboard" : kind === "registration" ? `/dashboard/registrations/${registrationId}` : `/withdrawal/${person.caseId}`,
          );
        }
        step++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;

  // Baseline: the same number of users asking for /api/health, which touches neither session nor database.
  const baselineSeconds = Math.max(5, Math.min(15, seconds / 4));
  const health: number[] = [];
  const baselineEnd = performance.now() + baselineSeconds * 1000;
  const baselineStarted = performance.now();
  await Promise.all(
    signedIn.map(async () => {
      while (performance.now() < baselineEnd) {
        const t0 = performance.now();
        const response = await pool.request({ path: "/api/health", method: "GET" });
        await response.body.dump();
        health.push(performance.now() - t0);
        if (response.statusCode !== 200) errors.push(`health: HTTP ${response.statusCode}`);
      }
    }),
  );
  const baselineElapsed = (performance.now() - baselineStarted) / 1000;
  await pool.close();

  const quantile = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
  };
  const row = (name: string, values: number[], seconds = elapsed) =>
    `${name.padEnd(14)} ${String(values.length).padStart(7)} ${(values.length / seconds).toFixed(1).padStart(8)} ${[0.5, 0.95, 0.99].map((q) => quantile(values, q).toFixed(0).padStart(7)).join(" ")}`;
  console.log(`\n${postgres ? "PostgreSQL" : "SQLite"}, ${users} concurrent users, ${elapsed.toFixed(1)} s`);
  console.log(`${"kind".padEnd(14)} ${"count".padStart(7)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)}`);
  for (const [kind, values] of Object.entries(latencies)) console.log(row(kind, values));
  const overall = Object.values(latencies).flat();
  console.log(row("overall", overall));
  console.log(`${row("/api/health", health, baselineElapsed)}   (baseline, ${baselineElapsed.toFixed(1)} s)`);
  console.log(
    `ratio app/baseline: throughput ${(overall.length / elapsed / (health.length / baselineElapsed)).toFixed(3)}, p95 ${(quantile(overall, 0.95) / quantile(health, 0.95)).toFixed(1)}×`,
  );
  console.log(`\nerrors: ${errors.length}${rateLimited ? ` (and ${rateLimited} check-now answers "rateLimited", as designed)` : ""}`);
  const grouped = new Map<string, number>();
  for (const e of errors) grouped.set(e.slice(0, 160), (grouped.get(e.slice(0, 160)) ?? 0) + 1);
  for (const [e, n] of grouped) console.log(`  ${n}× ${e}`);
  console.log(`fixture sites answered ${fixture.stats().requests} profile requests; server log: ${join(dataDir, "server.log")}`);
  failed = values["fail-on-errors"] && (errors.length > 0 || overall.length === 0);
} finally {
  await stopNext(server);
  await postgres?.stop();
}
// The app's keep-alive connections to the fixture sites would hold the process open.
process.exit(failed ? 1 : 0);
