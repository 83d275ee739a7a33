/**
 * The last word before any "gone": every path that would end in gone passes through guardGone, which turns
 * it into a non-gone reason whenever the signal could also come from a page she is still on (a moved
 * profile, a cut or broken body, a wrong charset, a login wall, a private/offline notice, a language variant,
 * an untested rule). A false "could not confirm" is acceptable; a false "gone" never is.
 * The README's checker section lists each gone path with its signal; keep the two in step.
 */
import type { ReasonCode } from "./reasons";
import { ruleSides, type RuleOutcome } from "./rule";
import { isDoubtfulDecoding } from "./decode";
import { findHandleInMarkup, findHandleInMetadata, findHandleInText, isJapaneseHandle, japaneseShare } from "./handle-search";
import { JS_SHELL_MAX_TEXT } from "./markers";
import { PASSWORD_INPUT, findInterstitialMarker, findLoginWallMarker, findPrivateMarker, findTemporaryErrorMarker } from "./notice-markers";
import { isLoginLanding, urlKey } from "./redirect-judge";
import type { PageInput } from "./page-input";

/**
 * Every reason that means gone, with the explicit signal it relies on (verdict.ts decides the signal; the
 * guard below rules out the pages she could still be on):
 * - http_404, http_410: the final response says 404 / 410;
 * - redirect_off_profile: an HTTP redirect ends on a URL that is not her profile;
 * - meta_refresh_off_profile: the same through a Refresh header, a meta refresh or a trivial location script;
 * - absence_marker: a tested site rule's absent code and string agree;
 * - handle_missing: a 200 HTML page on her profile URL from which the handle has vanished everywhere.
 */
export type GoneReason = "http_404" | "http_410" | "redirect_off_profile" | "meta_refresh_off_profile" | "absence_marker" | "handle_missing";

/** What verdict.ts has worked out about the page so far. */
export interface PageFacts {
  input: PageInput;
  text: string;
  normText: string;
  normTitle: string;
  /** The normalised handle, or null when none was given. */
  handle: string | null;
  /** In the visible text or title (also once inline tags no longer split it). */
  handleFound: boolean | null;
  outcome: RuleOutcome;
  /** NFKC + case-folded HTML, computed on first use. */
  normHtml: { get(): string };
  /** The page reloads itself (meta refresh to its own URL, or without a URL). */
  selfRefresh: boolean;
}

const SHOWS_HANDLE: Record<GoneReason, ReasonCode> = {
  http_404: "not_found_shows_handle",
  http_410: "not_found_shows_handle",
  redirect_off_profile: "redirect_shows_handle",
  meta_refresh_off_profile: "redirect_shows_handle",
  absence_marker: "absence_marker_shows_handle",
  handle_missing: "handle_in_markup_only",
};

/**
 * Notice pages (login, consent, region, maintenance) are short; the same words in a long page are banners,
 * news items or footers ("メンテナンスのお知らせ" on a top page), not a page in front of the profile.
 */
const NOTICE_PAGE_MAX_TEXT = 2_000;

/** Below this share of Japanese characters a page is not in Japanese (a language switcher may add a few). */
const JAPANESE_PAGE_MIN_SHARE = 0.05;

function isRedirect(candidate: GoneReason): boolean {
  return candidate === "redirect_off_profile" || candidate === "meta_refresh_off_profile";
}

function header(input: PageInput, name: string): string {
  const v = input.headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? "";
}

/**
 * Does the page show her? Her handle in the text or title; on a landing page anywhere in the markup too (a
 * moved profile named in og:title), as is the profile URL's last segment (a moved profile shows it, also when
 * no handle was given); on a 404 or an absence-marker page in what the page says about itself (meta content,
 * JSON-LD).
 */
function showsHandle(candidate: GoneReason, facts: PageFacts): boolean {
  if (candidate === "handle_missing") return false; // it already found her nowhere, markup included
  const { handle, input } = facts;
  const probes: Array<[string, string]> = [];
  if (handle && input.handle) {
    if (facts.handleFound) return true;
    probes.push([handle, input.handle]);
  }
  // Not on a 404: a URL segment like "404" or an id is too often echoed by an error page itself.
  const key = isRedirect(candidate) ? urlKey(input.requestedUrl) : null;
  if (key && key !== handle) {
    if (findHandleInText(input.html, facts.normText, facts.normTitle, key)) return true;
    probes.push([key, key]);
  }
  const inMarkup = isRedirect(candidate) ? findHandleInMarkup : findHandleInMetadata;
  return probes.some(([norm, raw]) => inMarkup(input.html, norm, raw));
}

/**
 * A login page, or her page hidden from logged-out visitors. A password field counts only on a short page
 * (a header login box is not a wall); "log in to see" wording counts anywhere on her own URL, but only on a
 * short landing page (a top page's "会員登録して…" banner is not a wall).
 */
function isLoginWall(candidate: GoneReason, facts: PageFacts): boolean {
  const { input } = facts;
  const short = facts.text.length < NOTICE_PAGE_MAX_TEXT;
  if (isRedirect(candidate) && isLoginLanding(input.requestedUrl, input.finalUrl)) return true;
  if (short && PASSWORD_INPUT.test(input.html)) return true;
  return (short || !isRedirect(candidate)) && findLoginWallMarker(`${facts.normTitle} ${facts.normText}`) !== null;
}

function isPage(contentType: string): boolean {
  return contentType === "" || /^\s*(text\/(html|plain)|application\/xhtml\+xml)\b/i.test(contentType);
}

function isOtherLanguage(facts: PageFacts): boolean {
  const lang = /<html\b[^>]*\blang\s*=\s*["']?([a-z]{2,3})/i.exec(facts.input.html)?.[1]?.toLowerCase();
  if (lang && lang !== "ja") return true;
  const contentLanguage = header(facts.input, "content-language").trim().toLowerCase();
  if (contentLanguage && !contentLanguage.startsWith("ja")) return true;
  return japaneseShare(`${facts.normTitle} ${facts.text}`) < JAPANESE_PAGE_MIN_SHARE;
}

function isDoubtful(facts: PageFacts): boolean {
  const { input, handle } = facts;
  if (!input.bytes || !input.charset) return false;
  return isDoubtfulDecoding(input.bytes, input.charset, input.html, !handle || /^[\x00-\x7f]*$/.test(handle));
}

export function guardGone(candidate: GoneReason, facts: PageFacts): ReasonCode {
  const { input, outcome } = facts;
  const { rule, status } = input;
  const pageText = `${facts.normTitle} ${facts.normText}`;

  // The rule: untested, contradicted or not recognising the page.
  if (candidate === "absence_marker" && !input.ruleTested) return "rule_untested";
  if (candidate !== "absence_marker" && rule) {
    if (outcome.kind === "conflict") return "rule_conflict";
    const sides = ruleSides(rule);
    if (outcome.kind === "neither" && sides.present && sides.absent) return "rule_no_match";
  }
  // Her handle is on the page after all.
  if (showsHandle(candidate, facts)) return SHOWS_HANDLE[candidate];
  // The body: only a complete, reliably decoded body can show that something is not in it.
  if (input.bodyState === "truncated") return "truncated_body";
  if (input.bodyState === "partial") return "partial_read";
  if (input.bodyState === "undecodable" || isDoubtful(facts)) return "undecodable_body";
  // A page rendered by JavaScript (an app shell answering 404 for a route it renders itself).
  if (!isRedirect(candidate) && facts.text.length < JS_SHELL_MAX_TEXT && /<script\b/i.test(input.html)) return "js_shell";
  // Variants of a page she is still on.
  if (isLoginWall(candidate, facts)) return "login_wall";
  const short = facts.text.length < NOTICE_PAGE_MAX_TEXT;
  if (short && findInterstitialMarker(pageText)) return "interstitial_page";
  if (!isRedirect(candidate) && findPrivateMarker(pageText)) return "private_or_offline";
  const temporary = status >= 200 && status < 300 && (short || !isRedirect(candidate)) && findTemporaryErrorMarker(pageText);
  if (temporary) return "temporary_error_page";
  if (candidate === "handle_missing") {
    if (status !== 200) return "unexpected_status";
    if (!isPage(header(input, "content-type"))) return "not_a_page";
    if (facts.selfRefresh) return "refresh_to_self";
    if (facts.handle && isJapaneseHandle(facts.handle) && isOtherLanguage(facts)) return "language_variant";
  }
  return candidate;
}
