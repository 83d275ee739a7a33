import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { runCheck, type CheckOptions, type CheckResult } from "./run-check";
import { closeSharedAgents } from "./safe-agent";
import { REASON_CODES, REASON_VERDICT } from "./reasons";
import { softNotFoundRule } from "./test-rules";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await closeSharedAgents();
  await server.close();
});

const HIMARI = encodeURIComponent("ひまり");

function check(path: string, extra: Partial<CheckOptions> = {}): Promise<CheckResult> {
  return runCheck({ url: server.url + path, allowPrivateNetwork: true, timeoutMs: 5_000, ...extra });
}

describe("fixture cases", () => {
  const cases: [string, string, Partial<CheckOptions>, string, string][] = [
    ["visible profile", "/profile/aki", { handle: "aki" }, "visible", "handle_found"],
    ["visible profile, full-width on page", "/profile/aki?fw=1", { handle: "aki" }, "visible", "handle_found"],
    ["visible profile, full-width handle given", "/profile/aki", { handle: "ＡＫＩ" }, "visible", "handle_found"],
    ["visible profile without handle", "/profile/aki", {}, "visible", "status_ok"],
    ["301 to the same profile", "/moved/aki", { handle: "aki" }, "visible", "handle_found"],
    ["404", "/status/404", { handle: "aki" }, "gone", "http_404"],
    ["410", "/status/410", {}, "gone", "http_410"],
    ["302 to the top page", "/retired/aki", { handle: "aki" }, "gone", "redirect_off_profile"],
    ["302 to the top page, no handle", "/retired/aki", {}, "gone", "redirect_off_profile"],
    ["302 to login: a logged-out variant, not proof", "/login-wall/aki", { handle: "aki" }, "blocked", "login_wall"],
    ["soft 404 with a tested absence rule", "/soft404/aki", { rule: softNotFoundRule }, "gone", "absence_marker"],
    ["soft 404 with an untested absence rule", "/soft404/aki", { rule: { absentStrings: ["このユーザーは存在しません"] } }, "blocked", "rule_untested"],
    ["profile lost the handle", "/lost/aki", { handle: "aki" }, "gone", "handle_missing"],
    ["Cloudflare challenge 200", "/challenge/cf?status=200", { handle: "aki" }, "blocked", "challenge_page"],
    ["Cloudflare challenge 403", "/challenge/cf?status=403", { handle: "aki" }, "blocked", "challenge_page"],
    ["Cloudflare challenge 503", "/challenge/cf?status=503", { handle: "aki" }, "blocked", "challenge_page"],
    ["Cloudflare cf-mitigated header", "/challenge/cf?status=200&mitigated=1", {}, "blocked", "challenge_page"],
    ["DDoS-Guard", "/challenge/ddos-guard", { handle: "aki" }, "blocked", "challenge_page"],
    ["Incapsula", "/challenge/incapsula", { handle: "aki" }, "blocked", "challenge_page"],
    ["hCaptcha", "/challenge/hcaptcha", { handle: "aki" }, "blocked", "challenge_page"],
    ["403", "/status/403", { handle: "aki" }, "blocked", "http_403"],
    ["401", "/status/401", { handle: "aki" }, "blocked", "http_401"],
    ["500", "/status/500", { handle: "aki" }, "error", "http_5xx"],
    ["slow response", "/slow?ms=3000", { handle: "aki", timeoutMs: 300 }, "error", "timeout"],
    ["slow body", "/slow-body?ms=3000", { handle: "aki", timeoutMs: 300 }, "error", "timeout"],
    ["redirect loop", "/loop/0", { handle: "aki" }, "error", "too_many_redirects"],
    ["Shift_JIS, charset in header", `/sjis/profile/${HIMARI}`, { handle: "ひまり" }, "visible", "handle_found"],
    ["Shift_JIS full-width name", "/sjis/profile/aki?fw=1", { handle: "AKI" }, "visible", "handle_found"],
    ["EUC-JP, charset only in meta", `/eucjp/profile/${HIMARI}`, { handle: "ひまり" }, "visible", "handle_found"],
    ["Shift_JIS, no charset", `/sjis-bare/profile/${HIMARI}`, { handle: "ひまり" }, "visible", "handle_found"],
    ["age gate without cookie", "/age/profile/aki", { handle: "aki" }, "blocked", "age_gate"],
    ["age gate, rule sends the cookie", "/age/profile/aki", { handle: "aki", rule: { cookies: { age_check: "1" } } }, "visible", "handle_found"],
    ["JavaScript shell", "/shell/profile/aki", { handle: "aki" }, "blocked", "js_shell"],
    ["JavaScript shell, no handle", "/shell/profile/aki", {}, "blocked", "js_shell"],
    ["unknown path (404)", "/nope/aki", { handle: "aki" }, "gone", "http_404"],
    ["gzip-encoded profile", "/gzip/profile/aki", { handle: "aki" }, "visible", "handle_found"],
    ["undecodable Content-Encoding is never gone", "/zstd/profile/aki", { handle: "aki" }, "blocked", "undecodable_body"],
  ];
  it.each(cases)("%s", async (_name, path, extra, verdict, reason) => {
    const r = await check(path, extra);
    expect({ verdict: r.verdict, reason: r.reason }).toEqual({ verdict, reason });
    expect(REASON_CODES).toContain(r.reason);
    expect(REASON_VERDICT[r.reason]).toBe(r.verdict);
  });

  it("blocked and error cases never come out gone, with or without a handle", async () => {
    const paths = [
      "/challenge/cf?status=200",
      "/challenge/cf?status=503",
      "/challenge/ddos-guard",
      "/challenge/incapsula",
      "/challenge/hcaptcha",
      "/status/403",
      "/status/429",
      "/status/500",
      "/status/503",
      "/age/profile/aki",
      "/shell/profile/aki",
      "/loop/0",
    ];
    for (const p of paths) {
      for (const handle of [undefined, "aki", "someone-else"]) {
        const r = await check(p, { handle });
        expect(r.verdict, `${p} ${handle}`).not.toBe("gone");
      }
    }
  });

  it("429 gives blocked with retryAfterMs from Retry-After", async () => {
    const r = await check("/status/429?retry-after=42", { handle: "aki" });
    expect(r.verdict).toBe("blocked");
    expect(r.reason).toBe("http_429");
    expect(r.retryAfterMs).toBe(42_000);
    const r2 = await check("/status/503?retry-after=7");
    expect(r2).toMatchObject({ verdict: "error", reason: "http_5xx", retryAfterMs: 7_000 });
  });

  it("10 MB page: visible, read stops at the 2 MB cap", async () => {
    const r = await check("/big/aki?mb=10", { handle: "aki" });
    expect(r).toMatchObject({ verdict: "visible", reason: "handle_found", truncated: true });
    expect(r.bytesRead).toBe(2 * 1024 * 1024);
  });

  it("the rest of a huge body is never downloaded (server sees the client go away)", async () => {
    server.resetStats();
    const r = await check("/big/aki?mb=48", { handle: "aki" });
    expect(r).toMatchObject({ verdict: "visible", truncated: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const big = server.stats().big[0];
    expect(big.finished).toBe(false);
    expect(big.closedEarly).toBe(true);
    expect(big.bytesWritten).toBeLessThan(48 * 1024 * 1024);
  });

  it("a gzip bomb is cut at the cap of decoded bytes", async () => {
    const r = await check("/gzip/profile/aki?mb=20", { handle: "aki" });
    expect(r).toMatchObject({ verdict: "visible", truncated: true, bytesRead: 2 * 1024 * 1024 });
  });

  it("a custom maxBytes cap is honoured", async () => {
    const r = await check("/big/aki?mb=1", { handle: "aki", maxBytes: 64 * 1024 });
    expect(r.bytesRead).toBe(64 * 1024);
    expect(r.verdict).toBe("visible");
  });

  it("fills the result object", async () => {
    const r = await check("/profile/aki", { handle: "aki" });
    expect(r.httpStatus).toBe(200);
    expect(r.finalUrl).toBe(`${server.url}/profile/aki`);
    expect(r.bodySha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.title).toBe("aki のプロフィール | Fixture Live Chat");
    expect(r.handleFound).toBe(true);
    expect(r.excerpt).toContain("aki");
    expect((r.excerpt ?? "").length).toBeLessThanOrEqual(200);
    expect(r.durationMs).toBeGreaterThanOrEqual(0);
    expect(r).not.toHaveProperty("body");
    const moved = await check("/moved/aki", { handle: "aki" });
    expect(moved.finalUrl).toBe(`${server.url}/profile/aki`);
    expect(moved.redirects).toBe(1);
  });

  it("sends an ordinary browser User-Agent that names no app", async () => {
    const r = await check("/profile/aki", { handle: "aki" });
    expect(r.verdict).toBe("visible");
    expect(server.stats().lastUserAgent).toMatch(/^Mozilla\/5\.0 \(/);
    expect(server.stats().lastUserAgent).not.toMatch(/taikai/i);
    await check("/age/profile/aki", { handle: "aki", rule: { cookies: { age_check: "1" }, headers: { "X-Extra": "y" } } });
    expect(server.stats().lastCookie).toBe("age_check=1");
  });

  it("uses the rule checkUrl template and profileUrlPattern", async () => {
    const rule = { checkUrl: `${server.url}/moved/{handle}`, profileUrlPattern: "/profile/{handle}$" };
    const r = await runCheck({ url: "https://ignored.example/x", handle: "aki", rule, allowPrivateNetwork: true });
    expect(r).toMatchObject({ verdict: "visible", finalUrl: `${server.url}/profile/aki` });
    // Off the rule's profile pattern, but the landing page shows her: a moved profile, not proof of absence.
    const off = await runCheck({ url: "x", handle: "aki", rule: { ...rule, profileUrlPattern: "/members/{handle}$" }, allowPrivateNetwork: true });
    expect(off).toMatchObject({ verdict: "blocked", reason: "redirect_shows_handle" });
    const retired = await runCheck({
      url: "x",
      handle: "aki",
      rule: { checkUrl: `${server.url}/retired/{handle}`, profileUrlPattern: "/profile/{handle}$" },
      allowPrivateNetwork: true,
    });
    expect(retired).toMatchObject({ verdict: "gone", reason: "redirect_off_profile" });
  });

  it("rule markers: present wins, both or neither fall back", async () => {
    const present = await check("/profile/aki", { rule: { presentStrings: ["オンライン待機中"], absentStrings: ["存在しません"] } });
    expect(present).toMatchObject({ verdict: "visible", reason: "presence_marker" });
    const both = await check("/soft404/aki", { rule: { presentStrings: ["Fixture Live Chat"], absentStrings: ["存在しません"] } });
    expect(both).toMatchObject({ verdict: "blocked", reason: "rule_conflict" });
    const neither = await check("/lost/aki", { rule: { presentStrings: ["オンライン待機中"], absentStrings: ["存在しません"] } });
    expect(neither).toMatchObject({ verdict: "blocked", reason: "no_expected_content" });
    const neitherWithHandle = await check("/profile/aki", { handle: "aki", rule: { presentStrings: ["zzz"], absentStrings: ["yyy"] } });
    expect(neitherWithHandle).toMatchObject({ verdict: "visible", reason: "handle_found" });
  });

  it("an invalid rule gives error bad_rule", async () => {
    const r = await check("/profile/aki", { rule: { presentCodes: [42] } as never });
    expect(r).toMatchObject({ verdict: "error", reason: "bad_rule" });
  });

  it("connection refused maps to error connection", async () => {
    const tmp = await startFixtureServer();
    const url = tmp.url;
    await tmp.close();
    const r = await runCheck({ url: `${url}/profile/aki`, allowPrivateNetwork: true, timeoutMs: 3_000 });
    expect(r).toMatchObject({ verdict: "error", reason: "connection" });
  });

  it("an outside abort signal ends the check", async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const r = await check("/slow?ms=3000", { signal: ac.signal });
    expect(r.verdict).toBe("error");
  });
});
