import { describe, expect, it } from "vitest";
import { errorCode } from "./error-code";

describe("errorCode", () => {
  it("keeps codes and class names, never messages", () => {
    const fsError = Object.assign(new Error("ENOENT: no such file '/data/evidence/user-123/abc'"), { code: "ENOENT" });
    expect(errorCode(fsError)).toBe("ENOENT");
    expect(errorCode(new TypeError("hanako@example.test"))).toBe("TypeError");
    expect(errorCode(Object.assign(new Error("x"), { code: "weird code with hanako@example.test" }))).toBe("Error");
    expect(errorCode("a string")).toBe("string");
  });
});
