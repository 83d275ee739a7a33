/**
 * A 200 page that only forwards the browser (a Refresh header, <meta http-equiv="refresh"> or a trivial
 * location.href script) is a redirect, not a page: run-check follows it and judges where it lands, like an
 * HTTP redirect.
 */
import { decodeEntities } from "./html";
import { JS_SHELL_MAX_TEXT } from "./markers";

/** raw: the target as written in the page (so a caller can tell it apart from other mentions). */
export type Refresh = { kind: "to"; url: string; raw: string } | { kind: "self" } | null;

const META_REFRESH = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?\s*refresh\b[^>]*>/gi;
const CONTENT_ATTR = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
/** "5; url='/x'", "0;URL=/x", "0, /x", "3" (reload). */
const REFRESH_VALUE = /^\s*(\d+(?:\.\d*)?)?\s*[;,]?\s*(?:url\s*=\s*)?(.*)$/i;
/** A refresh sooner than this replaces the page; later ones are periodic refreshes (Cloudflare: 390). */
const QUICK_REFRESH_MAX_SECONDS = 10;

const SCRIPT_LOCATION = [
  /(?:(?:window|document|self|top)\s*\.\s*)?location(?:\s*\.\s*href)?\s*=\s*(["'`])([^"'`\s]+)\1/,
  /location\s*\.\s*(?:replace|assign)\(\s*(["'`])([^"'`\s]+)\1\s*\)/,
];

function unquote(text: string): string {
  return text
    .trim()
    .replace(/^["']|["']$/g, "")
    .trim();
}

function resolve(target: string, pageUrl: string): Refresh {
  let url: URL;
  let page: URL;
  try {
    url = new URL(decodeEntities(target), pageUrl);
    page = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  page.hash = "";
  return url.href === page.href ? { kind: "self" } : { kind: "to", url: url.href, raw: target };
}

/**
 * One refresh value ("0;url=/x"): a target, a quick self-reload, or nothing. A slow refresh is not a redirect
 * unless the page has nothing else to show: a content page that returns to the top page after ten minutes is
 * still the content page.
 */
function refreshValue(value: string, pageUrl: string, trivialPage: boolean): Refresh {
  const m = REFRESH_VALUE.exec(decodeEntities(value));
  if (!m) return null;
  const quick = Number(m[1] ?? "0") <= QUICK_REFRESH_MAX_SECONDS;
  const target = unquote(m[2] ?? "");
  if (target) return quick || trivialPage ? resolve(target, pageUrl) : null;
  return quick ? { kind: "self" } : null;
}

function metaRefresh(html: string, pageUrl: string, trivialPage: boolean): Refresh {
  for (const tag of html.match(META_REFRESH) ?? []) {
    const attr = CONTENT_ATTR.exec(tag);
    const found = refreshValue(attr ? (attr[1] ?? attr[2] ?? attr[3] ?? "") : "", pageUrl, trivialPage);
    if (found) return found;
  }
  return null;
}

/** Scripts may only count on a near-empty page: normal pages assign location in click handlers. */
function scriptRedirect(html: string, trivialPage: boolean, pageUrl: string): Refresh {
  if (!trivialPage || !/<script\b/i.test(html)) return null;
  for (const re of SCRIPT_LOCATION) {
    const m = re.exec(html);
    if (m) return resolve(m[2], pageUrl);
  }
  return null;
}

/** Where the page forwards to ("Refresh" header, meta refresh, script), 'self' when it only reloads itself, or null. */
export function findRefresh(html: string, textLength: number, pageUrl: string, refreshHeader?: string): Refresh {
  const trivialPage = textLength < JS_SHELL_MAX_TEXT;
  const fromHeader = refreshHeader ? refreshValue(refreshHeader, pageUrl, trivialPage) : null;
  if (fromHeader) return fromHeader;
  if (!/refresh|location/i.test(html)) return null;
  return metaRefresh(html, pageUrl, trivialPage) ?? scriptRedirect(html, trivialPage, pageUrl);
}
