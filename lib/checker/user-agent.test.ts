import { describe, expect, it } from "vitest";
import { BROWSER_USER_AGENT, checkerUserAgent } from "./user-agent";

describe("checker User-Agent", () => {
  it("is an ordinary browser one by default, naming no app", () => {
    expect(checkerUserAgent({})).toBe(BROWSER_USER_AGENT);
    expect(BROWSER_USER_AGENT).toMatch(/^Mozilla\/5\.0 \(/);
    expect(BROWSER_USER_AGENT).not.toMatch(/taikai|checker|bot|profile/i);
  });

  it("can be replaced by TAIKAI_CHECKER_USER_AGENT", () => {
    expect(checkerUserAgent({ TAIKAI_CHECKER_USER_AGENT: " Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0 " })).toBe(
      "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
    );
  });

  it("ignores a value that is not a plain header value", () => {
    for (const bad of ["", "   ", "a\r\nX-Injected: 1", "ブラウザ", "x".repeat(513)])
      expect(checkerUserAgent({ TAIKAI_CHECKER_USER_AGENT: bad })).toBe(BROWSER_USER_AGENT);
  });
});
