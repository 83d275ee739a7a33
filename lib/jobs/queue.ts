// The Job table as a queue. Claiming a job sets lockedBy/lockedUntil atomically: a lease. A worker that dies stops
// extending its leases, and its jobs become claimable again once lockedUntil has passed. Every write made on behalf
// of a claim is conditioned on lockedBy still being the claimant, so a stale worker cannot undo a newer claim.
import { db as defaultDb, isPostgres, type Db } from "../db/client";

export type ClaimedJob = { id: string; type: string; userId: string | null; payloadJson: string; attempts: number };

type Options = { db?: Db; now?: Date };

const due = (now: Date) => ({ runAt: { lte: now }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] });

/** Claims up to `limit` due jobs for `owner` (a token unique to this claim) until now + leaseMs. */
export async function claimJobs(owner: string, limit: number, leaseMs: number, { db = defaultDb, now = new Date() }: Options = {}): Promise<ClaimedJob[]> {
  const lockedUntil = new Date(now.getTime() + leaseMs);
  if (isPostgres()) {
    // One statement; SKIP LOCKED lets concurrent workers take different rows instead of queueing on the same ones.
    const rows = await db.$queryRawUnsafe<ClaimedJob[]>(
      `UPDATE "Job" SET "lockedBy" = $1, "lockedUntil" = $2, "updatedAt" = $3
       WHERE id IN (SELECT id FROM "Job" WHERE "runAt" <= $3 AND ("lockedUntil" IS NULL OR "lockedUntil" < $3)
                    ORDER BY "runAt" LIMIT $4 FOR UPDATE SKIP LOCKED)
       RETURNING id, type, "userId", "payloadJson", attempts`,
      owner,
      lockedUntil,
      now,
      limit,
    );
    return rows.map((r) => ({ ...r, attempts: Number(r.attempts) }));
  }
  // SQLite serialises writers, so a conditional update per candidate is atomic; a count of 0 means another
  // worker got there first.
  const candidates = await db.job.findMany({
    where: due(now),
    orderBy: { runAt: "asc" },
    take: limit,
    select: { id: true, type: true, userId: true, payloadJson: true, attempts: true },
  });
  const claimed: ClaimedJob[] = [];
  for (const job of candidates) {
    const { count } = await db.job.updateMany({ where: { id: job.id, ...due(now) }, data: { lockedBy: owner, lockedUntil } });
    if (count === 1) claimed.push(job);
  }
  return claimed;
}

/** Pushes the leases of `owner`'s jobs forward; returns how many are still held. */
export async function extendLeases(owner: string, ids: string[], leaseMs: number, { db = defaultDb, now = new Date() }: Options = {}): Promise<number> {
  const { count } = await db.job.updateMany({ where: { id: { in: ids }, lockedBy: owner }, data: { lockedUntil: new Date(now.getTime() + leaseMs) } });
  return count;
}

/** Retry delay after `attempts` failures in a row: 1 min, doubling, at most 6 h. */
export function backoffMs(attempts: number): number {
  return Math.min(6 * 60 * 60 * 1000, 60_000 * 2 ** Math.max(0, Math.min(attempts, 20) - 1));
}

/** Releases a job after an unexpected failure, with a short error code (never personal data) and a backoff. */
export async function failJob(owner: string, job: ClaimedJob, code: string, { db = defaultDb, now = new Date() }: Options = {}): Promise<void> {
  await db.job.updateMany({
    where: { id: job.id, lockedBy: owner },
    data: {
      lockedBy: null,
      lockedUntil: null,
      attempts: { increment: 1 },
      lastError: code.slice(0, 40),
      runAt: new Date(now.getTime() + backoffMs(job.attempts + 1)),
    },
  });
}

/** Deletes a claimed job that has nothing left to do (its registration is gone). */
export async function dropJob(owner: string, id: string, { db = defaultDb }: Options = {}): Promise<void> {
  await db.job.deleteMany({ where: { id, lockedBy: owner } });
}

/** Creates the check job of every registration that has none yet (a new registration gets its job here; later
 * jobs are rescheduled by recordCheck). Returns how many were created. */
export async function ensureJobs({ db = defaultDb, now = new Date(), chunk = 1000 }: Options & { chunk?: number } = {}): Promise<number> {
  let created = 0;
  for (;;) {
    // The join goes through the unique index on uniqueKey; the key format is checkJobKey's ("check:<id>").
    const missing = await db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT r.id FROM "Registration" r LEFT JOIN "Job" j ON j."uniqueKey" = 'check:' || r.id WHERE j.id IS NULL LIMIT ${Number(chunk)}`,
    );
    if (missing.length === 0) return created;
    const registrations = await db.registration.findMany({
      where: { id: { in: missing.map((r) => r.id) } },
      select: { id: true, userId: true, nextCheckAt: true },
    });
    const rows = registrations.map((r) => ({
      type: "check",
      userId: r.userId,
      uniqueKey: `check:${r.id}`,
      payloadJson: JSON.stringify({ registrationId: r.id }),
      runAt: r.nextCheckAt ?? now,
    }));
    let made = 0;
    try {
      made = (await db.job.createMany({ data: rows })).count;
    } catch {
      // A check recorded meanwhile (or another worker's sweep) made some of these jobs: add the rest one by one.
      for (const data of rows)
        made += await db.job.create({ data }).then(
          () => 1,
          () => 0,
        );
    }
    created += made;
    // Stop on a short chunk, and on a chunk where nothing could be made (it would be selected again forever).
    if (missing.length < chunk || made === 0) return created;
  }
}
