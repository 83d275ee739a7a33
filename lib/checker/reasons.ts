/** Verdicts and machine reason codes. The UI translates reason codes. */

export const VERDICTS = ["visible", "gone", "blocked", "error"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const REASON_CODES = [
  // visible
  "presence_marker", // a site rule's present code + string agreed
  "handle_found", // baseline: the handle appears in the page text
  "status_ok", // baseline without handle or rule: normal 2xx page on the profile URL
  // gone (explicit signals only; each is listed with its signal in the README's checker section)
  "http_404", // a complete 404 page that does not show the handle
  "http_410", // a complete 410 page that does not show the handle
  "redirect_off_profile", // an HTTP redirect to a readable page off the profile (top page, search) without the handle
  "meta_refresh_off_profile", // the same, reached through a <meta http-equiv="refresh"> or a trivial location.href page
  "absence_marker", // a tested site rule's absent code + string agreed, and the page does not show the handle
  "handle_missing", // a complete, readable 200 HTML page on the profile URL with no trace of the handle
  // blocked (never counts as gone)
  "challenge_page", // Cloudflare / DDoS-Guard / Imperva / captcha / WAF page
  "age_gate",
  "http_401",
  "http_403",
  "http_429",
  "http_4xx", // another 4xx status (400, 405, 451, ...)
  "unexpected_status", // 1xx/3xx without Location, or anything else unusual
  "js_shell", // near-empty page text with scripts: rendered by JavaScript
  "no_expected_content", // none of the expected content (rule markers or handle)
  "rule_conflict", // both present and absent markers of a rule matched
  // blocked: a gone signal that a page she is still on can also produce ("could not confirm")
  "redirect_shows_handle", // redirected off the profile, but the landing page shows the handle (a moved profile)
  "not_found_shows_handle", // 404/410, but the page shows the handle
  "absence_marker_shows_handle", // the rule's absence marker matched, but the page shows the handle
  "rule_untested", // the rule's absence marker matched, but the rule has no passing recorded examples
  "rule_no_match", // a two-sided rule matched neither side: a page variant the rule does not know
  "truncated_body", // the body was cut at the size cap before the handle was seen
  "undecodable_body", // compression or charset could not be decoded reliably
  "login_wall", // a login page or "log in to see" variant, or a redirect to one
  "interstitial_page", // a cookie-consent or region notice in front of the profile
  "private_or_offline", // the page says private, offline or paused: not the same as deleted
  "language_variant", // a page in another language than the (Japanese) handle
  "handle_in_markup_only", // the handle is only in markup (og:title, JSON-LD, attributes), not in the text
  "refresh_to_self", // the page reloads itself (meta refresh): a transient page
  "not_a_page", // the answer is not an HTML or text page (image, file, JSON...)
  // error (never counts as gone)
  "http_5xx",
  "timeout",
  "dns",
  "tls",
  "connection",
  "too_many_redirects",
  "partial_read", // the connection broke mid-body before the handle was seen
  "temporary_error_page", // a 200 page saying maintenance, an error, or try again later
  "address_refused", // target resolves to a non-public address
  "bad_url", // not an absolute http(s) URL
  "bad_rule", // the site rule failed validation
  "unknown_error",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Which verdict each reason code belongs to. */
export const REASON_VERDICT: Record<ReasonCode, Verdict> = {
  presence_marker: "visible",
  handle_found: "visible",
  status_ok: "visible",
  http_404: "gone",
  http_410: "gone",
  redirect_off_profile: "gone",
  absence_marker: "gone",
  meta_refresh_off_profile: "gone",
  handle_missing: "gone",
  challenge_page: "blocked",
  age_gate: "blocked",
  http_401: "blocked",
  http_403: "blocked",
  http_429: "blocked",
  http_4xx: "blocked",
  unexpected_status: "blocked",
  js_shell: "blocked",
  no_expected_content: "blocked",
  rule_conflict: "blocked",
  redirect_shows_handle: "blocked",
  not_found_shows_handle: "blocked",
  absence_marker_shows_handle: "blocked",
  rule_untested: "blocked",
  rule_no_match: "blocked",
  truncated_body: "blocked",
  undecodable_body: "blocked",
  login_wall: "blocked",
  interstitial_page: "blocked",
  private_or_offline: "blocked",
  language_variant: "blocked",
  handle_in_markup_only: "blocked",
  refresh_to_self: "blocked",
  not_a_page: "blocked",
  http_5xx: "error",
  timeout: "error",
  dns: "error",
  tls: "error",
  connection: "error",
  too_many_redirects: "error",
  partial_read: "error",
  temporary_error_page: "error",
  address_refused: "error",
  bad_url: "error",
  bad_rule: "error",
  unknown_error: "error",
};

export function isReasonCode(value: string): value is ReasonCode {
  return (REASON_CODES as readonly string[]).includes(value);
}
