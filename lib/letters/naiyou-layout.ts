/**
 * Lays a 内容証明 text out to one of Japan Post's grids (characters a line × lines a page), counting with
 * naiyou-count.ts, so that no line's count exceeds the limit.
 *
 * Line breaking (禁則), our choice:
 * - A line never starts with closing punctuation (、。」）ー small kana …); the last character of the line above is
 *   pulled down with it (追い出し). Hanging punctuation (ぶら下げ) past the limit is not used for 、。, because
 *   they count 1 and the line would be over the limit; a paired closing bracket counts 0, so it does stay at the
 *   end of a full line: that is hanging that the counting rule allows.
 * - A line never ends with an opening bracket; the bracket moves down.
 * - 「……」 and 「――」 are not split, nor is half-width text between spaces (`<b>`, `alert(1)`); a half-width
 *   word (`https://…`, `1,500`) is never split, even past the limit.
 * - When no break satisfies 禁則 the line is broken at the limit anyway: the count limit wins over 禁則.
 * - A token longer than a whole line (a long URL) gets a line of its own and is reported in `violations`.
 * Spaces count 0 (the practitioners' rule), are kept inside a line and dropped at the start of a wrapped line.
 * Blank lines count 0 characters but take a line of the page. `vertical` changes only the PDF, not the counting.
 */
import { scanNaiyou, type NaiyouIssue, type NaiyouToken } from "./naiyou-count";

export const NAIYOU_GRIDS = {
  "20x26": { perLine: 20, perPage: 26 },
  "26x20": { perLine: 26, perPage: 20 },
  "13x40": { perLine: 13, perPage: 40 },
} as const;

export type NaiyouGrid = keyof typeof NAIYOU_GRIDS;
export type NaiyouLayoutOptions = { grid: NaiyouGrid; vertical?: boolean };
export type NaiyouViolation = { line: number; counted: number; limit: number };
/** An issue from the count, with `line` the laid-out line (1-based) and `sourceLine` the line of the input. */
export type NaiyouLayoutIssue = NaiyouIssue & { sourceLine: number };

export type NaiyouLayout = {
  grid: NaiyouGrid;
  vertical: boolean;
  perLine: number;
  perPage: number;
  lines: string[];
  lineCounts: number[];
  lineTokens: NaiyouToken[][];
  lineCount: number;
  pages: number;
  characterCount: number;
  violations: NaiyouViolation[];
  warnings: NaiyouLayoutIssue[];
  errors: NaiyouLayoutIssue[];
};

export function isNaiyouGrid(value: unknown): value is NaiyouGrid {
  return typeof value === "string" && Object.hasOwn(NAIYOU_GRIDS, value);
}

export const LINE_START_FORBIDDEN: ReadonlySet<string> = new Set(
  Array.from(
    "、。，．,.・：；:;？！?!‼⁇⁈⁉ゝゞヽヾ々〻ー…‥ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ％%℃°′″゛゜)）」』>＞〉》】]］}｝〕〙〗”’≫»｣",
  ),
);
const UNSPLIT = new Set(["…", "‥", "―", "—"]);
const HALF_WIDTH_PRINTABLE = /^[!-~]$/;

function canBreak(before: NaiyouToken, after: NaiyouToken): boolean {
  if (after.kind === "close" || (after.kind === "char" && LINE_START_FORBIDDEN.has(after.text.charAt(0)))) return false;
  if (before.kind === "open") return false;
  if (HALF_WIDTH_PRINTABLE.test(before.text.slice(-1)) && HALF_WIDTH_PRINTABLE.test(after.text.charAt(0))) return false;
  return !(UNSPLIT.has(before.text) && before.text === after.text);
}

/** Split one paragraph's tokens into lines (arrays of tokens) of counted width ≤ limit where possible. */
function wrapParagraph(tokens: NaiyouToken[], limit: number): NaiyouToken[][] {
  const lines: NaiyouToken[][] = [];
  let start = 0;
  while (start < tokens.length) {
    let end = start;
    let width = 0;
    while (end < tokens.length && width + tokens[end].count <= limit) width += tokens[end++].count;
    if (end === start) end = start + 1;
    else if (end < tokens.length) {
      let k = end;
      while (k > start + 1 && !canBreak(tokens[k - 1], tokens[k])) k--;
      if (canBreak(tokens[k - 1], tokens[k])) end = k;
    }
    lines.push(tokens.slice(start, end));
    start = end;
    while (start < tokens.length && tokens[start].kind === "space") start++;
  }
  return lines;
}

function splitParagraphs(tokens: NaiyouToken[]): NaiyouToken[][] {
  const paragraphs: NaiyouToken[][] = [[]];
  for (const t of tokens) {
    if (t.kind === "newline") paragraphs.push([]);
    else paragraphs[paragraphs.length - 1].push(t);
  }
  while (paragraphs.length > 0 && paragraphs[paragraphs.length - 1].every((t) => t.kind === "space")) paragraphs.pop();
  return paragraphs;
}

export function layoutNaiyou(text: string, options: NaiyouLayoutOptions): NaiyouLayout {
  if (!isNaiyouGrid(options.grid)) throw new RangeError(`unknown grid ${String(options.grid)}; use 20x26, 26x20 or 13x40`);
  const vertical = options.vertical ?? false;
  if (vertical && options.grid !== "20x26") throw new RangeError("縦書き (vertical) is only accepted on the 20x26 grid");
  const { perLine, perPage } = NAIYOU_GRIDS[options.grid];
  const scan = scanNaiyou(text);

  const lineTokens: NaiyouToken[][] = [];
  for (const paragraph of splitParagraphs(scan.tokens)) {
    if (paragraph.every((t) => t.kind === "space")) lineTokens.push([]);
    else lineTokens.push(...wrapParagraph(paragraph, perLine));
  }
  const lines = lineTokens.map((tokens) =>
    tokens
      .map((t) => t.text)
      .join("")
      .trimEnd(),
  );
  const lineCounts = lineTokens.map((tokens) => tokens.reduce((sum, t) => sum + t.count, 0));
  const violations = lineCounts.flatMap((counted, i) => (counted > perLine ? [{ line: i + 1, counted, limit: perLine }] : []));

  const firstOffsets = lineTokens.map((tokens) => tokens[0]?.start ?? Number.POSITIVE_INFINITY);
  const toLayoutLine = (issue: NaiyouIssue): NaiyouLayoutIssue => {
    let line = 1;
    firstOffsets.forEach((offset, i) => {
      if (offset <= issue.offset) line = i + 1;
    });
    return { ...issue, line, sourceLine: issue.line };
  };

  return {
    grid: options.grid,
    vertical,
    perLine,
    perPage,
    lines,
    lineCounts,
    lineTokens,
    lineCount: lines.length,
    pages: Math.ceil(lines.length / perPage),
    characterCount: lineCounts.reduce((a, b) => a + b, 0),
    violations,
    warnings: scan.warnings.map(toLayoutLine),
    errors: scan.errors.map(toLayoutLine),
  };
}

export type NaiyouParty = { address?: string; name?: string };
export type NaiyouLetterText = { title: string; body: string; date: string; sender: NaiyouParty; recipient: NaiyouParty };

export const NAIYOU_PLACEHOLDERS = {
  title: "【表題】",
  body: "【本文】",
  date: "【日付】",
  senderAddress: "【差出人住所】",
  senderName: "【差出人氏名】",
  recipientAddress: "【受取人住所】",
  recipientName: "【受取人氏名】",
} as const;

const orPlaceholder = (value: string | undefined, placeholder: string) => {
  const trimmed = value === undefined ? "" : value.replace(/^(?:[ \t\u3000]*\n)+|\s+$/gu, "");
  return trimmed === "" ? placeholder : trimmed;
};

/** The plain text of a 内容証明 in the usual block order: 表題, 本文, 日付, 差出人 住所氏名, 受取人 住所氏名. */
export function composeNaiyouText(letter: NaiyouLetterText): string {
  const p = NAIYOU_PLACEHOLDERS;
  return [
    orPlaceholder(letter.title, p.title),
    orPlaceholder(letter.body, p.body),
    orPlaceholder(letter.date, p.date),
    `${orPlaceholder(letter.sender.address, p.senderAddress)}\n${orPlaceholder(letter.sender.name, p.senderName)}`,
    `${orPlaceholder(letter.recipient.address, p.recipientAddress)}\n${orPlaceholder(letter.recipient.name, p.recipientName)}`,
  ].join("\n\n");
}
