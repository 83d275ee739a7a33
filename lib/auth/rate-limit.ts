// Attempt counters stored in the database, so limits hold across app processes and restarts: fixed windows
// (N attempts per window) and growing delays (a few free attempts, then a wait that doubles with each failure).
// Keys are hashed: the table never holds a login name, an email address or an IP address.
import { db } from "../db/client";
import { lookupHash } from "../db/lookup-hash";

export type RateLimitRule = { limit: number; windowMs: number };
/** A few free attempts, then a wait of base × 2^(failures − free) after each failure, at most max; forgotten after a quiet day. */
export type BackoffRule = { freeAttempts: number; baseDelayMs: number; maxDelayMs: number; forgetAfterMs: number };
export type RateLimitState = { blocked: false } | { blocked: true; retryAfterSeconds: number };

/** A keyed HMAC (lib/db/lookup-hash.ts): a copy of the table cannot be searched for a known login or address. */
export function rateLimitKey(scope: string, value: string): string {
  return `${scope}:${lookupHash("rate-limit", `${scope}\n${value.toLowerCase()}`).slice(0, 32)}`;
}

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const fifteenMinutes = 15 * 60 * 1000;
const signInBackoff = (freeAttempts: number): BackoffRule => ({
  freeAttempts,
  baseDelayMs: 60_000,
  maxDelayMs: 60 * 60 * 1000,
  forgetAfterMs: 24 * 60 * 60 * 1000,
});
export const backoffRules = {
  /** Failures on one account from a browser it signed in on before (the device cookie), counted per browser. */
  signInPerDevice: signInBackoff(numberFromEnv("TAIKAI_SIGNIN_FREE_ATTEMPTS", 5)),
  /** Failures on one account from one address by a browser without the device cookie. */
  signInPerAccountAddress: signInBackoff(numberFromEnv("TAIKAI_SIGNIN_FREE_ATTEMPTS", 5)),
} satisfies Record<string, BackoffRule>;

export const rules = {
  /** All failures on one account from browsers without its device cookie, from every address together. */
  signInPerAccount: { limit: numberFromEnv("TAIKAI_SIGNIN_LIMIT_PER_ACCOUNT", 50), windowMs: fifteenMinutes },
  /** A signed-in session proving it is her again (password or second-factor code before a change). */
  reauthPerAccount: { limit: 5, windowMs: fifteenMinutes },
  signInPerIp: { limit: numberFromEnv("TAIKAI_SIGNIN_LIMIT_PER_IP", 30), windowMs: fifteenMinutes },
  registerPerIp: { limit: numberFromEnv("TAIKAI_REGISTER_LIMIT_PER_IP", 10), windowMs: 60 * 60 * 1000 },
} satisfies Record<string, RateLimitRule>;

/** Whether the key is over its limit now, without counting an attempt. */
export async function peekRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitState> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row) return { blocked: false };
  const endsAt = row.windowStartsAt.getTime() + rule.windowMs;
  if (endsAt <= now.getTime() || row.attempts < rule.limit) return { blocked: false };
  return { blocked: true, retryAfterSeconds: Math.ceil((endsAt - now.getTime()) / 1000) };
}

/** Counts one attempt and says whether it went over the limit. */
export async function hitRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitState> {
  await db.rateLimit.deleteMany({ where: { key, windowStartsAt: { lte: new Date(now.getTime() - rule.windowMs) } } });
  const row = await upsertIncrement(key, now);
  if (row.attempts <= rule.limit) return { blocked: false };
  const endsAt = row.windowStartsAt.getTime() + rule.windowMs;
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}

export async function resetRateLimit(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

async function upsertIncrement(key: string, now: Date) {
  const upsert = () =>
    db.rateLimit.upsert({
      where: { key },
      create: { key, attempts: 1, windowStartsAt: now },
      update: { attempts: { increment: 1 } },
    });
  try {
    return await upsert();
  } catch {
    // Two processes created the row at once; the second now finds it and increments.
    return await upsert();
  }
}

function backoffDelayMs(failures: number, rule: BackoffRule): number {
  if (failures < rule.freeAttempts) return 0;
  return Math.min(rule.baseDelayMs * 2 ** Math.min(failures - rule.freeAttempts, 30), rule.maxDelayMs);
}

function backoffState(row: { attempts: number; windowStartsAt: Date } | null, rule: BackoffRule, now: Date): RateLimitState {
  if (!row) return { blocked: false };
  const last = row.windowStartsAt.getTime();
  if (now.getTime() - last >= rule.forgetAfterMs) return { blocked: false };
  const until = last + backoffDelayMs(row.attempts, rule);
  return until > now.getTime() ? { blocked: true, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) } : { blocked: false };
}

/** Whether the key must wait now, without counting. (For backoff rows windowStartsAt is the last failure.) */
export async function peekBackoff(key: string, rule: BackoffRule, now = new Date()): Promise<RateLimitState> {
  return backoffState(await db.rateLimit.findUnique({ where: { key } }), rule, now);
}

/** Counts one failure and returns the wait it brings. */
export async function hitBackoff(key: string, rule: BackoffRule, now = new Date()): Promise<RateLimitState> {
  await db.rateLimit.deleteMany({ where: { key, windowStartsAt: { lte: new Date(now.getTime() - rule.forgetAfterMs) } } });
  const upsert = () =>
    db.rateLimit.upsert({ where: { key }, create: { key, attempts: 1, windowStartsAt: now }, update: { attempts: { increment: 1 }, windowStartsAt: now } });
  const row = await upsert().catch(upsert);
  return backoffState(row, rule, now);
}
