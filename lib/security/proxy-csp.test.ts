import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "../../proxy";

const cspOf = async (path: string) => (await proxy(new NextRequest(`http://127.0.0.1:3000${path}`))).headers.get("content-security-policy");

describe("proxy: Content-Security-Policy", () => {
  it("gives pages the page policy, with a nonce", async () => {
    expect(await cspOf("/")).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  });

  it.each(["/api/evidence/cabc123", "/api/documents/cabc123", "/api/cases/cabc123/bundle", "/api/account/export", "/api/health"])(
    "leaves %s (files and JSON, never a page) the strict policy, not the page one",
    async (path) => {
      const csp = await cspOf(path);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("sandbox");
      expect(csp).not.toMatch(/script-src|nonce|'self'/);
    },
  );
});
