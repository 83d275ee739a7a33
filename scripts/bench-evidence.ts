// `npm run bench:evidence`: under `next start` on SQLite, upload and download a 50 MB file and export a case bundle
// of 100 items (1 MB each), with the time of each and the server's peak memory (resident set of the server's
// process tree, sampled every 20 ms, and each process's VmHWM). Shows that files stream rather than sit in memory.
// Prints figures; never fails on time. Needs `npm run build` first.
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { request } from "undici";
import { signInForBench, startNext, stopNext, waitForApp } from "./bench-app";
import { freePort } from "./free-port";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "0" },
    "file-mb": { type: "string", default: "50" },
    items: { type: "string", default: "100" },
    "item-kb": { type: "string", default: "1024" },
  },
});
const port = Number(values.port) || (await freePort());
const origin = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), "taikai-bench-evidence-"));
const env = {
  ...process.env,
  NODE_ENV: "production" as const,
  TAIKAI_DATA_DIR: dataDir,
  DATABASE_URL: `file:${join(dataDir, "bench.db")}`,
  TAIKAI_WORKER: "off",
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  TAIKAI_DATA_KEY: randomBytes(32).toString("base64"),
};
Object.assign(process.env, {
  TAIKAI_DATA_DIR: env.TAIKAI_DATA_DIR,
  DATABASE_URL: env.DATABASE_URL,
  NEXTAUTH_SECRET: env.NEXTAUTH_SECRET,
  TAIKAI_DATA_KEY: env.TAIKAI_DATA_KEY,
});

execFileSync("npx", ["tsx", "scripts/db-migrate.ts"], { env, stdio: "ignore" });
execFileSync("npx", ["tsx", "scripts/db-seed.ts"], { env, stdio: "ignore" });

const { createDb } = await import("../lib/db/client");
const { hashPassword } = await import("../lib/auth/password");
const db = createDb(env.DATABASE_URL);
const login = "bench";
const { sealLoginName } = await import("../lib/auth/user-fields");
const { sealAgencyName } = await import("../lib/agencies/crypto-fields");
const { newId } = await import("../lib/db/new-id");
const password = "bench-password-for-taikai";
const userId = newId();
const user = await db.user.create({ data: { id: userId, ...sealLoginName(userId, login), passwordHash: await hashPassword(password) } });
const agencyId = newId();
const agency = await db.agency.create({ data: { id: agencyId, userId: user.id, nameEnc: sealAgencyName(agencyId, "ベンチ事務所") } });
const withdrawal = await db.case.create({ data: { userId: user.id, agencyId: agency.id } });
await db.$disconnect();

const fileBytes = Number(values["file-mb"]) * 1024 * 1024;
const bigFile = join(dataDir, "big.pdf");
writeFileSync(bigFile, Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(fileBytes - 9)]));
const bigSha = createHash("sha256").update(readFileSync(bigFile)).digest("hex");

const server = startNext(port, env);
try {
  await waitForApp(origin);
  const cookie = await signInForBench(origin, login, password);
  await (await fetch(`${origin}/evidence`, { headers: { cookie } })).text(); // warm-up
  const rows: { what: string; seconds: number; mbPerSecond: number; baseMb: number; peakMb: number }[] = [];

  rows.push(
    await measure(`upload ${values["file-mb"]} MB`, fileBytes, async () => {
      const result = await upload(cookie, createReadStream(bigFile), fileBytes, "big.pdf", withdrawal.id);
      if (result.data?.sha256 !== bigSha) throw new Error(`upload failed: ${JSON.stringify(result)}`);
      return result.data.id;
    }),
  );
  const bigId = (await listIds(cookie))[0];
  rows.push(
    await measure(`download ${values["file-mb"]} MB`, fileBytes, async () => {
      const response = await request(`${origin}/api/evidence/${bigId}`, { headers: { cookie } });
      const hash = createHash("sha256");
      for await (const chunk of response.body) hash.update(chunk);
      if (hash.digest("hex") !== bigSha) throw new Error("download hash differs");
    }),
  );

  const items = Number(values.items);
  const itemBytes = Number(values["item-kb"]) * 1024;
  const seedStart = performance.now();
  for (let i = 0; i < items; i++) {
    const body = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(itemBytes - 9)]);
    const result = await upload(cookie, body, body.length, `item-${i}.pdf`, withdrawal.id);
    if (!result.ok) throw new Error(JSON.stringify(result));
  }
  console.log(`uploaded ${items} items of ${values["item-kb"]} KB in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  const bundleBytes = { n: 0 };
  rows.push(
    await measure(
      `bundle of ${items + 1} items`,
      () => bundleBytes.n,
      async () => {
        const response = await request(`${origin}/api/cases/${withdrawal.id}/bundle`, { headers: { cookie } });
        for await (const chunk of response.body) bundleBytes.n += chunk.length;
        if (response.statusCode !== 200) throw new Error(`bundle: ${response.statusCode}`);
      },
    ),
  );

  console.log(`\n${"what".padEnd(24)} ${"seconds".padStart(8)} ${"MB/s".padStart(8)} ${"RSS before".padStart(11)} ${"RSS peak".padStart(9)}`);
  for (const r of rows)
    console.log(
      `${r.what.padEnd(24)} ${r.seconds.toFixed(2).padStart(8)} ${r.mbPerSecond.toFixed(1).padStart(8)} ${`${r.baseMb.toFixed(0)} MB`.padStart(11)} ${`${r.peakMb.toFixed(0)} MB`.padStart(9)}`,
    );
  console.log(`bundle size ${(bundleBytes.n / 1024 / 1024).toFixed(1)} MB; peak VmHWM of the server's processes: ${hwmMb().toFixed(0)} MB`);
} finally {
  await stopNext(server);
}

function tree(pid: number): number[] {
  const all = [pid];
  for (const task of safeReaddir(`/proc/${pid}/task`)) {
    for (const child of (safeRead(`/proc/${pid}/task/${task}/children`) ?? "").split(/\s+/).filter(Boolean)) all.push(...tree(Number(child)));
  }
  return all;
}
function safeReaddir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}
function safeRead(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
function statusKb(pid: number, field: string): number {
  const match = safeRead(`/proc/${pid}/status`)?.match(new RegExp(`${field}:\\s+(\\d+) kB`));
  return match ? Number(match[1]) : 0;
}
function rssMb(): number {
  return tree(server.pid!).reduce((sum, pid) => sum + statusKb(pid, "VmRSS"), 0) / 1024;
}
function hwmMb(): number {
  return Math.max(...tree(server.pid!).map((pid) => statusKb(pid, "VmHWM"))) / 1024;
}

async function measure(what: string, bytes: number | (() => number), run: () => Promise<unknown>) {
  await new Promise((r) => setTimeout(r, 500));
  const baseMb = rssMb();
  let peakMb = baseMb;
  const timer = setInterval(() => (peakMb = Math.max(peakMb, rssMb())), 20);
  const start = performance.now();
  await run();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  peakMb = Math.max(peakMb, rssMb());
  const total = typeof bytes === "number" ? bytes : bytes();
  return { what, seconds, mbPerSecond: total / 1024 / 1024 / seconds, baseMb, peakMb };
}

async function upload(cookie: string, body: Buffer | NodeJS.ReadableStream, size: number, fileName: string, caseId: string) {
  const meta = { fileName, size, description: "bench", capturedAt: new Date(Date.now() - 60_000).toISOString(), caseId, stripMetadata: false };
  const response = await request(`${origin}/api/evidence`, {
    method: "POST",
    headers: {
      cookie,
      origin,
      "content-type": "application/octet-stream",
      "content-length": String(size),
      "x-taikai-evidence": encodeURIComponent(JSON.stringify(meta)),
    },
    body: body as Buffer,
  });
  return (await response.body.json()) as { ok: boolean; data?: { id: string; sha256: string } };
}

async function listIds(cookie: string): Promise<string[]> {
  const html = await (await fetch(`${origin}/evidence`, { headers: { cookie } })).text();
  return [...html.matchAll(/\/api\/evidence\/([a-z0-9]+)/g)].map((m) => m[1]);
}
