/**
 * Every imitation page class on the fixture server, through the code path of `checker check --json`, with the
 * verdict it must get. The rule: zero false "gone". Every case whose page she could still be on must not be
 * gone, and the true absences must stay gone (or the checker would be useless).
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { briefResult, checkCommand } from "./check-command";
import { closeSharedAgents } from "./safe-agent";
import { REASON_VERDICT, type ReasonCode } from "./reasons";
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

type Case = { name: string; path: string; handle?: string; reason: ReasonCode; rule?: unknown; stillThere: boolean; onlyHer?: boolean };

/**
 * stillThere: the page is one she could still be on, so gone would be false. onlyHer: the page is not gone
 * only because it names her, so for somebody else's handle it may rightly be gone.
 */
const cases: Case[] = [
  // Moved profiles and redirects whose landing page still shows her.
  { name: "moved profile, landing shows the handle", path: "/relocated/aki", handle: "aki", reason: "redirect_shows_handle", stillThere: true },
  { name: "moved profile, named only in og:title", path: `/relocated-og/${HIMARI}`, handle: "ひまり", reason: "redirect_shows_handle", stillThere: true },
  { name: "redirect to a listing that shows her", path: "/retired-listed/aki", handle: "aki", reason: "redirect_shows_handle", stillThere: true },
  { name: "profile moved to another host", path: "/moved-host/aki", handle: "aki", reason: "redirect_shows_handle", stillThere: true },
  { name: "redirect to a search echoing her", path: "/to-search/aki", handle: "aki", reason: "redirect_shows_handle", stillThere: true },
  { name: "redirect to a JavaScript shell", path: "/to-app/aki", handle: "aki", reason: "js_shell", stillThere: true },
  { name: "redirect to a maintenance page", path: "/to-maintenance/aki", handle: "aki", reason: "temporary_error_page", stillThere: true },
  { name: "redirect to login (logged-out variant)", path: "/login-wall/aki", handle: "aki", reason: "login_wall", stillThere: true },
  { name: "301 to the same profile", path: "/moved/aki", handle: "aki", reason: "handle_found", stillThere: true },
  // Bodies that were cut, broke off or could not be decoded.
  { name: "long page cut at the body limit", path: "/long/aki?mb=3", handle: "aki", reason: "truncated_body", stillThere: true },
  { name: "long page, handle before the cut", path: "/big/aki?mb=10", handle: "aki", reason: "handle_found", stillThere: true },
  { name: "connection reset mid-body", path: "/reset/aki", handle: "aki", reason: "partial_read", stillThere: true },
  { name: "connection reset after the handle", path: "/reset/aki?late=1", handle: "aki", reason: "handle_found", stillThere: true },
  { name: "Shift_JIS labelled UTF-8", path: `/mislabelled/${HIMARI}`, handle: "ひまり", reason: "undecodable_body", stillThere: true },
  { name: "UTF-8 labelled Shift_JIS", path: `/mislabelled-utf8/${HIMARI}`, handle: "ひまり", reason: "undecodable_body", stillThere: true },
  { name: "Shift_JIS labelled UTF-8, ASCII handle still readable", path: "/mislabelled/aki", handle: "aki", reason: "handle_found", stillThere: true },
  { name: "UTF-16 with no charset", path: "/utf16/aki", handle: "aki", reason: "undecodable_body", stillThere: true },
  { name: "gzip that fails to decompress", path: "/gzip-broken/aki", handle: "aki", reason: "undecodable_body", stillThere: true },
  { name: "gzip stream cut before its end", path: "/gzip-cut/aki", handle: "aki", reason: "undecodable_body", stillThere: true },
  { name: "brotli that fails to decompress", path: "/br-broken/aki", handle: "aki", reason: "undecodable_body", stillThere: true },
  { name: "brotli profile", path: "/br/aki", handle: "aki", reason: "handle_found", stillThere: true },
  { name: "Content-Encoding we cannot decode", path: "/zstd/profile/aki", handle: "aki", reason: "undecodable_body", stillThere: true },
  // Meta refresh and script redirects.
  { name: "meta refresh to itself", path: "/refresh/self/aki", handle: "aki", reason: "refresh_to_self", stillThere: true },
  { name: "meta refresh to the profile", path: "/refresh/profile/aki", handle: "aki", reason: "handle_found", stillThere: true },
  { name: "meta refresh to login", path: "/refresh/login/aki", handle: "aki", reason: "login_wall", stillThere: true },
  { name: "her page with a slow refresh home", path: "/refresh-slow/aki", handle: "aki", reason: "handle_in_markup_only", stillThere: true },
  { name: "a forwarding page that names her", path: "/refresh-named/aki", handle: "aki", reason: "no_expected_content", stillThere: true, onlyHer: true },
  {
    name: "a forwarder titled with her handle, to the top page",
    path: "/refresh-titled/aki",
    handle: "aki",
    reason: "redirect_shows_handle",
    stillThere: true,
  },
  {
    name: "a forwarder titled with her handle, to her profile",
    path: "/refresh-titled/aki?to=/profile/aki",
    handle: "aki",
    reason: "handle_found",
    stillThere: true,
  },
  { name: "meta refresh loop", path: "/refresh/loop/0", handle: "aki", reason: "too_many_redirects", stillThere: true },
  // Variants of her page.
  { name: "private profile", path: "/private/aki", handle: "aki", reason: "private_or_offline", stillThere: true },
  { name: "offline profile", path: "/offline/aki", handle: "aki", reason: "private_or_offline", stillThere: true },
  { name: '"log in to see"', path: "/members-only/aki", handle: "aki", reason: "login_wall", stillThere: true },
  { name: "200 maintenance page", path: "/maintenance/aki", handle: "aki", reason: "temporary_error_page", stillThere: true },
  { name: "English variant, Japanese handle", path: `/en/profile/${HIMARI}`, handle: "ひまり", reason: "language_variant", stillThere: true },
  { name: "English variant, ASCII handle", path: "/en/profile/aki", handle: "aki", reason: "handle_found", stillThere: true },
  { name: "handle only in og:title", path: `/og-only/${HIMARI}`, handle: "ひまり", reason: "handle_in_markup_only", stillThere: true },
  { name: "handle only in JSON-LD (\\u escapes)", path: `/jsonld-only/${HIMARI}`, handle: "ひまり", reason: "handle_in_markup_only", stillThere: true },
  { name: "handle only in an entity-escaped attribute", path: "/attr-only/aki", handle: "aki", reason: "handle_in_markup_only", stillThere: true },
  { name: "handle split by tags and a zero-width space", path: "/split/himari_24", handle: "himari_24", reason: "handle_found", stillThere: true },
  { name: "full-width handle on the page", path: "/profile/aki?fw=1", handle: "aki", reason: "handle_found", stillThere: true },
  { name: "JSON variant of the profile URL", path: "/api-variant/aki", handle: "aki", reason: "not_a_page", stillThere: true },
  { name: "206 partial content", path: "/status/206", handle: "aki", reason: "unexpected_status", stillThere: true },
  { name: "404 that names her", path: "/missing-echo/aki", handle: "aki", reason: "not_found_shows_handle", stillThere: true },
  { name: "app shell answering 404", path: "/spa-404/aki", handle: "aki", reason: "js_shell", stillThere: true },
  { name: "app shell answering 404, named in og:title", path: "/spa-404/aki?og=1", handle: "aki", reason: "not_found_shows_handle", stillThere: true },
  { name: "UTF-16 with a byte order mark", path: `/utf16-bom/${HIMARI}`, handle: "ひまり", reason: "handle_found", stillThere: true },
  { name: "redirect to a cookie-consent page", path: "/to-consent/aki", handle: "aki", reason: "interstitial_page", stillThere: true },
  { name: "region notice", path: "/region/aki", handle: "aki", reason: "interstitial_page", stillThere: true },
  { name: "hiragana handle shown in katakana", path: `/katakana/${HIMARI}`, handle: "ひまり", reason: "handle_found", stillThere: true },
  { name: "handle split by &shy;", path: "/split-shy/himari_24", handle: "himari_24", reason: "handle_found", stillThere: true },
  {
    name: "soft 404, rule without examples",
    path: "/soft404/aki",
    handle: "aki",
    rule: { absentStrings: ["このユーザーは存在しません"] },
    reason: "rule_untested",
    stillThere: true,
  },
  { name: "Cloudflare challenge", path: "/challenge/cf?status=200", handle: "aki", reason: "challenge_page", stillThere: true },
  { name: "age gate", path: "/age/profile/aki", handle: "aki", reason: "age_gate", stillThere: true },
  // True absences: these must stay gone.
  { name: "404", path: "/status/404", handle: "aki", reason: "http_404", stillThere: false },
  { name: "410", path: "/status/410", handle: "aki", reason: "http_410", stillThere: false },
  { name: "302 to the top page", path: "/retired/aki", handle: "aki", reason: "redirect_off_profile", stillThere: false },
  { name: "meta refresh to the top page", path: "/refresh/top/aki", handle: "aki", reason: "meta_refresh_off_profile", stillThere: false },
  { name: "location.href to the top page", path: "/script-redirect/aki", handle: "aki", reason: "meta_refresh_off_profile", stillThere: false },
  { name: "Refresh header to the top page", path: "/refresh-header/aki", handle: "aki", reason: "meta_refresh_off_profile", stillThere: false },
  { name: "redirect to a meta refresh to the top page", path: "/redirect-refresh/aki", handle: "aki", reason: "meta_refresh_off_profile", stillThere: false },
  { name: "profile lost the handle", path: "/lost/aki", handle: "aki", reason: "handle_missing", stillThere: false },
  { name: "deleted account notice", path: `/deleted/${HIMARI}`, handle: "ひまり", reason: "handle_missing", stillThere: false },
  { name: "soft 404, tested rule", path: "/soft404/aki", handle: "aki", rule: softNotFoundRule, reason: "absence_marker", stillThere: false },
];

describe("imitation pages through `check --json`", () => {
  it.each(cases)("$name → $reason", async ({ path, handle, rule, reason }) => {
    const r = await checkCommand({ url: server.url + path, handle, rule: rule as never, timeoutMs: 5_000, allowPrivateNetwork: true });
    expect(briefResult(r)).toMatchObject({ verdict: REASON_VERDICT[reason], reason });
  });

  it('zero false "gone" across the whole set, with her handle, in full width, and with none', async () => {
    const falseGone: string[] = [];
    const fullWidth = (h: string) => h.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    for (const c of cases.filter((x) => x.stillThere)) {
      const handles = [c.handle, c.handle ? fullWidth(c.handle) : undefined, undefined, "someone-else"];
      for (const handle of handles) {
        const r = await checkCommand({ url: server.url + c.path, handle, rule: c.rule as never, timeoutMs: 5_000, allowPrivateNetwork: true });
        // With somebody else's handle, a page that shows only her may rightly be gone for them; with no handle,
        // a 404 that names her is just a 404.
        const excused =
          handle === "someone-else"
            ? c.onlyHer || /shows_handle|found|markup|language/.test(c.reason)
            : handle === undefined && c.reason === "not_found_shows_handle";
        if (r.verdict === "gone" && !excused) falseGone.push(`${c.name} (${handle ?? "no handle"}): ${r.reason}`);
      }
    }
    expect(falseGone).toEqual([]);
  });

  it("covers every new non-gone reason code", () => {
    const covered = new Set(cases.map((c) => c.reason));
    for (const code of [
      "redirect_shows_handle",
      "not_found_shows_handle",
      "rule_untested",
      "truncated_body",
      "partial_read",
      "undecodable_body",
      "login_wall",
      "private_or_offline",
      "temporary_error_page",
      "language_variant",
      "handle_in_markup_only",
      "refresh_to_self",
      "not_a_page",
      "meta_refresh_off_profile",
      "interstitial_page",
    ] as const) {
      expect(covered.has(code), code).toBe(true);
    }
  });
});
