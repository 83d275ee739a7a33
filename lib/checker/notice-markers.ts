/**
 * Page wording that a page she is still on can show instead of her handle (gone-guard.ts). Matched on the NFKC +
 * lower-cased visible text, and only on the way to a gone verdict. A miss could let a false "gone" through, a
 * false match turns a true "gone" into "could not confirm": so phrases that are about this page, not the bare
 * words ("ログイン", "private", "メンテナンス") that fill banners, menus and news lists on every page.
 */
import { firstMarker } from "./normalise";

/**
 * A logged-out variant: the profile exists but is shown to members only. Only wording that ties signing in to
 * seeing the page: plain "ログインして…" / "会員登録して…" also fills promotional banners on every page.
 */
export const LOGIN_WALL_MARKERS: readonly string[] = [
  "ログインして見る",
  "ログインしてご覧",
  "ログインしてプロフィール",
  "ログインすると見",
  "ログインするとご覧",
  "ログインするとプロフィール",
  "ログイン後に表示",
  "ログイン後にご覧",
  "ログイン後に閲覧",
  "ログインが必要",
  "ログインしてください",
  "会員限定",
  "会員のみ",
  "会員の方だけ",
  "会員の方のみ",
  "log in to see",
  "log in to view",
  "login to see",
  "login to view",
  "sign in to see",
  "sign in to view",
  "sign up to see",
  "members only",
  "please log in",
  "please sign in",
  "must be logged in",
  "login required",
];

/** A password field: the page is (or carries) a login form. Matched on the raw HTML. */
export const PASSWORD_INPUT = /<input\b[^>]*\btype\s*=\s*["']?password\b/i;

/**
 * Private, offline or paused: the profile still exists (and may be shown to members or come back). Phrases,
 * not bare "private" / "オフライン": cam sites print "Private show" and lists of offline performers everywhere.
 */
export const PRIVATE_OR_OFFLINE_MARKERS: readonly string[] = [
  "非公開",
  "オフラインです",
  "現在オフライン",
  "オフライン中",
  "休止中",
  "一時停止",
  "表示できません",
  "is private",
  "private profile",
  "is offline",
  "currently offline",
  "offline now",
  "is paused",
  "suspended",
  "on a break",
  "cannot be displayed",
];

/** A site answering 200 with an error or maintenance notice instead of the page (not a news item about one). */
export const TEMPORARY_ERROR_MARKERS: readonly string[] = [
  "メンテナンス中",
  "メンテナンスを行って",
  "ただいまメンテナンス",
  "一時的にご利用",
  "一時的に利用",
  "一時的にアクセス",
  "しばらくしてから",
  "しばらくお待ち",
  "エラーが発生",
  "アクセスが集中",
  "under maintenance",
  "down for maintenance",
  "temporarily unavailable",
  "try again later",
  "an error occurred",
  "something went wrong",
  "too many requests",
  "service unavailable",
];

/** A notice in front of the profile: cookie consent or a region restriction. Only on short pages. */
export const INTERSTITIAL_MARKERS: readonly string[] = [
  "クッキーの使用",
  "cookieの使用",
  "クッキーに同意",
  "cookieに同意",
  "お住まいの地域",
  "この地域では",
  "we use cookies",
  "accept cookies",
  "accept all cookies",
  "cookie consent",
  "not available in your country",
  "not available in your region",
  "not available in your location",
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
