import { describe, expect, it } from "vitest";
import { backoffMs } from "./queue";
import { errorCode } from "./worker";

describe("job retries", () => {
  it("back off from a minute, doubling, to at most six hours", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(backoffMs(9)).toBe(256 * 60_000);
    expect(backoffMs(10)).toBe(6 * 3600_000);
    expect(backoffMs(1000)).toBe(6 * 3600_000);
  });

  it("record a code, never an error's message (it may hold a profile URL or a handle)", () => {
    expect(errorCode(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe("P2002");
    expect(errorCode(new TypeError("Invalid URL https://example.test/profile/himari"))).toBe("TypeError");
    expect(errorCode(Object.assign(new Error("x"), { code: "https://example.test/himari" }))).toBe("Error");
    expect(errorCode("himari")).toBe("unknown");
  });
});
