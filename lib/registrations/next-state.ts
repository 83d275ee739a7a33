// How one check result moves a registration along. Pure: the caller persists what it returns.
// - "gone" is confirmed only after two consecutive gone results at least an hour apart;
// - a visible result after a confirmed gone is a reappearance (an alert);
// - blocked and error carry no information about visibility: they never move a known status, they only count
//   failures (for the "could not be checked repeatedly" alert) and back off the next attempt.
import type { RegistrationStatus, Verdict } from "../db/enums";

export type RegistrationState = {
  status: RegistrationStatus;
  lastVerdict: Verdict | null;
  consecutiveGone: number;
  goneSinceAt: Date | null;
  goneConfirmedAt: Date | null;
  consecutiveFailures: number;
  withdrawalRequestedAt: Date | null;
};

export type CheckOutcome = { verdict: Verdict; retryAfterMs?: number };

export const goneConfirmationGapMs = 60 * 60 * 1000;
export const dailyMs = 24 * 60 * 60 * 1000;
export const underRequestMs = 6 * 60 * 60 * 1000;
const maxBackoffMs = dailyMs;

export function nextState(current: RegistrationState, outcome: CheckOutcome, now: Date): RegistrationState {
  const base = { ...current, lastVerdict: outcome.verdict };
  switch (outcome.verdict) {
    case "VISIBLE": {
      const reappeared = current.status === "CONFIRMED_GONE" || current.status === "REAPPEARED";
      const status = reappeared ? "REAPPEARED" : current.withdrawalRequestedAt ? "WITHDRAWAL_REQUESTED" : "VISIBLE";
      return { ...base, status, consecutiveGone: 0, goneSinceAt: null, consecutiveFailures: 0 };
    }
    case "GONE": {
      const consecutiveGone = current.consecutiveGone + 1;
      const goneSinceAt = current.goneSinceAt ?? now;
      const confirmed = consecutiveGone >= 2 && now.getTime() - goneSinceAt.getTime() >= goneConfirmationGapMs;
      if (current.status === "CONFIRMED_GONE") return { ...base, consecutiveGone, goneSinceAt, consecutiveFailures: 0 };
      return {
        ...base,
        consecutiveGone,
        goneSinceAt,
        consecutiveFailures: 0,
        status: confirmed ? "CONFIRMED_GONE" : current.status,
        goneConfirmedAt: confirmed ? now : current.goneConfirmedAt,
      };
    }
    default:
      return {
        ...base,
        consecutiveFailures: current.consecutiveFailures + 1,
        status: current.status === "PENDING" ? "UNCHECKABLE" : current.status,
      };
  }
}

/** When to check next: daily, every 6 hours under a withdrawal request, sooner to confirm a gone, with jitter;
 * failures back off exponentially, and never sooner than the site's Retry-After. */
export function nextCheckAt(state: RegistrationState, outcome: CheckOutcome, now: Date, random = Math.random): Date {
  const jitter = (ms: number) => ms * (0.9 + 0.2 * random());
  let delay: number;
  if (outcome.verdict === "BLOCKED" || outcome.verdict === "ERROR") {
    delay = Math.min(maxBackoffMs, 15 * 60 * 1000 * 2 ** Math.min(6, state.consecutiveFailures - 1));
    delay = Math.max(delay, outcome.retryAfterMs ?? 0);
  } else if (outcome.verdict === "GONE" && state.status !== "CONFIRMED_GONE") {
    delay = goneConfirmationGapMs + 5 * 60 * 1000;
  } else {
    delay = state.withdrawalRequestedAt && state.status !== "CONFIRMED_GONE" ? underRequestMs : dailyMs;
  }
  return new Date(now.getTime() + jitter(delay));
}

/** A snapshot is kept as evidence when the verdict changes, and whenever a profile is seen after a request. */
export function keepsSnapshot(before: RegistrationState, outcome: CheckOutcome): boolean {
  if (outcome.verdict === "BLOCKED" || outcome.verdict === "ERROR") return before.lastVerdict !== outcome.verdict && before.lastVerdict !== null;
  return before.lastVerdict !== outcome.verdict || (outcome.verdict === "VISIBLE" && before.withdrawalRequestedAt !== null);
}
