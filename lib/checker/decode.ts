/**
 * Body decoding: Content-Type charset, then <meta charset> / <meta http-equiv>, then a
 * simple detection between UTF-8, Shift_JIS (cp932) and EUC-JP.
 */
import iconv from "iconv-lite";

export type CharsetSource = "header" | "meta" | "detected" | "default";

export interface DecodedBody {
  text: string;
  charset: string;
  source: CharsetSource;
}

const ALIASES: Record<string, string> = {
  shift_jis: "cp932",
  "shift-jis": "cp932",
  sjis: "cp932",
  "x-sjis": "cp932",
  ms_kanji: "cp932",
  csshiftjis: "cp932",
  "windows-31j": "cp932",
  cp932: "cp932",
  "euc-jp": "eucjp",
  "x-euc-jp": "eucjp",
  eucjp: "eucjp",
  cseucpkdfmtjapanese: "eucjp",
  utf8: "utf-8",
  "utf-8": "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  // WHATWG: latin1 labels decode as windows-1252
  "iso-8859-1": "windows-1252",
  latin1: "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
};

/** Canonical iconv-lite name for a charset label, or null if unknown. */
export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const key = label
    .trim()
    .replace(/^["']|["']$/g, "")
    .toLowerCase();
  if (!key) return null;
  const alias = ALIASES[key];
  if (alias) return alias;
  return iconv.encodingExists(key) ? key : null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m ? m[2] : null;
}

/** Look for <meta charset> or <meta http-equiv="Content-Type" content="...charset=..."> in the first 4 KB. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1");
  const re = /<meta\b[^>]*>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head)) !== null) {
    // Covers both <meta charset="x"> and <meta http-equiv content="text/html; charset=x">
    const found = /\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(m[0]);
    if (found) return found[1];
  }
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(bytes: Uint8Array, limit: number): boolean {
  const n = Math.min(bytes.length, limit);
  for (let i = 0; i < n; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

/** Score decoded text: Japanese script characters are good, replacement and half-width kana are suspicious. */
function japaneseScore(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) score -= 20;
    else if (c >= 0x3040 && c <= 0x30ff)
      score += 2; // hiragana, katakana
    else if (c >= 0x4e00 && c <= 0x9fff)
      score += 1; // CJK ideographs
    else if (c >= 0xff61 && c <= 0xff9f)
      score -= 3; // half-width katakana (rare; mis-decoding artefact)
    else if (c >= 0xff01 && c <= 0xff5e)
      score += 1; // full-width ASCII
    else if (c >= 0xe000 && c <= 0xf8ff) score -= 5; // private use
  }
  return score;
}

/** Guess the charset of an undeclared body: UTF-8 if valid, else the better of cp932 / eucjp. */
export function detectCharset(bytes: Uint8Array): string {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  if (isAscii(sample, sample.length)) return "utf-8";
  // A truncated sample may cut a UTF-8 sequence: trim up to 3 trailing bytes before validating.
  let end = sample.length;
  if (bytes.length > sample.length) {
    while (end > 0 && end > sample.length - 4 && (sample[end - 1] & 0xc0) === 0x80) end--;
    if (end > 0 && sample[end - 1] >= 0xc0) end--;
  }
  if (isValidUtf8(sample.subarray(0, end))) return "utf-8";
  const buf = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  const sjis = japaneseScore(iconv.decode(buf, "cp932"));
  const euc = japaneseScore(iconv.decode(buf, "eucjp"));
  return euc > sjis ? "eucjp" : "cp932";
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  const buf = asBuffer(bytes);
  if (charset === "utf-8") return buf.toString("utf8");
  return iconv.decode(buf, charset);
}

/** Content-Type value -> canonical charset (or null). Pure, and sites send a handful of distinct values. */
const headerCharsetCache = new Map<string, string | null>();
const HEADER_CHARSET_CACHE_MAX = 256;

function charsetFromHeader(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  let charset = headerCharsetCache.get(contentType);
  if (charset === undefined) {
    charset = canonicalCharset(charsetFromContentType(contentType));
    if (headerCharsetCache.size >= HEADER_CHARSET_CACHE_MAX) headerCharsetCache.clear();
    headerCharsetCache.set(contentType, charset);
  }
  return charset;
}

export function decodeBody(bytes: Uint8Array, contentType?: string | null): DecodedBody {
  const fromHeader = charsetFromHeader(contentType);
  if (fromHeader) return { text: stripBom(decodeWith(bytes, fromHeader)), charset: fromHeader, source: "header" };
  const fromMeta = canonicalCharset(charsetFromMeta(bytes));
  if (fromMeta) return { text: stripBom(decodeWith(bytes, fromMeta)), charset: fromMeta, source: "meta" };
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: stripBom(decodeWith(bytes, "utf-8")), charset: "utf-8", source: "detected" };
  }
  // A UTF-16 byte order mark (an undeclared UTF-16 page would otherwise read as NULs and mojibake).
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const charset = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    return { text: stripBom(decodeWith(bytes, charset)), charset, source: "detected" };
  }
  const detected = detectCharset(bytes);
  return { text: stripBom(decodeWith(bytes, detected)), charset: detected, source: "detected" };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Charsets that can carry Japanese text; a page read with any other cannot show a Japanese handle. */
const JAPANESE_CAPABLE = new Set(["utf-8", "cp932", "eucjp", "utf16", "utf-16", "utf16le", "utf-16le", "utf16be", "utf-16be", "shift_jis"]);

/**
 * Was the body possibly read with the wrong charset, so that a handle in it could not be matched?
 * Signs: replacement characters, NULs (UTF-16 read as UTF-8) or ESC (ISO-2022-JP), a valid UTF-8 body
 * read as something else, or a non-Japanese single-byte charset when the handle is Japanese. Only asked on
 * the way to a gone verdict: a doubtful decoding can never prove absence.
 */
export function isDoubtfulDecoding(bytes: Uint8Array, charset: string, text: string, handleIsAscii: boolean): boolean {
  // U+FFFD: bytes that did not decode; NUL: UTF-16 read as UTF-8; ESC: ISO-2022-JP, which we do not decode.
  if (text.includes("\ufffd") || text.includes("\u0000") || text.includes("\u001b")) return true;
  if (isAscii(bytes, bytes.length)) return false;
  if (charset !== "utf-8" && isValidUtf8(bytes)) return true;
  return !handleIsAscii && !JAPANESE_CAPABLE.has(charset);
}
