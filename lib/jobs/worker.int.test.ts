// The worker against a real database. Workers run as child processes (scripts/worker.ts) on a database of this
// file's own, so that they neither see other test files' rows nor touch them, and so that one can be SIGKILLed.
import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "../checker/fixture-server";
import type { Db } from "../db/client";
import { newId } from "../db/new-id";
import { sealRegistration } from "../registrations/crypto-fields";
import { createEmptyDatabase, migrate, provider } from "../testing/databases";
import { createUser } from "../testing/factories";
import { ensureJobs } from "./queue";

let url: string;
let db: Db;
let fixture: FixtureServer;
const children = new Set<ReturnType<typeof spawn>>();

beforeAll(async () => {
  ({ url, db } = await createEmptyDatabase());
  migrate(url);
  fixture = await startFixtureServer();
});

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await db?.$disconnect();
  await fixture?.close();
});

async function until(what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 30_000, detail = () => ""): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${detail()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A worker process. `node --import tsx` rather than `npx tsx`, which would put a wrapper process between the
 * test and the worker, and SIGKILL must reach the worker itself. */
async function spawnWorker(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: url, TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK: "1", TAIKAI_TEST_MODE: "1", TAIKAI_WORKER_POLL_MS: "100", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  let running = true;
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      running = false;
      children.delete(child);
      resolve(code);
    }),
  );
  await until(
    "the worker's start line",
    () => {
      if (!running) throw new Error(`the worker exited before starting:\n${output}`);
      return output.includes("[worker] started");
    },
    45_000,
    () => output,
  );
  const batchTotals = () => {
    const totals = { claimed: 0, done: 0, failed: 0, leaseLost: 0 };
    for (const m of output.matchAll(/batch: (\d+) claimed, (\d+) done, (\d+) failed, (\d+) lease lost/g)) {
      totals.claimed += Number(m[1]);
      totals.done += Number(m[2]);
      totals.failed += Number(m[3]);
      totals.leaseLost += Number(m[4]);
    }
    return totals;
  };
  return { child, exited, output: () => output, batchTotals };
}

type Extra = { nextCheckAt?: Date | null; customBaseUrl?: string };
async function addRegistrations(
  userId: string,
  count: number,
  profileUrl: (i: number) => string,
  handle: string,
  { nextCheckAt = new Date(), customBaseUrl }: Extra = {},
) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = newId();
    await db.registration.create({
      data: {
        id,
        userId,
        customSiteNameEnc: sealRegistration.customSiteName(id, "Fixture"),
        customBaseUrlEnc: sealRegistration.customBaseUrl(id, customBaseUrl ?? null),
        handleEnc: sealRegistration.handle(id, handle),
        profileUrlEnc: sealRegistration.profileUrl(id, profileUrl(i)),
        nextCheckAt,
      },
    });
    ids.push(id);
  }
  return ids;
}

async function checksPerRegistration(ids: string[]): Promise<number[]> {
  const groups = await db.check.groupBy({ by: ["registrationId"], where: { registrationId: { in: ids } }, _count: { _all: true } });
  const counts = new Map(groups.map((g) => [g.registrationId, g._count._all]));
  return ids.map((id) => counts.get(id) ?? 0);
}

/** Every job of these registrations is released and scheduled for a later day: nothing can run them again now. */
async function allRescheduled(ids: string[]): Promise<boolean> {
  const pending = await db.job.count({
    where: { uniqueKey: { in: ids.map((id) => `check:${id}`) }, OR: [{ lockedBy: { not: null } }, { runAt: { lt: new Date(Date.now() + 20 * 3600_000) } }] },
  });
  return pending === 0 && (await db.job.count({ where: { uniqueKey: { in: ids.map((id) => `check:${id}`) } } })) === ids.length;
}

describe(`background worker (${provider})`, () => {
  it("creates a job for each registration without one, once, however many sweeps run", async () => {
    const user = await createUser(db);
    const later = new Date(Date.now() + 3600_000);
    const dated = await addRegistrations(user.id, 5, () => `${fixture.url}/profile/himari`, "himari", { nextCheckAt: later });
    const [undated] = await addRegistrations(user.id, 1, () => `${fixture.url}/profile/himari`, "himari", { nextCheckAt: null });
    const [existing] = await addRegistrations(user.id, 1, () => `${fixture.url}/profile/himari`, "himari", { nextCheckAt: later });
    const existingRunAt = new Date(Date.now() + 7 * 24 * 3600_000);
    await db.job.create({
      data: { type: "check", userId: user.id, uniqueKey: `check:${existing}`, payloadJson: JSON.stringify({ registrationId: existing }), runAt: existingRunAt },
    });

    const before = Date.now();
    // Concurrent sweeps (one in small chunks) race on the same registrations; a third finds nothing left.
    const created = await Promise.all([ensureJobs({ db, chunk: 2 }), ensureJobs({ db }), ensureJobs({ db, chunk: 3 })]);
    expect(created.reduce((a, b) => a + b, 0)).toBe(6);
    expect(await ensureJobs({ db })).toBe(0);

    const jobs = await db.job.findMany({ where: { userId: user.id } });
    expect(jobs).toHaveLength(7);
    for (const id of dated) {
      const job = jobs.find((j) => j.uniqueKey === `check:${id}`)!;
      expect(job).toMatchObject({ type: "check", userId: user.id, lockedBy: null, attempts: 0 });
      expect(JSON.parse(job.payloadJson)).toEqual({ registrationId: id });
      expect(job.runAt.getTime()).toBe(later.getTime());
    }
    expect(jobs.find((j) => j.uniqueKey === `check:${undated}`)!.runAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(jobs.find((j) => j.uniqueKey === `check:${existing}`)!.runAt.getTime()).toBe(existingRunAt.getTime());
    await db.user.delete({ where: { id: user.id } }); // its due jobs would otherwise run in the next tests
  });

  it("runs each due job once, reschedules it, spaces out checks of one site, leaves jobs not yet due alone and backs off a broken job", {
    timeout: 120_000,
  }, async () => {
    const user = await createUser(db);
    fixture.resetStats();
    const due = await addRegistrations(user.id, 5, () => `${fixture.url}/profile/himari`, "himari");
    const [notDue] = await addRegistrations(user.id, 1, () => `${fixture.url}/profile/himari`, "himari", { nextCheckAt: new Date(Date.now() + 3600_000) });
    // Three on one site: the worker spaces their checks out (1 s by default) although they fit in one batch.
    const sameSite = await addRegistrations(user.id, 3, () => `${fixture.url}/profile/himari`, "himari", { customBaseUrl: fixture.url });
    const broken = await db.job.create({ data: { type: "check", userId: user.id, uniqueKey: "check:broken", payloadJson: "{}", runAt: new Date() } });

    const worker = await spawnWorker();
    await until("every due registration checked and rescheduled", () => allRescheduled([...due, ...sameSite]));
    await until("the broken job released", async () => (await db.job.findUniqueOrThrow({ where: { id: broken.id } })).attempts === 1);
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);
    expect(worker.output()).toContain("[worker] stopped");

    expect(await checksPerRegistration(due)).toEqual([1, 1, 1, 1, 1]);
    expect(await checksPerRegistration([notDue])).toEqual([0]);
    expect(await checksPerRegistration(sameSite)).toEqual([1, 1, 1]);
    expect(fixture.stats().byPath["/profile"]).toBe(8);
    const times = (await db.check.findMany({ where: { registrationId: { in: sameSite } }, orderBy: { checkedAt: "asc" } })).map((c) => c.checkedAt.getTime());
    expect(times[1] - times[0]).toBeGreaterThan(500);
    expect(times[2] - times[1]).toBeGreaterThan(500);
    expect(await db.registration.count({ where: { id: { in: due }, status: "VISIBLE", lastCheckedAt: { not: null } } })).toBe(5);
    const failed = await db.job.findUniqueOrThrow({ where: { id: broken.id } });
    expect(failed).toMatchObject({ lastError: "bad_payload", lockedBy: null, lockedUntil: null });
    expect(failed.runAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
    expect(worker.output()).not.toContain("himari");
    expect(worker.output()).not.toContain(fixture.url);
    await db.user.delete({ where: { id: user.id } });
  });

  it("survives a worker killed mid-batch: every due registration is checked exactly once", { timeout: 120_000 }, async () => {
    const user = await createUser(db);
    fixture.resetStats();
    const ids = await addRegistrations(user.id, 12, () => `${fixture.url}/slow?ms=800`, "slowpoke");
    const env = { TAIKAI_WORKER_LEASE_MS: "2000", TAIKAI_WORKER_CONCURRENCY: "4" };
    const checks = () => db.check.count({ where: { userId: user.id } });

    const first = await spawnWorker(env);
    // Kill once the first batch is recorded and the second is in flight (its requests take 800 ms to answer).
    await until("a batch in flight after the first", async () => {
      const done = await checks();
      return done >= 4 && done < 12 && (fixture.stats().byPath["/slow"] ?? 0) > done;
    });
    first.child.kill("SIGKILL");
    await first.exited;
    const checkedBeforeKill = await checks();
    expect(checkedBeforeKill).toBeLessThan(12);
    expect(await db.job.count({ where: { userId: user.id, lockedBy: { not: null } } })).toBeGreaterThan(0);

    const second = await spawnWorker(env);
    await until("every registration checked and rescheduled", () => allRescheduled(ids));
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);

    expect(await checksPerRegistration(ids)).toEqual(ids.map(() => 1));
    // The killed worker's checks were requested again by the second one: more requests than checks.
    expect(fixture.stats().byPath["/slow"]).toBeGreaterThan(12);
    expect(second.batchTotals().leaseLost).toBe(0);
  });

  it.skipIf(provider !== "postgresql")("never runs one job in two workers at once", { timeout: 120_000 }, async () => {
    // Each registration has its own path on this server, which counts requests and overlapping requests per path.
    const hits = new Map<string, number>();
    const inFlight = new Map<string, number>();
    let overlaps = 0;
    const server = http.createServer((req, res) => {
      const path = req.url ?? "/";
      hits.set(path, (hits.get(path) ?? 0) + 1);
      inFlight.set(path, (inFlight.get(path) ?? 0) + 1);
      if (inFlight.get(path)! > 1) overlaps++;
      setTimeout(() => {
        inFlight.set(path, inFlight.get(path)! - 1);
        res
          .writeHead(200, { "content-type": "text/html; charset=utf-8" })
          .end("<!DOCTYPE html><html><head><title>himari</title></head><body><h1>himari</h1></body></html>");
      }, 100);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const user = await createUser(db);
      const ids = await addRegistrations(user.id, 40, (i) => `${base}/p/${i}`, "himari");
      await ensureJobs({ db });
      await db.job.updateMany({ where: { userId: user.id }, data: { runAt: new Date(Date.now() + 100 * 24 * 3600_000) } });
      const env = { TAIKAI_WORKER_LEASE_MS: "5000", TAIKAI_WORKER_CONCURRENCY: "4", TAIKAI_WORKER_POLL_MS: "50" };
      const workers = await Promise.all([spawnWorker(env), spawnWorker(env)]);
      // All 40 fall due at once, with both workers polling: their claims race from the first poll on.
      await db.job.updateMany({ where: { userId: user.id }, data: { runAt: new Date() } });
      await until("every registration checked and rescheduled", () => allRescheduled(ids));
      for (const w of workers) w.child.kill("SIGTERM");
      expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);

      expect(await checksPerRegistration(ids)).toEqual(ids.map(() => 1));
      expect(overlaps).toBe(0);
      expect([...hits.values()]).toEqual(ids.map(() => 1));
      const totals = workers.map((w) => w.batchTotals());
      expect(totals.reduce((n, t) => n + t.done, 0)).toBe(40);
      expect(totals.reduce((n, t) => n + t.leaseLost + t.failed, 0)).toBe(0);
      // Both took part, or the test proved nothing about two workers.
      for (const t of totals) expect(t.done).toBeGreaterThan(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
