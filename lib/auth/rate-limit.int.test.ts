import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { provider } from "../testing/databases";
import { hitRateLimit, peekRateLimit, rateLimitKey, resetRateLimit } from "./rate-limit";

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

  it("stores no email address or IP address", async () => {
    const key = rateLimitKey("signin:account", "hanako@example.test");
    expect(key).not.toContain("hanako");
  });
});
