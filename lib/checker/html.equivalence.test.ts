/**
 * The optimised extractText must give exactly what the straightforward version gave:
 * join text runs (a space per tag), decode entities, collapse \s+ to one space, trim.
 */
import { describe, it, expect } from "vitest";
import { decodeEntities, extractText } from "./html";

const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "head"]);
const CLOSERS = new Map([...SKIPPED].map((name) => [name, new RegExp(`</${name}\\s*>`, "gi")]));

/** The reference implementation (as it was before the single-pass builder). */
function referenceExtractText(html: string): { text: string; scriptCount: number } {
  const isTagStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 33 || c === 63;
  const isNameChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  const parts: string[] = [];
  let scriptCount = 0;
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      parts.push(html.slice(i));
      break;
    }
    if (!isTagStart(html.charCodeAt(lt + 1))) {
      parts.push(html.slice(i, lt + 1));
      i = lt + 1;
      continue;
    }
    if (lt > i) parts.push(html.slice(i, lt));
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) break;
    let j = lt + 1;
    while (j < gt && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(lt + 1, j).toLowerCase();
    i = gt + 1;
    if (SKIPPED.has(name) && html.charCodeAt(gt - 1) !== 47) {
      if (name === "script") scriptCount++;
      const closer = CLOSERS.get(name) as RegExp;
      closer.lastIndex = i;
      const m = closer.exec(html);
      i = m ? m.index + m[0].length : n;
    }
    parts.push(" ");
  }
  const text = decodeEntities(parts.join("")).replace(/\s+/g, " ").trim();
  return { text, scriptCount };
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "aki",
  "ひまり",
  "ＡＫＩ",
  "ｱｷ",
  "x",
  " ",
  "  ",
  "\n",
  "\t",
  "\r\n",
  "\u3000",
  "\u00a0",
  "\u2028",
  "\ufeff",
  "\u200b",
  "\u180e",
  "&amp;",
  "&nbsp;",
  "&#32;",
  "&#10;",
  "&#x3000;",
  "&#12402;",
  "&lt;b&gt;",
  "&am",
  "p;",
  "&#",
  "&bogus;",
  "&",
  "<p>",
  "</p>",
  "<br/>",
  "<b>",
  "</b>",
  '<div class="a b">',
  "<!-- c -->",
  "<!--",
  "-->",
  "<!---->",
  "< ",
  "<",
  "<3",
  "a<b",
  "<script>var a = 1;</script>",
  "<SCRIPT src=x></SCRIPT >",
  "<script/>",
  "<style>p{}</style>",
  "<head><title>T</title></head>",
  "<svg><text>no</text></svg>",
  "<noscript>js</noscript>",
  "<template>t</template>",
  "<scripts>",
  "<header>h</header>",
  "<h1>",
  "</h1>",
  "<?xml?>",
  "<!DOCTYPE html>",
  '<img alt="&amp;">',
  '<a href="/x">link</a>',
  "<scrip",
  "<title>x",
];

describe("extractText equivalence with the reference implementation", () => {
  it("fixture-like pages", () => {
    const pages = [
      '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>aki のプロフィール</title></head><body>\n<header><a href="/">Fixture</a> <nav><a href="/search">探す</a></nav></header>\n<main><h1>aki</h1><p> ライブ  チャット&amp;映画 </p><script>x</script></main></body></html>',
      "<html><body><p>Hello <b>world</b></p><!-- aki --><p>&nbsp;&nbsp;x&#10;y</p></body></html>",
      "",
      "plain text only",
      "   ",
      "<p>truncated <b",
    ];
    for (const html of pages) expect(extractText(html)).toEqual(referenceExtractText(html));
  });

  it("random markup (20,000 cases)", () => {
    const random = rng(12345);
    for (let c = 0; c < 20_000; c++) {
      const len = Math.floor(random() * 24);
      let html = "";
      for (let k = 0; k < len; k++) html += PIECES[Math.floor(random() * PIECES.length)];
      const got = extractText(html);
      const want = referenceExtractText(html);
      if (got.text !== want.text || got.scriptCount !== want.scriptCount) {
        expect({ html, ...got }).toEqual({ html, ...want });
      }
    }
  });
});
