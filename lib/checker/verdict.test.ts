import { describe, it, expect } from "vitest";
import type { PageInput } from "./page-input";
import { decidePage } from "./verdict";
import { isOffProfile } from "./redirect-judge";
import { parseSiteRule } from "./rule";

const page = (html: string, extra: Partial<PageInput> = {}): PageInput => ({
  status: 200,
  headers: {},
  requestedUrl: "https://site.example/profile/aki",
  finalUrl: "https://site.example/profile/aki",
  html,
  ...extra,
});
const normal = (body: string) => `<html><head><title>Site</title></head><body><p>${"普通のページです。Normal page text. ".repeat(8)}</p>${body}</body></html>`;

describe("decidePage", () => {
  it("challenge beats everything, even 404 and a present rule", () => {
    const cf = '<title>Just a moment...</title><script src="/cdn-cgi/challenge-platform/x"></script>';
    expect(decidePage(page(cf, { status: 404 })).reason).toBe("challenge_page");
    expect(decidePage(page(`${cf}aki`, { rule: parseSiteRule({ presentStrings: ["aki"] }) })).reason).toBe("challenge_page");
    expect(decidePage(page(normal("x"), { rule: parseSiteRule({ challengeStrings: ["Normal page"] }) })).reason).toBe("challenge_page");
  });
  it("blocked statuses are never gone, even with an absence rule", () => {
    const rule = parseSiteRule({ absentCodes: [403, 429], absentStrings: ["Normal page"] });
    expect(decidePage(page(normal(""), { status: 403, rule })).verdict).toBe("blocked");
    expect(decidePage(page(normal(""), { status: 429, rule })).verdict).toBe("blocked");
    expect(decidePage(page(normal(""), { status: 502, rule })).verdict).toBe("error");
  });
  it("a captcha widget on a real profile does not block it", () => {
    expect(decidePage(page(normal('<h1>aki</h1><div class="g-recaptcha"></div>'), { handle: "aki" })).reason).toBe("handle_found");
    expect(decidePage(page(normal('<div class="g-recaptcha"></div>'), { handle: "aki" })).reason).toBe("challenge_page");
  });
  it("age-gate words in a long page footer are not a gate", () => {
    const longPage = normal(`<p>${"長い本文。".repeat(500)}</p><footer>年齢確認</footer>`);
    expect(decidePage(page(longPage, { handle: "aki" })).reason).toBe("handle_missing");
    expect(decidePage(page(normal("<h1>年齢確認</h1>"), { handle: "aki" })).reason).toBe("age_gate");
  });
  it("handle only in markup is not gone", () => {
    expect(decidePage(page(normal('<a href="/profile/aki">x</a>'), { handle: "aki" })).reason).toBe("handle_in_markup_only");
  });
  it("other 4xx are blocked, not gone", () => {
    expect(decidePage(page(normal(""), { status: 400 })).reason).toBe("http_4xx");
    expect(decidePage(page(normal(""), { status: 451 })).verdict).toBe("blocked");
  });
  it("an empty page is no_expected_content", () => {
    expect(decidePage(page("<html><body></body></html>", { handle: "aki" })).reason).toBe("no_expected_content");
  });
  it("excerpt is around the handle", () => {
    const html = normal(`<p>${"前置き。".repeat(200)}</p><p>こんにちは aki です</p>`);
    const d = decidePage(page(html, { handle: "aki" }));
    expect(d.excerpt).toContain("aki");
    expect(d.excerpt?.length).toBeLessThanOrEqual(200);
  });
});

describe("isOffProfile", () => {
  it.each([
    ["https://s.example/profile/aki", "https://s.example/", true],
    ["https://s.example/profile/aki", "https://s.example/login?next=/profile/aki", true],
    ["https://s.example/profile/aki", "https://s.example/search?q=aki", true],
    ["https://s.example/profile/aki", "https://other.example/profile/aki", true],
    ["https://s.example/profile/aki", "https://s.example/profile/aki/", false],
    ["http://s.example/profile/aki", "https://www.s.example/ja/profile/aki", false],
    ["https://s.example/profile/%E3%81%B2", "https://s.example/u/%E3%81%B2", false],
    ["https://s.example/", "https://s.example/home", false],
  ])("%s -> %s: %s", (from, to, off) => {
    expect(isOffProfile(from, to)).toBe(off);
  });
  it("uses the rule pattern when given", () => {
    const rule = parseSiteRule({ profileUrlPattern: "^https://s\\.example/(en/)?chat/{handle}$" });
    expect(isOffProfile("https://s.example/chat/aki", "https://s.example/en/chat/aki", rule, "aki")).toBe(false);
    expect(isOffProfile("https://s.example/chat/aki", "https://s.example/en/chat/other", rule, "aki")).toBe(true);
  });
});
