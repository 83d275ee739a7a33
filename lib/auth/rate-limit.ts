// Fixed-window attempt counters stored in the database, so limits hold across app processes and restarts.
// Keys are hashed: the table never holds an email address or an IP address.
import { createHash } from "node:crypto";
import { db } from "../db/client";

export type RateLimitRule = { limit: number; windowMs: number };
export type RateLimitState = { blocked: false } | { blocked: true; retryAfterSeconds: number };

export function rateLimitKey(scope: string, value: string): string {
  return `${scope}:${createHash("sha256").update(value.toLowerCase()).digest("base64url").slice(0, 32)}`;
}

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const fifteenMinutes = 15 * 60 * 1000;
export const rules = {
  signInPerAccount: { limit: numberFromEnv("TAIKAI_SIGNIN_LIMIT_PER_ACCOUNT", 5), windowMs: fifteenMinutes },
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
