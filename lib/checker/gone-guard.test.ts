/** Each guard on the way to "gone", through decidePage (the network-free half of a check). */
import { describe, it, expect } from "vitest";
import iconv from "iconv-lite";
import type { PageInput } from "./page-input";
import { decidePage } from "./verdict";
import { isLoginLanding } from "./redirect-judge";
import { isDoubtfulDecoding } from "./decode";
import { findHandleInCompactText, findHandleInMarkup, findHandleInMetadata } from "./handle-search";
import { parseSiteRule } from "./rule";

const URL_ = "https://s.example/profile/aki";
const FILL = "普通のページです。Normal page text. ".repeat(8);
const normal = (body: string, head = "") => `<html lang="ja"><head><title>Site</title>${head}</head><body><p>${FILL}</p>${body}</body></html>`;
const decide = (html: string, extra: Partial<PageInput> = {}) =>
  decidePage({ status: 200, headers: {}, requestedUrl: URL_, finalUrl: URL_, html, handle: "aki", ...extra }).reason;

describe("guards on the way to gone", () => {
  it("a plain page without the handle is still gone", () => {
    expect(decide(normal(""))).toBe("handle_missing");
  });

  it("a body that is not complete never proves absence", () => {
    expect(decide(normal(""), { bodyState: "truncated" })).toBe("truncated_body");
    expect(decide(normal(""), { bodyState: "partial" })).toBe("partial_read");
    expect(decide(normal(""), { bodyState: "undecodable" })).toBe("undecodable_body");
    expect(decide(normal(""), { status: 404, bodyState: "truncated" })).toBe("truncated_body");
    // Presence still counts from what was read.
    expect(decide(normal("<h1>aki</h1>"), { bodyState: "truncated" })).toBe("handle_found");
  });

  it("a doubtful decoding never proves absence", () => {
    const html = normal("");
    expect(decide(html, { bytes: Buffer.from(html), charset: "utf-8" })).toBe("handle_missing");
    expect(decide(`${html}\ufffd`, { bytes: Buffer.from(html), charset: "utf-8" })).toBe("undecodable_body");
    expect(decide(html, { bytes: Buffer.from(html), charset: "cp932" })).toBe("undecodable_body"); // valid UTF-8 read as Shift_JIS
  });

  it("a 404 or an absence marker that shows her is not gone", () => {
    expect(decide(normal("<h1>aki</h1>"), { status: 404 })).toBe("not_found_shows_handle");
    expect(decide(normal("", '<meta property="og:title" content="aki | Site">'), { status: 410 })).toBe("not_found_shows_handle");
    // A 404 echoing the URL asked for in a link is still a 404.
    expect(decide(normal('<a href="/profile/aki">retry</a>'), { status: 404 })).toBe("http_404");
    const rule = parseSiteRule({ absentStrings: ["Normal page"] });
    expect(decide(normal("<h1>aki</h1>"), { rule, ruleTested: true })).toBe("absence_marker_shows_handle");
    expect(decide(normal(""), { rule, ruleTested: true })).toBe("absence_marker");
    expect(decide(normal(""), { rule })).toBe("rule_untested");
  });

  it("a redirect is gone only if the landing page shows her nowhere", () => {
    const off = { finalUrl: "https://s.example/" };
    expect(decide(normal(""), off)).toBe("redirect_off_profile");
    expect(decide(normal("<h1>aki</h1>"), off)).toBe("redirect_shows_handle");
    expect(decide(normal('<div data-user="aki"></div>'), off)).toBe("redirect_shows_handle");
    expect(decide(normal(""), { ...off, viaRefresh: true })).toBe("meta_refresh_off_profile");
    expect(decide(normal('<form><input type="password"></form>'), off)).toBe("login_wall");
    expect(decide(normal(""), { finalUrl: "https://s.example/?next=%2Fprofile%2Faki" })).toBe("login_wall");
    expect(decide('<html><body><div id="app"></div><script src="/a.js"></script></body></html>', off)).toBe("js_shell");
    expect(decide("<html><body></body></html>", off)).toBe("no_expected_content");
    expect(decide("<html><head><title>Top</title></head><body><h1>Welcome</h1></body></html>", off)).toBe("redirect_off_profile");
    // A long top page with a header login box, a sign-up banner and a maintenance news item is still a top page.
    const top = normal(`<form><input type="password"></form><p>会員登録して無料ポイント</p><p>メンテナンスのお知らせ</p><p>${FILL.repeat(12)}</p>`);
    expect(decide(top, off)).toBe("redirect_off_profile");
    // With no handle given, the profile URL's last segment stands in for it.
    expect(decide(normal("<h1>aki</h1>"), { ...off, handle: undefined })).toBe("redirect_shows_handle");
    expect(decide(normal(""), { ...off, handle: undefined })).toBe("redirect_off_profile");
  });

  it("variants of a page she is still on", () => {
    expect(decide(normal("<p>ログインしてプロフィールを見る</p>"))).toBe("login_wall");
    expect(decide(normal("<p>このページは会員の方だけが見られます</p>"))).toBe("login_wall");
    // A promotional banner is not a wall.
    expect(decide(normal("<p>今すぐ会員登録して無料ポイントをもらおう。ログインしてお気に入りに追加。</p>"))).toBe("handle_missing");
    expect(decide(normal("<p>このプロフィールは非公開です</p>"))).toBe("private_or_offline");
    expect(decide(normal("<p>This performer is offline.</p>"))).toBe("private_or_offline");
    // Site chrome that merely mentions private shows or offline performers is not a notice about her.
    expect(decide(normal("<nav>Private show · オフラインの配信者</nav>"))).toBe("handle_missing");
    expect(decide(normal("<p>ただいまメンテナンス中です</p>"))).toBe("temporary_error_page");
    expect(decide(normal("<aside>【重要】システムメンテナンスのお知らせ</aside>"))).toBe("handle_missing");
    expect(decide("<html><body><p>We use cookies. Accept cookies to continue with this site, thank you.</p></body></html>")).toBe("interstitial_page");
    expect(decide(normal(""), { status: 203 })).toBe("unexpected_status");
    expect(decide(normal(""), { headers: { "content-type": "application/json" } })).toBe("not_a_page");
    expect(decide(normal("", '<meta http-equiv="refresh" content="0">'))).toBe("refresh_to_self");
    const english = `<html lang="en"><head><title>Profile</title></head><body><p>${"Live chat every night. ".repeat(10)}</p></body></html>`;
    expect(decide(english, { handle: "ひまり" })).toBe("language_variant");
    expect(decide(english, { handle: "aki" })).toBe("handle_missing");
  });

  it("a rule that sees neither side, or both, never lets the baseline say gone", () => {
    const twoSided = parseSiteRule({ presentStrings: ["zzz"], absentStrings: ["yyy"] });
    expect(decide(normal(""), { rule: twoSided })).toBe("rule_no_match");
    expect(decide(normal(""), { rule: twoSided, status: 404 })).toBe("rule_no_match");
    const conflict = parseSiteRule({ presentStrings: ["Normal page"], absentStrings: ["普通のページ"] });
    expect(decide(normal(""), { rule: conflict })).toBe("rule_conflict");
    // A one-sided rule leaves the baseline alone.
    expect(decide(normal(""), { rule: parseSiteRule({ presentStrings: ["zzz"] }) })).toBe("handle_missing");
  });

  it("a meta refresh is reported for the caller to follow", () => {
    const d = decidePage({
      status: 200,
      headers: {},
      requestedUrl: URL_,
      finalUrl: URL_,
      html: '<meta http-equiv="refresh" content="0;url=/">',
      handle: "aki",
    });
    expect(d.refreshTo).toBe("https://s.example/");
    expect(d.verdict).not.toBe("gone");
    // A forwarding page that names her in its markup is judged itself, not followed.
    const named = decidePage({
      status: 200,
      headers: {},
      requestedUrl: URL_,
      finalUrl: URL_,
      html: '<meta property="og:title" content="aki"><meta http-equiv="refresh" content="0;url=/">',
      handle: "aki",
    });
    expect(named.refreshTo).toBeNull();
    expect(named.verdict).not.toBe("gone");
  });
});

describe("where a handle hides", () => {
  it("split by inline tags or invisible characters", () => {
    expect(findHandleInCompactText("<p><span>ak</span><b>i</b></p>", "aki")).toBe(true);
    expect(findHandleInCompactText("<p>a\u200bki and a&shy;ki</p>", "aki")).toBe(true);
    expect(findHandleInCompactText("<p>akira</p>", "aki")).toBe(false);
    expect(findHandleInCompactText("<p>ヒマリ です</p>", "ひまり")).toBe(true);
    expect(findHandleInCompactText("<p>ｈｉｍａｒｉ</p>", "ヒマリ")).toBe(false); // romaji is out of scope
  });
  it("in markup: entities, \\u escapes, percent-encoding", () => {
    expect(findHandleInMarkup('<div data-n="&#12402;&#12414;&#12426;">', "ひまり", "ひまり")).toBe(true);
    expect(findHandleInMarkup('<script>{"name":"\\u3072\\u307e\\u308a"}</script>', "ひまり", "ひまり")).toBe(true);
    expect(findHandleInMarkup('<a href="/p/%E3%81%B2%E3%81%BE%E3%82%8A">', "ひまり", "ひまり")).toBe(true);
    expect(findHandleInMarkup('<a href="/p/akira">', "aki", "aki")).toBe(false);
  });
  it("in metadata, but not in a URL it echoes", () => {
    expect(findHandleInMetadata('<meta property="og:title" content="aki">', "aki", "aki")).toBe(true);
    expect(findHandleInMetadata('<meta property="og:url" content="https://s.example/profile/aki">', "aki", "aki")).toBe(false);
  });
});

describe("isLoginLanding", () => {
  it.each([
    ["https://s.example/login", true],
    ["https://s.example/account/signin.php", true],
    ["https://s.example/?next=%2Fprofile%2Faki", true],
    ["https://s.example/", false],
    ["https://s.example/search?q=aki", false],
  ])("%s: %s", (to, expected) => {
    expect(isLoginLanding(URL_, to)).toBe(expected);
  });
});

describe("isDoubtfulDecoding", () => {
  const jp = "<p>ひまりのプロフィール</p>";
  it("trusts a right decoding and doubts a wrong one", () => {
    expect(isDoubtfulDecoding(Buffer.from(jp), "utf-8", jp, false)).toBe(false);
    expect(isDoubtfulDecoding(iconv.encode(jp, "Shift_JIS"), "cp932", jp, false)).toBe(false);
    expect(isDoubtfulDecoding(Buffer.from(jp), "cp932", iconv.decode(Buffer.from(jp), "cp932"), false)).toBe(true);
    expect(isDoubtfulDecoding(Buffer.from("a\u0000k\u0000"), "utf-8", "a\u0000k\u0000", true)).toBe(true);
    const iso2022 = "\u001b$B$R$^$j\u001b(B"; // ひまり in ISO-2022-JP: all ASCII bytes
    expect(isDoubtfulDecoding(Buffer.from(iso2022), "utf-8", iso2022, false)).toBe(true);
    expect(isDoubtfulDecoding(Buffer.from([0xe9]), "windows-1252", "é", false)).toBe(true);
    expect(isDoubtfulDecoding(Buffer.from([0xe9]), "windows-1252", "é", true)).toBe(false);
  });
});

describe("the gone reasons", () => {
  it("every reason that means gone goes through the guard (the README table lists the same set)", async () => {
    const { REASON_CODES, REASON_VERDICT } = await import("./reasons");
    const gone = REASON_CODES.filter((code) => REASON_VERDICT[code] === "gone").sort();
    expect(gone).toEqual(["absence_marker", "handle_missing", "http_404", "http_410", "meta_refresh_off_profile", "redirect_off_profile"]);
    const { readFileSync } = await import("node:fs");
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    for (const code of gone) expect(readme, code).toMatch(new RegExp(`^\\| [^|]*\`${code}\``, "m"));
  });
});
