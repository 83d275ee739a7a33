import { describe, expect, it } from "vitest";
import { policyForPath } from "./csp";

// proxy.ts sets this on every response it passes (e2e/evidence.spec.ts reads the header of a real download).
describe("Content-Security-Policy by path", () => {
  it("gives pages the page policy, with the nonce", () => {
    expect(policyForPath("/", "abc")).toMatch(/script-src 'self' 'nonce-abc' 'strict-dynamic'/);
    expect(policyForPath("/settings", "abc")).toContain("frame-ancestors 'none'");
  });

  it.each(["/api/evidence/cabc123", "/api/documents/cabc123", "/api/cases/cabc123/bundle", "/api/account/export", "/api/health"])(
    "gives %s (files and JSON, never a page) the strict policy",
    (path) => {
      const csp = policyForPath(path, "abc");
      expect(csp).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    },
  );
});
