// Persists one check result: the Check row, the registration's new state, a snapshot as evidence when it matters,
// and the next scheduled check, in one transaction. A worker passes its lease so that, if its lease was lost (it
// stalled and another worker took the job), nothing is written twice.
import { createHash } from "node:crypto";
import type { CheckResult } from "../checker/run-check";
import { db } from "../db/client";
import type { Verdict } from "../db/enums";
import { newId } from "../db/new-id";
import { sealCheck, sealRegistration, sealSnapshot } from "./crypto-fields";
import { keepsSnapshot, nextCheckAt, nextState } from "./next-state";

export class LeaseLostError extends Error {}

export const checkJobKey = (registrationId: string) => `check:${registrationId}`;

type Options = { now?: Date; profileUrl: string; lease?: { workerId: string } };

export async function recordCheck(userId: string, registrationId: string, result: CheckResult, { now = new Date(), profileUrl, lease }: Options) {
  const verdict = result.verdict.toUpperCase() as Verdict;
  return db.$transaction(
    async (tx) => {
      const current = await tx.registration.findFirst({
        where: { id: registrationId, userId },
        select: {
          status: true,
          lastVerdict: true,
          consecutiveGone: true,
          goneSinceAt: true,
          goneConfirmedAt: true,
          consecutiveFailures: true,
          withdrawalRequestedAt: true,
          baselineAt: true,
        },
      });
      if (!current) return null;
      const outcome = { verdict, retryAfterMs: result.retryAfterMs };
      const state = nextState(current, outcome, now);
      const nextAt = nextCheckAt(state, outcome, now);

      const checkId = newId();
      await tx.check.create({
        data: {
          id: checkId,
          userId,
          registrationId,
          checkedAt: now,
          verdict,
          reason: result.reason,
          httpStatus: result.httpStatus,
          finalUrlEnc: sealCheck.finalUrl(checkId, result.finalUrl),
          bodySha256: result.bodySha256,
          excerptEnc: sealCheck.excerpt(checkId, result.excerpt),
          durationMs: Math.round(result.durationMs),
        },
      });

      if (keepsSnapshot(current, outcome)) {
        const evidenceId = newId();
        const snapshot = JSON.stringify({
          checkedAt: now.toISOString(),
          url: profileUrl,
          finalUrl: result.finalUrl,
          httpStatus: result.httpStatus,
          verdict,
          reason: result.reason,
          bodySha256: result.bodySha256,
          excerpt: result.excerpt,
        });
        await tx.evidence.create({
          data: {
            id: evidenceId,
            userId,
            kind: "CHECK_SNAPSHOT",
            registrationId,
            checkId,
            capturedAt: now,
            sha256: createHash("sha256").update(snapshot).digest("hex"),
            snapshotEnc: sealSnapshot(evidenceId, snapshot),
          },
        });
      }

      const baseline =
        verdict === "VISIBLE" && !current.baselineAt
          ? { baselineAt: now, baselineHandleFound: result.handleFound, baselineTitleEnc: sealRegistration.baselineTitle(registrationId, result.title) }
          : {};
      await tx.registration.update({
        where: { id: registrationId },
        data: { ...state, ...baseline, lastReason: result.reason, lastCheckedAt: now, lastHttpStatus: result.httpStatus, nextCheckAt: nextAt },
      });

      const key = checkJobKey(registrationId);
      if (lease) {
        const { count } = await tx.job.updateMany({
          where: { uniqueKey: key, lockedBy: lease.workerId },
          data: { runAt: nextAt, lockedBy: null, lockedUntil: null, attempts: 0, lastError: null },
        });
        if (count !== 1) throw new LeaseLostError(`lease on ${key} lost`);
      } else {
        await tx.job.upsert({
          where: { uniqueKey: key },
          create: { userId, type: "check", uniqueKey: key, payloadJson: JSON.stringify({ registrationId }), runAt: nextAt },
          update: { runAt: nextAt, lockedBy: null, lockedUntil: null, attempts: 0, lastError: null },
        });
      }
      return { checkId, state, nextCheckAt: nextAt };
      // Under load the pool may be busy for a moment: wait for a connection rather than fail the check.
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
