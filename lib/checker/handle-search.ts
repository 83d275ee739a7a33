/**
 * Where a handle can hide on a page besides its plain visible text. Absence may only be claimed when the
 * handle is in none of these places, so each one is a way a page she is still on would otherwise look empty:
 * - split by inline tags or invisible characters (an A/B layout: <span>aki</span><wbr>_24, a&#8203;ki), or
 *   written in the other kana (ヒマリ for ひまり);
 * - in markup only: og:title, JSON-LD, data attributes, links (entity-escaped, \u-escaped or percent-encoded).
 */
import { decodeEntities, extractText } from "./html";
import { findHandle, normaliseForMatch } from "./normalise";

/** Inline elements that do not separate words when rendered. */
const INLINE_TAGS = /<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|small|span|strong|sub|sup|time|u|var|wbr)\b[^>]*>/gi;
/** Soft hyphen, zero-width and direction marks, word joiners, BOM: invisible, so they can split a name. */
const INVISIBLE = /[\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g;

function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/** Named entities for invisible characters (decodeEntities knows only the common visible ones). */
const INVISIBLE_ENTITIES = /&(?:shy|zwnj|zwj|lrm|rlm|ZeroWidthSpace|NoBreak|NegativeThinSpace);/gi;

/** Katakana to hiragana (ヒマリ → ひまり): the same name in the other kana (romaji is out of scope). */
function foldKana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/**
 * The handle in the visible text once inline tags and invisible characters no longer split it, and with
 * katakana and hiragana read alike.
 */
export function findHandleInCompactText(html: string, normHandle: string): boolean {
  const bare = html.replace(INLINE_TAGS, "").replace(INVISIBLE_ENTITIES, "");
  const compact = foldKana(normaliseForMatch(stripInvisible(extractText(bare).text)));
  return findHandle(compact, foldKana(stripInvisible(normHandle))) >= 0;
}

/** In the visible text, the title, or once inline tags no longer split it. */
export function findHandleInText(html: string, normText: string, normTitle: string, normHandle: string): boolean {
  return findHandle(normText, normHandle) >= 0 || findHandle(normTitle, normHandle) >= 0 || findHandleInCompactText(html, normHandle);
}

const META_CONTENT = /<meta\b[^>]*\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>/gi;
const JSON_LD = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * The handle in what the page says about itself: <meta content> (og:title, description) and JSON-LD. Unlike
 * links and scripts, these describe the page's subject rather than echo the URL asked for.
 */
export function findHandleInMetadata(html: string, normHandle: string, rawHandle: string): boolean {
  const parts: string[] = [];
  for (const m of html.matchAll(META_CONTENT)) {
    const content = m[1] ?? m[2] ?? "";
    // og:url and the like echo the address asked for; they say nothing about who the page is about.
    if (!/^\s*(https?:|\/)/i.test(content)) parts.push(content);
  }
  for (const m of html.matchAll(JSON_LD)) parts.push(m[1]);
  return parts.length > 0 && findHandleInMarkup(parts.join("\n"), normHandle, rawHandle);
}

function percentForms(rawHandle: string, normHandle: string): string[] {
  const forms = new Set<string>();
  for (const h of [rawHandle.trim().replace(/^@/, ""), normHandle]) {
    const encoded = encodeURIComponent(h);
    if (encoded !== h) forms.add(encoded.toLowerCase());
  }
  return [...forms];
}

const JSON_ESCAPE = /\\u([0-9a-fA-F]{4})/g;

/**
 * The handle anywhere in the markup: attributes and scripts after entity decoding, JSON \u escapes
 * undone, or percent-encoded in a URL. Only called on the way to a gone verdict (it costs a few passes).
 */
export function findHandleInMarkup(html: string, normHandle: string, rawHandle: string): boolean {
  const decoded = normaliseForMatch(decodeEntities(html));
  if (findHandle(decoded, normHandle) >= 0) return true;
  if (html.includes("\\u")) {
    const unescaped = decoded.replace(JSON_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (findHandle(normaliseForMatch(unescaped), normHandle) >= 0) return true;
  }
  const lower = html.toLowerCase();
  return percentForms(rawHandle, normHandle).some((form) => lower.includes(form));
}

const JAPANESE_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;
const JAPANESE_CHARS = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/g;

export function isJapaneseHandle(normHandle: string): boolean {
  return JAPANESE_CHAR.test(normHandle);
}

/** Share of Japanese characters among the visible non-space characters (0 for an empty text). */
export function japaneseShare(text: string): number {
  const letters = text.replace(/\s+/g, "").length;
  if (letters === 0) return 0;
  return (text.match(JAPANESE_CHARS)?.length ?? 0) / letters;
}
