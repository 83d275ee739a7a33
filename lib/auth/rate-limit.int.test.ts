import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { provider } from "../testing/databases";
import { hitBackoff, hitRateLimit, peekBackoff, peekRateLimit, rateLimitKey, resetRateLimit } from "./rate-limit";

const rule = { limit: 3, windowMs: 60_000 };

describe(`rate limits (${provider})`, () => {
  afterAll(() => db.$disconnect());

  it("blocks after the limit with the remaining wait, and opens again after the window", async () => {
    const key = rateLimitKey("test", randomBytes(8).toString("hex"));
    const start = new Date("2026-11-25T00:00:00Z");
    for (let i = 0; i < 3; i++) expect((await hitRateLimit(key, rule, start)).blocked).toBe(false);
    const blocked = await hitRateLimit(key, rule, new Date(start.getTime() + 20_000));
    expect(blocked).toEqual({ blocked: true, retryAfterSeconds: 40 });
    expect(await peekRateLimit(key, rule, new Date(start.getTime() + 30_000))).toEqual({ blocked: true, retryAfterSeconds: 30 });
    expect((await peekRateLimit(key, rule, new Date(start.getTime() + 61_000))).blocked).toBe(false);
    expect((await hitRateLimit(key, rule, new Date(start.getTime() + 61_000))).blocked).toBe(false);
  });

  it("counts concurrent attempts from several callers exactly", async () => {
    const key = rateLimitKey("test", randomBytes(8).toString("hex"));
    const now = new Date();
    await Promise.all(Array.from({ length: 10 }, () => hitRateLimit(key, { limit: 100, windowMs: 60_000 }, now)));
    expect((await db.rateLimit.findUnique({ where: { key } }))?.attempts).toBe(10);
    await resetRateLimit(key);
    expect(await db.rateLimit.findUnique({ where: { key } })).toBeNull();
  });

  it("lets a few failures through, then makes each further one wait twice as long, up to the cap, and forgets after a quiet day", async () => {
    const key = rateLimitKey("test", randomBytes(8).toString("hex"));
    const backoff = { freeAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 10 * 60_000, forgetAfterMs: 24 * 3600_000 };
    let now = new Date("2026-11-25T00:00:00Z");
    const later = (ms: number) => (now = new Date(now.getTime() + ms));
    for (let i = 0; i < 2; i++) expect(await hitBackoff(key, backoff, now)).toEqual({ blocked: false });
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const state = await hitBackoff(key, backoff, now);
      waits.push(state.blocked ? state.retryAfterSeconds : 0);
      expect(await peekBackoff(key, backoff, later(state.blocked ? state.retryAfterSeconds * 1000 - 1000 : 0))).toMatchObject({ blocked: state.blocked });
      later(2000);
    }
    expect(waits).toEqual([60, 120, 240, 480, 600, 600]);
    later(24 * 3600_000);
    expect(await peekBackoff(key, backoff, now)).toEqual({ blocked: false });
    expect(await hitBackoff(key, backoff, now)).toEqual({ blocked: false });
    expect((await db.rateLimit.findUnique({ where: { key } }))?.attempts).toBe(1);
  });

  it("stores no email address or IP address", async () => {
    const key = rateLimitKey("signin:account", "hanako@example.test");
    expect(key).not.toContain("hanako");
  });
});
