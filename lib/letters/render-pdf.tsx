/**
 * Letters to PDF with @react-pdf/renderer and Noto Sans JP (server only: it reads the font files from disk).
 *
 * Layouts:
 * - `notice`: an ordinary A4 letter: title centred, date right, recipient, sender, body, optional footnote.
 * - `naiyou-horizontal`: the 内容証明 text (composeNaiyouText) laid out by layoutNaiyou, one laid-out line a row,
 *   exactly one grid page a PDF page. A4 portrait.
 * - `naiyou-vertical`: the same on the 20x26 grid, written vertically. @react-pdf has no vertical writing mode, so
 *   each character is drawn in its own cell, columns right to left, on A4 landscape (the cells come out nearly
 *   square). Cells use the font's `vert` OpenType feature, which swaps in the vertical forms of 、。「」（）ー〜…
 *   and small kana, so no rotation is needed; half-width brackets become full-width first so that they turn too.
 *   Half-width Latin letters and digits stay upright, one a cell, except a run of one or two digits, which shares
 *   a cell (縦中横).
 * The footnote is printed only in the notice layout: anything outside the counted text does not belong on a 謄本.
 * User text reaches the PDF only as text children of <Text>; react-pdf interprets no markup.
 */
import { createRequire } from "node:module";
import { dirname, isAbsolute, join } from "node:path";
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { OPENING_BRACKETS } from "./naiyou-count";
import { LINE_START_FORBIDDEN, composeNaiyouText, layoutNaiyou, type NaiyouGrid, type NaiyouLayout, type NaiyouLayoutIssue } from "./naiyou-layout";

export type LetterParty = { address?: string; name?: string };
export type LetterContent = {
  title: string;
  paragraphs: string[];
  date: string;
  sender?: LetterParty;
  recipient?: LetterParty;
  footnote?: string;
};
export type LetterPdfLayout = "notice" | "naiyou-horizontal" | "naiyou-vertical";
export type LetterPdfOptions = { layout?: LetterPdfLayout; grid?: NaiyouGrid };

/** Thrown for a 内容証明 layout when the text holds characters Japan Post refuses (emoji, control characters). */
export class LetterTextError extends Error {
  constructor(readonly errors: NaiyouLayoutIssue[]) {
    super(`the letter holds characters Japan Post does not accept: ${errors.map((e) => JSON.stringify(e.char)).join(", ")}`);
    this.name = "LetterTextError";
  }
}

const FAMILY = "NotoSansJP";
let fontsRegistered = false;

function fontDirectory(): string {
  const resolved = String(createRequire(import.meta.url).resolve("@expo-google-fonts/noto-sans-jp/package.json"));
  // A bundler may turn the resolution into a module id; fall back to the usual install location.
  return isAbsolute(resolved) ? dirname(resolved) : join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-jp");
}

function registerFonts(): void {
  if (fontsRegistered) return;
  const dir = fontDirectory();
  Font.register({
    family: FAMILY,
    fonts: [
      { src: join(dir, "400Regular", "NotoSansJP_400Regular.ttf"), fontWeight: 400 },
      { src: join(dir, "700Bold", "NotoSansJP_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(splitForLineBreaks);
  fontsRegistered = true;
}

const BREAKABLE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff65\u2010-\u2027\u2460-\u24ff\u3200-\u33ff]/u;

/**
 * react-pdf's hyphenation callback: it gets space-separated words, so a Japanese sentence arrives whole. Cut it
 * into single characters (Latin runs stay whole) with '' between pieces: react-pdf breaks at an empty piece
 * without adding a hyphen. 禁則 as in the 内容証明 layout: closing punctuation sticks to the character before it,
 * an opening bracket to the one after.
 */
export function splitForLineBreaks(word: string): string[] {
  if (!BREAKABLE.test(word)) return [word];
  const pieces: string[] = [];
  for (const ch of word) {
    const last = pieces.at(-1);
    const lastChar = last === undefined ? "" : (Array.from(last).at(-1) ?? "");
    const glue =
      last !== undefined &&
      (/\p{M}/u.test(ch) || LINE_START_FORBIDDEN.has(ch) || OPENING_BRACKETS.has(lastChar) || (!BREAKABLE.test(ch) && !BREAKABLE.test(lastChar)));
    if (glue) pieces[pieces.length - 1] += ch;
    else pieces.push(ch);
  }
  return pieces.flatMap((piece, i) => (i === 0 ? [piece] : ["", piece]));
}

const A4 = { width: 595.28, height: 841.89 };

const notice = StyleSheet.create({
  page: { fontFamily: FAMILY, fontSize: 10.5, lineHeight: 1.8, paddingTop: 64, paddingBottom: 64, paddingHorizontal: 62 },
  title: { fontSize: 18, fontWeight: 700, textAlign: "center", marginBottom: 18, letterSpacing: 4 },
  date: { textAlign: "right", marginBottom: 14 },
  recipient: { marginBottom: 12 },
  sender: { marginBottom: 18, alignItems: "flex-end" },
  name: { fontSize: 12, fontWeight: 700 },
  paragraph: { marginBottom: 8 },
  footnote: { marginTop: 16, fontSize: 8.5, color: "#555555" },
  pageNumber: { position: "absolute", bottom: 30, left: 0, right: 0, textAlign: "center", fontSize: 8.5, color: "#777777" },
});

// The agency reads every letter she sends, its file properties included: empty Creator and Producer (react-pdf's
// defaults would name it, and "Taikai" would name the app she uses).
const neutralMetadata = { creator: "", producer: "" };

function PartyBlock({ party, style }: { party?: LetterParty; style: (typeof notice)[keyof typeof notice] }) {
  if (!party?.address && !party?.name) return null;
  return (
    <View style={style}>
      {party.address ? <Text>{party.address}</Text> : null}
      {party.name ? <Text style={notice.name}>{party.name}</Text> : null}
    </View>
  );
}

function NoticeDocument({ letter }: { letter: LetterContent }) {
  return (
    <Document title={letter.title} {...neutralMetadata}>
      <Page size="A4" style={notice.page}>
        <Text style={notice.title}>{letter.title}</Text>
        <Text style={notice.date}>{letter.date}</Text>
        <PartyBlock party={letter.recipient} style={notice.recipient} />
        <PartyBlock party={letter.sender} style={notice.sender} />
        {letter.paragraphs.map((paragraph, i) => (
          <Text key={i} style={notice.paragraph}>
            {paragraph}
          </Text>
        ))}
        {letter.footnote ? <Text style={notice.footnote}>{letter.footnote}</Text> : null}
        <Text fixed style={notice.pageNumber} render={({ pageNumber, totalPages }) => (totalPages > 1 ? `${pageNumber} / ${totalPages}` : "")} />
      </Page>
    </Document>
  );
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/** Width of a line in grid cells: a full-width character is one cell, a half-width one about half. */
function lineCells(line: string): number {
  let cells = 0;
  for (const ch of line) cells += /[\x20-\x7e\uff61-\uff9f]/.test(ch) ? 0.55 : 1;
  return cells;
}

const MARGIN = 56;

function HorizontalDocument({ title, layout }: { title: string; layout: NaiyouLayout }) {
  const width = A4.width - 2 * MARGIN;
  const rowHeight = (A4.height - 2 * MARGIN) / layout.perPage;
  const cells = Math.max(layout.perLine, ...layout.lines.map(lineCells)) + 0.5;
  const fontSize = Math.min(18, width / cells, rowHeight * 0.66);
  const paddingHorizontal = (A4.width - cells * fontSize) / 2; // the grid centred on the page
  const row = { height: rowHeight, justifyContent: "center" as const, borderBottomWidth: 0.4, borderBottomColor: "#c8c8c8" };
  return (
    <Document title={title} {...neutralMetadata}>
      {chunk(layout.lines, layout.perPage).map((lines, p) => (
        <Page key={p} size="A4" style={{ fontFamily: FAMILY, fontSize, paddingVertical: MARGIN, paddingHorizontal }}>
          {lines.map((line, i) => (
            <View key={i} style={row}>
              <Text style={{ lineHeight: 1 }}>{line}</Text>
            </View>
          ))}
        </Page>
      ))}
    </Document>
  );
}

const HALF_TO_FULL_BRACKET: Record<string, string> = { "(": "（", ")": "）", "[": "［", "]": "］", "{": "｛", "}": "｝", "<": "〈", ">": "〉" };

/** The cells of one column: one character each, a 1–2 digit half-width number shares a cell, spaces stay empty. */
function columnCells(layout: NaiyouLayout, index: number): string[] {
  const cells: string[] = [];
  for (const token of layout.lineTokens[index] ?? []) {
    if (token.kind === "space") cells.push("");
    else if (token.kind === "framed" || token.kind === "unit" || /^[0-9]{1,2}$/.test(token.text)) cells.push(token.text);
    else
      for (const ch of token.text) {
        if (/\p{M}/u.test(ch) && cells.length > 0) cells[cells.length - 1] += ch;
        else cells.push(HALF_TO_FULL_BRACKET[ch] ?? ch);
      }
  }
  while (cells.length > 0 && cells.at(-1) === "") cells.pop();
  return cells;
}

function VerticalDocument({ title, layout }: { title: string; layout: NaiyouLayout }) {
  const page = { width: A4.height, height: A4.width };
  const columns = layout.lines.map((_, i) => columnCells(layout, i));
  const cellsPerColumn = Math.max(layout.perLine, ...columns.map((c) => c.length));
  const columnWidth = (page.width - 2 * MARGIN) / layout.perPage;
  const cellHeight = (page.height - 2 * MARGIN) / cellsPerColumn;
  const fontSize = Math.min(columnWidth, cellHeight) * 0.78;
  // One <Text> a column, one line a cell: a box per character made ~550 nodes a page and was several times slower.
  const column = { width: columnWidth, borderLeftWidth: 0.4, borderLeftColor: "#c8c8c8" };
  const text = { lineHeight: `${cellHeight}pt`, textAlign: "center" as const, fontFeatureSettings: ["vert"] };
  return (
    <Document title={title} {...neutralMetadata}>
      {chunk(columns, layout.perPage).map((pageColumns, p) => (
        <Page key={p} size="A4" orientation="landscape" style={{ fontFamily: FAMILY, fontSize, padding: MARGIN, flexDirection: "row-reverse" }}>
          {pageColumns.map((cells, c) => (
            <View key={c} style={column}>
              <Text style={text}>
                {cells.flatMap((cell, k) => {
                  const content = /^\d\d$/.test(cell) ? (
                    <Text key={k} style={{ fontSize: fontSize * 0.66 }}>
                      {cell}
                    </Text>
                  ) : (
                    cell || "\u3000"
                  );
                  return k === 0 ? [content] : ["\n", content];
                })}
              </Text>
            </View>
          ))}
        </Page>
      ))}
    </Document>
  );
}

/** Render a letter to a PDF (A4). Throws LetterTextError for a 内容証明 layout whose text Japan Post would refuse. */
export async function renderLetterPdf(letter: LetterContent, options: LetterPdfOptions = {}): Promise<Buffer> {
  registerFonts();
  const kind = options.layout ?? "notice";
  if (kind === "notice") return renderToBuffer(<NoticeDocument letter={letter} />);
  const vertical = kind === "naiyou-vertical";
  const text = composeNaiyouText({
    title: letter.title,
    body: letter.paragraphs.join("\n"),
    date: letter.date,
    sender: letter.sender ?? {},
    recipient: letter.recipient ?? {},
  });
  const layout = layoutNaiyou(text, { grid: options.grid ?? "20x26", vertical });
  if (layout.errors.length > 0) throw new LetterTextError(layout.errors);
  return renderNaiyouPdf(letter.title, layout);
}

/** Render an already laid-out 内容証明 text (e.g. from the CLI); vertical when the layout is. */
export async function renderNaiyouPdf(title: string, layout: NaiyouLayout): Promise<Buffer> {
  registerFonts();
  const doc = layout.vertical ? <VerticalDocument title={title} layout={layout} /> : <HorizontalDocument title={title} layout={layout} />;
  return renderToBuffer(doc);
}
