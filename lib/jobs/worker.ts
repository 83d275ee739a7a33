// The background worker: polls the Job table for due checks, claims a batch under a lease, runs the checks and
// lets recordCheck release each job to its next run. Scheduling policy is not decided here (next-state.ts is).
// Logs carry counts and codes only: never a URL, a handle or an error message (they can hold personal data).
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { PoliteScheduler } from "../checker/politeness";
import { openRegistration } from "../registrations/crypto-fields";
import { db, isPostgres } from "../db/client";
import { checkRegistration } from "../registrations/check-registration";
import { LeaseLostError } from "../registrations/record-check";
import { claimJobs, dropJob, ensureJobs, extendLeases, failJob, type ClaimedJob } from "./queue";

export type WorkerOptions = {
  workerId?: string;
  /** Checks in flight at once (one batch). Default 4. */
  concurrency?: number;
  /** Wait between polls when nothing is due. Default 5 s. */
  pollMs?: number;
  /** Lease length; it is extended every third of it while a batch runs. Default 60 s. */
  leaseMs?: number;
  /** How often to create jobs for new registrations. Default 30 s. */
  ensureEveryMs?: number;
  /** Minimum gap between check starts on one site. Default 1 s. */
  siteSpacingMs?: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
};

export type BatchCounts = { claimed: number; done: number; failed: number; leaseLost: number; dropped: number };
type Outcome = "done" | "failed" | "leaseLost" | "dropped";

/** A short code for the logs and Job.lastError: an error code or class name, never its message. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === "string" && /^[A-Za-z0-9_]{1,32}$/.test(code)) return code;
  if (error instanceof Error && /^[A-Za-z0-9_]{1,32}$/.test(error.name)) return error.name;
  return "unknown";
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}

export function startWorker(options: WorkerOptions = {}): { workerId: string; done: Promise<void> } {
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const { concurrency = 4, pollMs = 5000, leaseMs = 60_000, ensureEveryMs = 30_000, siteSpacingMs = 1000, signal } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  // Politeness: checks of one site (or one custom origin) run at most two at a time and spaced out, on top of the
  // overall concurrency limit. The scheduler lives as long as the worker so spacing holds across batches.
  const scheduler = new PoliteScheduler({ concurrency, perHost: 2, spacingMs: siteSpacingMs });
  let batches = 0;

  async function runJob(owner: string, job: ClaimedJob, siteKey: Map<string, string>): Promise<Outcome> {
    let registrationId: unknown;
    try {
      registrationId = JSON.parse(job.payloadJson).registrationId;
    } catch {}
    try {
      if (job.type !== "check" || typeof registrationId !== "string" || !job.userId) {
        await failJob(owner, job, job.type !== "check" ? "unknown_type" : "bad_payload");
        return "failed";
      }
      const { userId } = job;
      const key = siteKey.get(registrationId) ?? registrationId;
      const result = await scheduler.run(key, () => checkRegistration(userId, registrationId as string, { lease: { workerId: owner } }));
      if (result) return "done";
      await dropJob(owner, job.id); // the registration was deleted
      return "dropped";
    } catch (error) {
      if (error instanceof LeaseLostError) {
        log("[worker] lease_lost");
        return "leaseLost";
      }
      const code = errorCode(error);
      log(`[worker] job failed: ${code}`);
      // If even this write fails, the lease runs out and the job is retried anyway.
      await failJob(owner, job, code).catch(() => {});
      return "failed";
    }
  }

  async function runBatch(owner: string, jobs: ClaimedJob[]): Promise<BatchCounts> {
    const registrationIds = jobs.map((j) => {
      try {
        return String(JSON.parse(j.payloadJson).registrationId);
      } catch {
        return "";
      }
    });
    const sites = await db.registration.findMany({ where: { id: { in: registrationIds } }, select: { id: true, siteId: true, customBaseUrlEnc: true } });
    const siteKey = new Map(sites.map((r) => [r.id, r.siteId ?? openRegistration.customBaseUrl(r.id, r.customBaseUrlEnc) ?? r.id]));
    // Checks can wait for a site's turn and then take up to their time limit: keep the leases alive meanwhile.
    const ids = jobs.map((j) => j.id);
    const keepAlive = setInterval(() => extendLeases(owner, ids, leaseMs).catch(() => {}), Math.max(100, leaseMs / 3));
    try {
      const outcomes = await Promise.all(jobs.map((job) => runJob(owner, job, siteKey)));
      const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
      return { claimed: jobs.length, done: count("done"), failed: count("failed"), leaseLost: count("leaseLost"), dropped: count("dropped") };
    } finally {
      clearInterval(keepAlive);
    }
  }

  async function loop(): Promise<void> {
    log(`[worker] started ${workerId} (${isPostgres() ? "PostgreSQL" : "SQLite"}, concurrency ${concurrency}, lease ${leaseMs} ms)`);
    let nextEnsure = 0;
    while (!signal?.aborted) {
      try {
        if (Date.now() >= nextEnsure) {
          const created = await ensureJobs();
          if (created) log(`[worker] created ${created} jobs`);
          nextEnsure = Date.now() + ensureEveryMs;
        }
        // A fresh owner token per batch, so a job this worker claims again after losing its lease is a new claim.
        const owner = `${workerId}:${++batches}`;
        const jobs = await claimJobs(owner, concurrency, leaseMs);
        if (jobs.length > 0) {
          const c = await runBatch(owner, jobs);
          log(`[worker] batch: ${c.claimed} claimed, ${c.done} done, ${c.failed} failed, ${c.leaseLost} lease lost, ${c.dropped} dropped`);
          continue;
        }
      } catch (error) {
        log(`[worker] poll failed: ${errorCode(error)}`);
      }
      await sleep(pollMs, signal);
    }
    log(`[worker] stopped ${workerId}`);
  }

  return { workerId, done: loop() };
}
