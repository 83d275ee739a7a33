/** Minimal HTML handling: title, visible text, entities. No DOM; fast on 2 MB. */

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  copy: "©",
  reg: "®",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  laquo: "«",
  raquo: "»",
  middot: "·",
  yen: "¥",
};

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

export function extractTitle(html: string): string | null {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
  if (!m) return null;
  const t = decodeEntities(m[1]).replace(/\s+/g, " ").trim();
  return t ? t.slice(0, 200) : null;
}

export interface PageText {
  /** Visible body text (head, scripts, styles, comments, tags removed; whitespace collapsed). */
  text: string;
  /** <script> elements outside <head>. */
  scriptCount: number;
}

/** Elements whose content is not visible text. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "head"]);
const CLOSERS = new Map([...SKIPPED].map((name) => [name, new RegExp(`</${name}\\s*>`, "gi")]));

function isTagStart(code: number): boolean {
  // letter, '/', '!' or '?'
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 47 || code === 33 || code === 63;
}

function isNameChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Exactly the characters of the regex class \s (and of String.prototype.trim): WhiteSpace and LineTerminator. */
export function isJsWhitespace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  if (c > 0x3000) return c === 0xfeff; // kana, kanji, full-width forms: the common case in Japanese text
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** A whitespace run that is not exactly one ordinary space (the only runs collapsing has to rewrite). */
const UNCOLLAPSED_ALL = /\s{2,}|[^\S ]/g;

/** \s without the ordinary space. */
const OTHER_WHITESPACE = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * Does text hold a whitespace run other than a single ' '? Such a run has two spaces in a row or a
 * whitespace character other than ' ' (a substring search and a one-class regex; both native and fast).
 */
function needsCollapse(text: string): boolean {
  return text.includes("  ") || OTHER_WHITESPACE.test(text);
}

/** Lower-cased tag name if it is one of SKIPPED, else null (most tags are rejected on length or first letter). */
function skippedName(html: string, from: number, to: number): string | null {
  const len = to - from;
  if (len < 3 || len > 8) return null;
  const first = html.charCodeAt(from) | 0x20;
  // s(cript|tyle|vg), n(oscript), t(emplate), h(ead)
  if (first !== 115 && first !== 110 && first !== 116 && first !== 104) return null;
  const name = html.slice(from, to).toLowerCase();
  return SKIPPED.has(name) ? name : null;
}

/**
 * Builds the visible text: equal to joining the text runs with a space for each tag, decoding entities,
 * collapsing every whitespace run to one space and trimming; but done run by run, so the (mostly
 * whitespace-only) runs between tags never become a big intermediate string to rescan.
 * A run continues across comments and bare '<' (as an entity could span those); tags end it.
 */
class TextBuilder {
  out = "";
  /** Whitespace seen since the last visible character (emitted as one space before the next one). */
  private space = false;
  private run = "";

  /** Raw text (continues the current run). */
  add(raw: string): void {
    this.run = this.run ? this.run + raw : raw;
  }

  /** A tag: ends the run and counts as whitespace. */
  tag(): void {
    if (this.run) this.flush();
    this.space = true;
  }

  flush(): void {
    let t = this.run;
    this.run = "";
    if (t.includes("&")) t = decodeEntities(t);
    const n = t.length;
    let start = 0;
    while (start < n && isJsWhitespace(t.charCodeAt(start))) start++;
    if (start === n) {
      if (n > 0) this.space = true;
      return;
    }
    let end = n;
    while (isJsWhitespace(t.charCodeAt(end - 1))) end--;
    let core = start === 0 && end === n ? t : t.slice(start, end);
    if (needsCollapse(core)) core = core.replace(UNCOLLAPSED_ALL, " ");
    if (this.out) this.out += this.space || start > 0 ? ` ${core}` : core;
    else this.out = core;
    this.space = end < n;
  }
}

/** One-pass scanner (no DOM): fast on 2 MB pages and tolerant of truncated HTML. */
export function extractText(html: string): PageText {
  const b = new TextBuilder();
  let scriptCount = 0;
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      b.add(i === 0 ? html : html.slice(i));
      break;
    }
    if (!isTagStart(html.charCodeAt(lt + 1))) {
      b.add(html.slice(i, lt + 1)); // a bare '<' is text
      i = lt + 1;
      continue;
    }
    if (lt > i) b.add(html.slice(i, lt));
    if (html.charCodeAt(lt + 1) === 33 && html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) break; // truncated inside a tag
    let j = lt + 1;
    while (j < gt && isNameChar(html.charCodeAt(j))) j++;
    i = gt + 1;
    const name = skippedName(html, lt + 1, j);
    if (name !== null && html.charCodeAt(gt - 1) !== 47 /* not self-closing */) {
      if (name === "script") scriptCount++;
      const closer = CLOSERS.get(name) as RegExp;
      closer.lastIndex = i;
      const m = closer.exec(html);
      i = m ? m.index + m[0].length : n;
    }
    b.tag();
  }
  b.flush();
  return { text: b.out, scriptCount };
}
