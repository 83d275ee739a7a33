/** Where did a redirect land: still on the profile, or off it (top page, login, search)? */
import { profilePattern, type SiteRule } from './rule';
import { normaliseForMatch } from './normalise';

function pathSegments(url: URL): string[] {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep raw */
  }
  return normaliseForMatch(path)
    .split('/')
    .filter((s) => s.length > 0);
}

function siteOf(host: string): string {
  return host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
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
  if (handle) wanted.add(normaliseForMatch(handle.trim().replace(/^@/, '')));
  return !toSegs.some((s) => wanted.has(s));
}
