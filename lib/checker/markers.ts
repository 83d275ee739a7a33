/** Global markers (matched on NFKC + lower-cased HTML): WAF / challenge pages and age gates. */
import { firstAsciiMarkerCaseless, firstMarker } from './normalise';

/** Strong markers: the page IS a challenge / block page, whatever else it contains. */
export const CHALLENGE_MARKERS: readonly string[] = [
  '<title>just a moment',
  'cf-chl-',
  'cf_chl_',
  'challenges.cloudflare.com',
  '/cdn-cgi/challenge-platform',
  'cf-browser-verification',
  'attention required! | cloudflare',
  'checking your browser before accessing',
  'ddos-guard',
  'ddos_guard',
  '_incapsula_resource',
  'incapsula incident id',
  'request unsuccessful. incapsula',
  'pardon our interruption',
  'captcha-delivery.com', // DataDome
  'px-captcha', // PerimeterX / HUMAN
  '_pxcaptcha',
  'sucuri website firewall',
  'access denied - sucuri',
  'aws-waf-token',
  'awswafintegration',
  '<title>access denied</title>',
];

/** Weak markers: a captcha widget. Counts as a challenge only when the expected content is absent. */
export const CAPTCHA_MARKERS: readonly string[] = [
  'g-recaptcha',
  'google.com/recaptcha',
  'recaptcha/api.js',
  'hcaptcha.com',
  'h-captcha',
  'cf-turnstile',
  'captcha',
];

/** Age-gate markers (Japanese and English). Only consulted when the expected content is absent. */
export const AGE_GATE_MARKERS: readonly string[] = [
  '年齢確認',
  '年齢認証',
  '18歳以上ですか',
  'あなたは18歳以上',
  '18歳未満の方は',
  'age verification',
  'age check',
  'verify your age',
  'confirm your age',
  'are you 18',
  'are you over 18',
  'i am 18 or older',
  'i am over 18',
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
  const mitigated = headers['cf-mitigated'];
  if (mitigated && String(mitigated).toLowerCase().includes('challenge')) return true;
  return false;
}

/** Fewer visible characters than this (with scripts present) is a JavaScript shell. */
export const JS_SHELL_MAX_TEXT = 120;
/** Fewer visible characters than this (no scripts) is an empty page. */
export const EMPTY_PAGE_MAX_TEXT = 20;

/*
 * Page wording that a page she is still on can show instead of her handle. Matched on the NFKC + lower-cased
 * visible text, and only on the way to a gone verdict, where a false match merely costs a "could not confirm".
 */

/** A logged-out variant: the profile exists but is shown to members only. */
export const LOGIN_WALL_MARKERS: readonly string[] = [
  'ログインして',
  'ログインすると',
  'ログインが必要',
  'ログインしてください',
  '会員登録して',
  '会員登録すると',
  '会員限定',
  '会員のみ',
  'log in to see',
  'log in to view',
  'login to see',
  'login to view',
  'sign in to see',
  'sign in to view',
  'sign up to see',
  'members only',
  'please log in',
  'please sign in',
  'must be logged in',
  'login required',
];

/** A password field: the page is (or carries) a login form. Matched on the raw HTML. */
export const PASSWORD_INPUT = /<input\b[^>]*\btype\s*=\s*["']?password\b/i;

/** Private, offline or paused: the profile still exists (and may be shown to members or come back). */
export const PRIVATE_OR_OFFLINE_MARKERS: readonly string[] = [
  '非公開',
  'オフライン',
  '休止中',
  '一時停止',
  '表示できません',
  'private',
  'offline',
  'cannot be displayed',
  'paused',
  'suspended',
  'on a break',
];

/** A site answering 200 with an error or maintenance notice instead of the page. */
export const TEMPORARY_ERROR_MARKERS: readonly string[] = [
  'メンテナンス',
  '一時的に',
  'しばらくしてから',
  'しばらくお待ち',
  'エラーが発生',
  'アクセスが集中',
  'maintenance',
  'temporarily',
  'try again later',
  'an error occurred',
  'something went wrong',
  'too many requests',
  'service unavailable',
];

/** A notice in front of the profile: cookie consent or a region restriction. Only on short pages. */
export const INTERSTITIAL_MARKERS: readonly string[] = [
  'クッキーの使用',
  'cookieの使用',
  'クッキーに同意',
  'cookieに同意',
  'お住まいの地域',
  'この地域では',
  'we use cookies',
  'accept cookies',
  'accept all cookies',
  'cookie consent',
  'not available in your country',
  'not available in your region',
  'not available in your location',
];

export function findInterstitialMarker(normText: string): string | null {
  return firstMarker(normText, INTERSTITIAL_MARKERS);
}

export function findLoginWallMarker(normText: string): string | null {
  return firstMarker(normText, LOGIN_WALL_MARKERS);
}

export function findPrivateMarker(normText: string): string | null {
  return firstMarker(normText, PRIVATE_OR_OFFLINE_MARKERS);
}

export function findTemporaryErrorMarker(normText: string): string | null {
  return firstMarker(normText, TEMPORARY_ERROR_MARKERS);
}
