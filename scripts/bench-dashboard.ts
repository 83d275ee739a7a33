// `npm run bench:dashboard`: the dashboard of one user with 300 registrations and 30,000 checks, under
// `next start` on SQLite, at 10 concurrent connections; /api/health measured the same way in the same run as the
// baseline. Prints figures; it never fails on time. Needs `npm run build` first.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Pool } from "undici";
import { signInForBench, startNext, stopNext, waitForApp } from "./bench-app";
import { freePort } from "./free-port";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "15" },
    port: { type: "string", default: "0" },
    registrations: { type: "string", default: "300" },
    checks: { type: "string", default: "100" },
  },
});
const port = Number(values.port) || (await freePort());
const origin = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), "taikai-bench-"));
const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  TAIKAI_DATA_DIR: dataDir,
  DATABASE_URL: `file:${join(dataDir, "bench.db")}`,
  TAIKAI_WORKER: "off",
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
};
process.env.TAIKAI_DATA_DIR = dataDir;
process.env.DATABASE_URL = env.DATABASE_URL;

execFileSync("npx", ["tsx", "scripts/db-migrate.ts"], { env, stdio: "ignore" });
execFileSync("npx", ["tsx", "scripts/db-seed.ts"], { env, stdio: "ignore" });

const { createDb } = await import("../lib/db/client");
const { hashPassword } = await import("../lib/auth/password");
const { seedDemoRegistrations } = await import("../lib/testing/demo-data");
const db = createDb(env.DATABASE_URL);
const login = "bench";
const { sealLoginName } = await import("../lib/auth/user-fields");
const { newId } = await import("../lib/db/new-id");
const password = "bench-password-for-taikai";
const userId = newId();
const user = await db.user.create({ data: { id: userId, ...sealLoginName(userId, login), passwordHash: await hashPassword(password) } });
const seedStart = performance.now();
await seedDemoRegistrations(db, { userId: user.id, count: Number(values.registrations), checksEach: Number(values.checks), baseUrl: "http://127.0.0.1:9" });
console.log(
  `seeded ${await db.registration.count()} registrations and ${await db.check.count()} checks in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
);
await db.$disconnect();

const server = startNext(port, env);
try {
  await waitForApp(origin);
  const cookie = await signInForBench(origin, login, password);
  const results = [await load("/api/health", ""), await load("/dashboard", cookie)];
  console.log(`\n${"path".padEnd(14)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)}`);
  for (const r of results)
    console.log(
      `${r.path.padEnd(14)} ${r.rps.toFixed(1).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${String(r.errors).padStart(7)}`,
    );
  console.log(
    `\ndashboard / health: ${(results[1].rps / results[0].rps).toFixed(2)}× the requests per second, p95 ${(results[1].p95 / results[0].p95).toFixed(1)}× the latency`,
  );
} finally {
  await stopNext(server);
}

async function load(path: string, cookie: string) {
  const pool = new Pool(origin, { connections: 10 });
  const headers = cookie ? { cookie } : {};
  for (let i = 0; i < 20; i++) await (await pool.request({ path, method: "GET", headers })).body.dump(); // warm-up
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + Number(values.seconds) * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const { statusCode, body } = await pool.request({ path, method: "GET", headers });
        await body.dump();
        if (statusCode !== 200) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { path, rps: latencies.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}
