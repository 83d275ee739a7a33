/** Minimal HTML handling: title, visible text, entities. No DOM; fast on 2 MB. */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©', reg: '®', hellip: '…',
  mdash: '—', ndash: '–', laquo: '«', raquo: '»', middot: '·', yen: '¥',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

export function extractTitle(html: string): string | null {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
  if (!m) return null;
  const t = decodeEntities(m[1]).replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 200) : null;
}

export interface PageText {
  /** Visible body text (head, scripts, styles, comments, tags removed; whitespace collapsed). */
  text: string;
  /** <script> elements outside <head>. */
  scriptCount: number;
}

/** Elements whose content is not visible text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
const CLOSERS = new Map([...SKIPPED].map((name) => [name, new RegExp(`</${name}\\s*>`, 'gi')]));

function isTagStart(code: number): boolean {
  // letter, '/', '!' or '?'
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 47 || code === 33 || code === 63;
}

function isNameChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** One-pass scanner (no DOM): fast on 2 MB pages and tolerant of truncated HTML. */
export function extractText(html: string): PageText {
  const parts: string[] = [];
  let scriptCount = 0;
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      parts.push(html.slice(i));
      break;
    }
    if (!isTagStart(html.charCodeAt(lt + 1))) {
      parts.push(html.slice(i, lt + 1)); // a bare '<' is text
      i = lt + 1;
      continue;
    }
    if (lt > i) parts.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break; // truncated inside a tag
    let j = lt + 1;
    while (j < gt && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(lt + 1, j).toLowerCase();
    i = gt + 1;
    if (SKIPPED.has(name) && html.charCodeAt(gt - 1) !== 47 /* not self-closing */) {
      if (name === 'script') scriptCount++;
      const closer = CLOSERS.get(name) as RegExp;
      closer.lastIndex = i;
      const m = closer.exec(html);
      i = m ? m.index + m[0].length : n;
    }
    parts.push(' ');
  }
  const text = decodeEntities(parts.join('')).replace(/\s+/g, ' ').trim();
  return { text, scriptCount };
}
