/** Global markers (matched on NFKC + lower-cased HTML): WAF / challenge pages and age gates. */
import { firstAsciiMarkerCaseless, firstMarker } from "./normalise";

/** Strong markers: the page IS a challenge / block page, whatever else it contains. */
export const CHALLENGE_MARKERS: readonly string[] = [
  "<title>just a moment",
  "cf-chl-",
  "cf_chl_",
  "challenges.cloudflare.com",
  "/cdn-cgi/challenge-platform",
  "cf-browser-verification",
  "attention required! | cloudflare",
  "checking your browser before accessing",
  "ddos-guard",
  "ddos_guard",
  "_incapsula_resource",
  "incapsula incident id",
  "request unsuccessful. incapsula",
  "pardon our interruption",
  "captcha-delivery.com", // DataDome
  "px-captcha", // PerimeterX / HUMAN
  "_pxcaptcha",
  "sucuri website firewall",
  "access denied - sucuri",
  "aws-waf-token",
  "awswafintegration",
  "<title>access denied</title>",
];

/** Weak markers: a captcha widget. Counts as a challenge only when the expected content is absent. */
export const CAPTCHA_MARKERS: readonly string[] = [
  "g-recaptcha",
  "google.com/recaptcha",
  "recaptcha/api.js",
  "hcaptcha.com",
  "h-captcha",
  "cf-turnstile",
  "captcha",
];

/** Age-gate markers (Japanese and English). Only consulted when the expected content is absent. */
export const AGE_GATE_MARKERS: readonly string[] = [
  "年齢確認",
  "年齢認証",
  "18歳以上ですか",
  "あなたは18歳以上",
  "18歳未満の方は",
  "age verification",
  "age check",
  "verify your age",
  "confirm your age",
  "are you 18",
  "are you over 18",
  "i am 18 or older",
  "i am over 18",
];

/** Strong WAF markers are ASCII: a case-insensitive match on the raw page is enough. */
export function findChallengeMarker(html: string): string | null {
  return firstAsciiMarkerCaseless(html, CHALLENGE_MARKERS);
}

export function findCaptchaMarker(normHtml: string): string | null {
  return firstMarker(normHtml, CAPTCHA_MARKERS);
}

export function findAgeGateMarker(normHtml: string): string | null {
  return firstMarker(normHtml, AGE_GATE_MARKERS);
}

/** Response headers that announce a challenge. */
export function challengeHeader(headers: Record<string, string | string[] | undefined>): boolean {
  const mitigated = headers["cf-mitigated"];
  if (mitigated && String(mitigated).toLowerCase().includes("challenge")) return true;
  return false;
}

/** Fewer visible characters than this (with scripts present) is a JavaScript shell. */
export const JS_SHELL_MAX_TEXT = 120;
/** Fewer visible characters than this (no scripts) is an empty page. */
export const EMPTY_PAGE_MAX_TEXT = 20;
