/** Where did a redirect land: still on the profile, or off it (top page, login, search)? */
import { profilePattern, type SiteRule } from "./rule";
import { normaliseForMatch, normaliseHandle } from "./normalise";

function pathSegments(url: URL): string[] {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep raw */
  }
  return normaliseForMatch(path)
    .split("/")
    .filter((s) => s.length > 0);
}

function siteOf(host: string): string {
  return host
    .toLowerCase()
    .replace(/^www\./, "")
    .replace(/\.$/, "");
}

/**
 * True when the final URL is off the profile. With a rule's profileUrlPattern the final URL must match it;
 * without one, the final path must still look like the original profile path: same site, not the top page,
 * and still containing the original last path segment (or the handle).
 */
export function isOffProfile(originalUrl: string, finalUrl: string, rule?: SiteRule, handle?: string): boolean {
  if (originalUrl === finalUrl) return false;
  const pattern = rule ? profilePattern(rule, handle) : null;
  if (pattern) return !pattern.test(finalUrl);
  let from: URL;
  let to: URL;
  try {
    from = new URL(originalUrl);
    to = new URL(finalUrl);
  } catch {
    return false;
  }
  const fromSegs = pathSegments(from);
  const toSegs = pathSegments(to);
  if (fromSegs.length === 0) return false; // the original was a top page itself: nothing to judge
  if (toSegs.length === 0) return true; // landed on a top page
  const fromSite = siteOf(from.hostname);
  const toSite = siteOf(to.hostname);
  if (fromSite !== toSite && !toSite.endsWith(`.${fromSite}`) && !fromSite.endsWith(`.${toSite}`)) return true;
  const key = fromSegs[fromSegs.length - 1];
  const wanted = new Set([key]);
  if (handle) wanted.add(normaliseForMatch(handle.trim().replace(/^@/, "")));
  return !toSegs.some((s) => wanted.has(s));
}

/** Path segments of sign-in and sign-up pages (a ".php"/".html" ending is ignored). */
const LOGIN_SEGMENTS = new Set([
  "login",
  "log-in",
  "log_in",
  "logon",
  "signin",
  "sign-in",
  "sign_in",
  "auth",
  "session",
  "sessions",
  "sso",
  "oauth",
  "authorize",
  "register",
  "signup",
  "sign-up",
  "sign_up",
  "join",
  "account",
  "accounts",
  "member",
  "members",
]);

/**
 * Did a redirect land on a sign-in page, or on a page that means to send the visitor back to the profile
 * (?next=/profile/aki)? Either is a logged-out variant of a profile that may well exist, not proof it is gone.
 */
export function isLoginLanding(originalUrl: string, finalUrl: string): boolean {
  let from: URL;
  let to: URL;
  try {
    from = new URL(originalUrl);
    to = new URL(finalUrl);
  } catch {
    return false;
  }
  if (pathSegments(to).some((s) => LOGIN_SEGMENTS.has(s.replace(/\.(php|html?|aspx?|jsp)$/, "")))) return true;
  const path = from.pathname.length > 1 ? normaliseForMatch(safeDecode(from.pathname)).replace(/\/$/, "") : "";
  if (!path) return false;
  for (const value of to.searchParams.values()) {
    const v = normaliseForMatch(value);
    if (v.includes(path)) return true;
  }
  return false;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The last path segment of the URL asked for: what a moved profile shows when no handle was given. */
export function urlKey(requestedUrl: string): string | null {
  try {
    const last = new URL(requestedUrl).pathname.split("/").filter(Boolean).pop();
    if (!last) return null;
    let decoded = last;
    try {
      decoded = decodeURIComponent(last);
    } catch {
      /* keep raw */
    }
    return normaliseHandle(decoded) || null;
  } catch {
    return null;
  }
}
