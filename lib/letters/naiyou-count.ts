/**
 * Character counting for 内容証明郵便, by Japan Post's rules (see shared/reference/naiyou-shoumei.md).
 *
 * The text is cut into tokens, each with the count Japan Post would give it, so that the layout can wrap on
 * tokens and a line's count is the sum of its tokens' counts:
 * - every character or symbol counts 1, half-width ones too (`%` is 1, `11月15日` is 6);
 * - squared units count the characters they stand for (㎡ = m2 = 2, ㎏ = kg = 2, ㍿ = 株式会社 = 4);
 * - a bracket pair counts ONE, on the line of the opening bracket: the opener counts 1 and its matching closer 0,
 *   wherever the closer ends up (an unmatched closer counts 1);
 * - a framed or parenthesised character counts its characters + 1 (① = 2, ⑩ = 3, ⑴ = 2, ㊀ = 2), except as the
 *   ordering mark of an item, where the whole mark counts 1 (`①役員会` = 4, `(1)町内のおしらせ` = 8). An item mark
 *   stands at the start of a line (after any indent) and has the item's text after it on that line, so a lone `①`
 *   or one mid-sentence counts 2.
 * - Spaces (half- and full-width) and blank lines count 0. This is the practitioners' rule, not an official one.
 * Half-width letters, digits and URL-like runs (`https://…`, `1,500`) form one unbreakable word token.
 * The text is NFC-normalised and line breaks become `\n` first; offsets refer to that normalised text.
 */

export type NaiyouTokenKind = "char" | "space" | "newline" | "open" | "close" | "mark" | "framed" | "unit" | "word";

export type NaiyouToken = { text: string; count: number; kind: NaiyouTokenKind; start: number; line: number };

export type NaiyouIssueCode = "emoji" | "control" | "invisible" | "private-use" | "unsupported-script" | "latin" | "foreign-letter" | "variation-selector";

/** `line` and `column` are 1-based, in source lines of the (normalised) text. */
export type NaiyouIssue = { code: NaiyouIssueCode; char: string; offset: number; line: number; column: number; message: string };

export type NaiyouScan = { text: string; tokens: NaiyouToken[]; warnings: NaiyouIssue[]; errors: NaiyouIssue[] };

export type NaiyouCount = { characterCount: number; lineCounts: number[]; warnings: NaiyouIssue[]; errors: NaiyouIssue[] };

const BRACKETS: Record<string, string> = {
  "(": ")",
  "（": "）",
  "「": "」",
  "『": "』",
  "<": ">",
  "＜": "＞",
  "〈": "〉",
  "《": "》",
  "【": "】",
  "[": "]",
  "［": "］",
  "{": "}",
  "｛": "｝",
  "〔": "〕",
  "〘": "〙",
  "〖": "〗",
  "“": "”",
  "‘": "’",
  "≪": "≫",
  "«": "»",
  "｢": "｣",
};
const CLOSERS = new Map(Object.entries(BRACKETS).map(([open, close]) => [close, open]));
export const OPENING_BRACKETS: ReadonlySet<string> = new Set(Object.keys(BRACKETS));

// Enclosed numbers with no Unicode decomposition: [first code point, first value, last value].
const UNDECOMPOSED_NUMBERS: [number, number, number][] = [
  [0x2776, 1, 10],
  [0x2780, 1, 10],
  [0x278a, 1, 10],
  [0x24eb, 11, 20],
  [0x24f5, 1, 10],
  [0x24ff, 0, 0],
];

const ORDERING_MARK_CHAR = /^[\u2460-\u249b\u24b6-\u24ea\u24eb-\u24ff\u2776-\u2793\u3220-\u3229\u3251-\u325f\u3280-\u3289\u32b1-\u32bf\u32d0-\u32fe]/u;
const PAREN_ORDERING_MARK = /^[(（](?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|[ぁ-んァ-ヶ]|[A-Za-zＡ-Ｚａ-ｚ])[)）]/u;
const FRAMED = /[\u2460-\u24ff\u2776-\u2793\u3200-\u325f\u3280-\u32fe]/u;
const SQUARED_UNIT = /[\u3300-\u33ff\u32ff]/u;
const WORD_CHAR = /[A-Za-z0-9]/;
// Half-width letters and digits, joined by URL and number punctuation: `1,500`, `example.com/a`, `5kg`.
const WORD = /^[A-Za-z0-9]+(?:[.,:/@_\-+#%&=?~]+[A-Za-z0-9]+)*/;
const SPACE = /[\s\u3000]/u;
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}/u;
const ALLOWED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const FOREIGN_LETTER = /[\p{Script=Greek}\p{Script=Cyrillic}]/u;
const LATIN_RUN = /[A-Za-zＡ-Ｚａ-ｚ](?:[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]|[.:/@_\-+#%&=?~]+(?=[A-Za-z0-9]))*/gu;
// Units after a number are not "Latin letters in the text"; everything else Latin is the user's call.
const UNIT_AFTER_NUMBER = /^(?:kg|g|mg|t|km|m|m2|m3|cm|mm|ml|mL|l|L|a|ha|h|min|kW|kWh|W|V|A|Hz|KB|MB|GB|TB|bps|Mbps)$/;

export function normaliseNaiyouText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?|[\u2028\u2029]/g, "\n");
}

/** The count of a framed or parenthesised character outside an item mark: its characters + 1. */
export function framedCount(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  for (const [first, from, to] of UNDECOMPOSED_NUMBERS) {
    if (cp >= first && cp <= first + (to - from)) return String(from + cp - first).length + 1;
  }
  let inner = ch.normalize("NFKC");
  if (inner === ch) return 2;
  const paren = /^\((.+)\)$/u.exec(inner);
  if (paren) inner = paren[1];
  else if (/^.+\.$/u.test(inner)) inner = inner.slice(0, -1);
  return Array.from(inner).length + 1;
}

function itemMarkAt(line: string, at: number): string | null {
  const rest = line.slice(at);
  const match = PAREN_ORDERING_MARK.exec(rest) ?? ORDERING_MARK_CHAR.exec(rest);
  if (!match) return null;
  // Without the item's own text after it, it is not an ordering mark (a lone `①` counts 2).
  return /[^\s\u3000]/u.test(rest.slice(match[0].length)) ? match[0] : null;
}

function issue(code: NaiyouIssueCode, char: string, offset: number, line: number, column: number): NaiyouIssue {
  return { code, char, offset, line, column, message: ISSUE_MESSAGES[code] };
}

const ISSUE_MESSAGES: Record<NaiyouIssueCode, string> = {
  emoji: "Emoji are not accepted in 内容証明; remove it.",
  control: "Control character; remove it.",
  invisible: "Invisible formatting character; remove it.",
  "private-use": "Private-use or unassigned character that will not print; remove it.",
  "unsupported-script": "Only Japanese, Latin letters (in proper nouns), numerals and common symbols are accepted.",
  latin: "Latin letters are accepted only in proper nouns (names of people, companies, sites); check this one.",
  "foreign-letter": "Greek or Cyrillic letters are accepted only in proper nouns; check this one.",
  "variation-selector": "Variant glyph selector: the printed character may differ; check the copy.",
};

// Kana and common kanji need none of the checks below; most of a letter is these (a 5× speed-up).
const isPlainJapanese = (cp: number) => (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30a1 && cp <= 0x30fa) || (cp >= 0x4e00 && cp <= 0x9fff);

function classify(ch: string, cp: number): NaiyouIssueCode | null {
  if (cp === 0xfe0f || cp === 0x200d || cp === 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff)) return "emoji";
  if (/\p{Emoji_Presentation}/u.test(ch) || (cp >= 0x1f000 && EMOJI.test(ch))) return "emoji";
  if (/\p{Cc}/u.test(ch)) return "control";
  if (cp >= 0xe0100 && cp <= 0xe01ef) return "variation-selector";
  if (/[\p{Cf}\p{Zl}\p{Zp}]/u.test(ch)) return "invisible";
  if (/[\p{Co}\p{Cn}\p{Cs}]/u.test(ch)) return "private-use";
  if (FOREIGN_LETTER.test(ch)) return "foreign-letter";
  if (!ALLOWED_SCRIPT.test(ch)) return "unsupported-script";
  return null;
}

function latinWarnings(line: string, lineStart: number, lineNo: number, markEnd: number): NaiyouIssue[] {
  const out: NaiyouIssue[] = [];
  for (const m of line.matchAll(LATIN_RUN)) {
    if (m.index < markEnd) continue; // `(a)` as an item mark is not a word
    const before = line.slice(0, m.index).replace(/[ \u3000]+$/u, "");
    const ascii = m[0].normalize("NFKC");
    const afterNumber = /[0-9０-９]$/u.test(before);
    if (afterNumber && (UNIT_AFTER_NUMBER.test(ascii) || /^m[²³]/u.test(line.slice(m.index)))) continue;
    out.push(issue("latin", m[0], lineStart + m.index, lineNo, Array.from(line.slice(0, m.index)).length + 1));
  }
  return out;
}

/** Cut a text into counted tokens and report the characters Japan Post would refuse (errors) or may refuse (warnings). */
export function scanNaiyou(input: string): NaiyouScan {
  const text = normaliseNaiyouText(input);
  const tokens: NaiyouToken[] = [];
  const warnings: NaiyouIssue[] = [];
  const errors: NaiyouIssue[] = [];
  const openers: NaiyouToken[] = [];
  let lineStart = 0;
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    const indent = /^[\s\u3000]*/u.exec(line)?.[0].length ?? 0;
    const mark = itemMarkAt(line, indent);
    let i = 0;
    const push = (tokenText: string, count: number, kind: NaiyouTokenKind) => {
      tokens.push({ text: tokenText, count, kind, start: lineStart + i, line: lineNo });
      i += tokenText.length;
    };
    while (i < line.length) {
      if (mark && i === indent) {
        push(mark, 1, "mark");
        continue;
      }
      const cp = line.codePointAt(i) ?? 0;
      const ch = String.fromCodePoint(cp);
      if (isPlainJapanese(cp)) {
        push(ch, 1, "char");
        continue;
      }
      const problem = classify(ch, cp);
      if (problem) {
        const entry = issue(problem, ch, lineStart + i, lineNo, Array.from(line.slice(0, i)).length + 1);
        (problem === "foreign-letter" || problem === "variation-selector" ? warnings : errors).push(entry);
      }
      const previous = tokens.at(-1);
      if (/\p{M}|[\u200d\ufe0e\ufe0f\u{e0100}-\u{e01ef}]/u.test(ch) && previous && previous.line === lineNo && previous.kind !== "space") {
        previous.text += ch; // a combining mark or selector belongs to the character before it
        i += ch.length;
      } else if (SPACE.test(ch)) push(ch, 0, "space");
      else if (WORD_CHAR.test(ch)) {
        const word = WORD.exec(line.slice(i))![0];
        push(word, word.length, "word");
      } else if (BRACKETS[ch]) {
        push(ch, 1, "open");
        openers.push(tokens.at(-1)!);
      } else if (CLOSERS.has(ch)) {
        const at = openers.findLastIndex((t) => t.text === CLOSERS.get(ch));
        if (at >= 0) {
          openers.length = at;
          push(ch, 0, "close");
        } else push(ch, 1, "char");
      } else if (SQUARED_UNIT.test(ch)) push(ch, Array.from(ch.normalize("NFKC")).length, "unit");
      else if (FRAMED.test(ch)) push(ch, framedCount(ch), "framed");
      else push(ch, problem === "control" || problem === "invisible" ? 0 : 1, "char");
    }
    warnings.push(...latinWarnings(line, lineStart, lineNo, mark ? indent + mark.length : 0));
    if (index < lines.length - 1) tokens.push({ text: "\n", count: 0, kind: "newline", start: lineStart + line.length, line: lineNo });
    lineStart += line.length + 1;
  });
  warnings.sort((a, b) => a.offset - b.offset);
  errors.sort((a, b) => a.offset - b.offset);
  return { text, tokens, warnings, errors };
}

/** Count a text: the total, each source line's count (blank lines 0), and the issues. */
export function countNaiyou(text: string): NaiyouCount {
  const { tokens, warnings, errors } = scanNaiyou(text);
  const lineCounts: number[] = [];
  for (const t of tokens) lineCounts[t.line - 1] = (lineCounts[t.line - 1] ?? 0) + t.count;
  const total = lineCounts.reduce((a, b) => a + (b ?? 0), 0);
  return { characterCount: total, lineCounts: Array.from(lineCounts, (n) => n ?? 0), warnings, errors };
}
