import { describe, it, expect } from "vitest";
import { nextRetryDelay, parseRetryAfter } from "./retry";

describe("parseRetryAfter", () => {
  const now = Date.parse("2025-01-01T00:00:00Z");
  it.each([
    ["120", 120_000],
    ["0", 0],
    [" 5 ", 5_000],
    ["Wed, 01 Jan 2025 00:01:00 GMT", 60_000],
    ["Tue, 31 Dec 2024 23:00:00 GMT", 0],
    ["soon", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("%s -> %s", (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
  it("caps absurd values at one day", () => {
    expect(parseRetryAfter("99999999", now)).toBe(24 * 3600 * 1000);
  });
});

describe("nextRetryDelay", () => {
  it("grows exponentially with jitter within bounds", () => {
    for (let attempt = 0; attempt < 6; attempt++) {
      const exp = 1000 * 2 ** attempt;
      expect(nextRetryDelay(attempt, undefined, { random: () => 0 })).toBe(exp / 2);
      expect(nextRetryDelay(attempt, undefined, { random: () => 0.999999 })).toBeLessThanOrEqual(exp);
    }
  });
  it("is capped", () => {
    expect(nextRetryDelay(50, undefined, { random: () => 0.999999, maxMs: 60_000 })).toBeLessThanOrEqual(60_000);
  });
  it("honours Retry-After", () => {
    expect(nextRetryDelay(0, 120_000, { random: () => 0 })).toBe(120_000);
    const d = nextRetryDelay(3, 30_000, { random: () => 0.5 });
    expect(d).toBeGreaterThanOrEqual(30_000);
    expect(d).toBeLessThanOrEqual(31_000);
  });
});
