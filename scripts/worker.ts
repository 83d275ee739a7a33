// `npm run worker`: the background worker as its own process, until SIGINT or SIGTERM. Run the app with
// TAIKAI_WORKER=off when you use this, or both will work the queue (which is safe, only redundant).
// Knobs: TAIKAI_WORKER_CONCURRENCY (4), TAIKAI_WORKER_POLL_MS (5000), TAIKAI_WORKER_LEASE_MS (60000).
import { warnAboutPrivateNetwork } from "../lib/config/private-network";
import { db } from "../lib/db/client";
import { startWorker } from "../lib/jobs/worker";

warnAboutPrivateNetwork();

function positive(name: string): number | undefined {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => controller.abort());

const worker = startWorker({
  concurrency: positive("TAIKAI_WORKER_CONCURRENCY"),
  pollMs: positive("TAIKAI_WORKER_POLL_MS"),
  leaseMs: positive("TAIKAI_WORKER_LEASE_MS"),
  signal: controller.signal,
});
// The checks in flight finish (each has a time limit) before the process exits.
await worker.done;
await db.$disconnect();
