// Renders real PDFs and checks them with poppler (pdftoppm, pdftotext, pdfinfo): text that extracts is not
// enough, the glyphs must be drawn (see shared/ENVIRONMENT.md).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LetterTextError, renderLetterPdf, splitForLineBreaks, type LetterContent, type LetterPdfOptions } from "./render-pdf";
import { composeNaiyouText, layoutNaiyou } from "./naiyou-layout";
import { describeNeeding } from "../testing/describe-needing";
import { POPPLER } from "../testing/system-requirements";

const PARAGRAPH =
  "私は、貴社との間で締結した出演契約（以下「本契約」といいます。）を、本書面をもって解除します。" +
  "なお、本契約第12条に定める違約金の請求には応じかねますので、その旨ご承知おきください。";

const LETTER: LetterContent = {
  title: "通知書",
  paragraphs: [PARAGRAPH.repeat(3), "　以上の通り、11月15日までにご回答ください。"],
  date: "令和7年1月10日",
  sender: { address: "東京都新宿区西新宿2-8-1", name: "<script>alert(1)</script>" },
  recipient: { address: "大阪府大阪市北区梅田1-1-1", name: "株式会社サンプル 御中" },
  footnote: "控えを保管してください。",
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "taikai-letters-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function renderToFile(name: string, letter: LetterContent, options?: LetterPdfOptions): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderLetterPdf(letter, options));
  return file;
}

/** Dark pixels (< 128 of 255) on page 1, rendered at 50 dpi in grey. */
function darkPixels(pdf: string): number {
  const prefix = join(dir, `page-${Math.random().toString(36).slice(2)}`);
  execFileSync("pdftoppm", ["-r", "50", "-gray", "-f", "1", "-l", "1", "-singlefile", pdf, prefix]);
  const pgm = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("not a binary PGM");
  const pixels = pgm.subarray(header[0].length);
  expect(pixels.length).toBe(Number(header[1]) * Number(header[2]));
  let dark = 0;
  for (const value of pixels) if (value < 128) dark++;
  return dark;
}

const pdfText = (pdf: string) => execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
const pdfInfo = (pdf: string) => execFileSync("pdfinfo", [pdf], { encoding: "utf8" });

describeNeeding(POPPLER, "renderLetterPdf: notice", () => {
  it("draws the Japanese text (page 1 is not blank) and keeps the file small (the font is subset)", async () => {
    const pdf = await renderToFile("notice", LETTER);
    expect(darkPixels(pdf)).toBeGreaterThan(2000);
    expect(readFileSync(pdf).length).toBeLessThan(300 * 1024);
    expect(pdfInfo(pdf)).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it("extracts the Japanese text and shows user markup literally", async () => {
    const text = pdfText(await renderToFile("notice-text", LETTER));
    for (const expected of [
      "通知書",
      "令和7年1月10日",
      "大阪府大阪市北区梅田1-1-1",
      "株式会社サンプル 御中",
      "東京都新宿区西新宿2-8-1",
      "控えを保管してください。",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain("<script>alert(1)</script>");
    // Lines wrap between characters without hyphens being added.
    expect(text.replace(/\s/g, "")).toContain(PARAGRAPH.repeat(3));
  });

  it("blank page stays blank: an empty letter has far fewer dark pixels", async () => {
    const pdf = await renderToFile("empty", { title: "", paragraphs: [], date: "" });
    expect(darkPixels(pdf)).toBeLessThan(50);
  });
});

describeNeeding(POPPLER, "renderLetterPdf: 内容証明", () => {
  it("prints one grid page per PDF page, the laid-out lines in order", async () => {
    const letter = { ...LETTER, sender: { address: LETTER.sender!.address, name: "山田花子" }, paragraphs: [PARAGRAPH.repeat(5)] };
    const layout = layoutNaiyou(composeNaiyouText({ ...letter, body: letter.paragraphs.join("\n"), sender: letter.sender, recipient: letter.recipient! }), {
      grid: "20x26",
    });
    expect(layout.pages).toBe(2);
    const pdf = await renderToFile("naiyou-h", letter, { layout: "naiyou-horizontal", grid: "20x26" });
    expect(pdfInfo(pdf)).toMatch(/Pages:\s+2\b/);
    expect(darkPixels(pdf)).toBeGreaterThan(2000);
    const lines = pdfText(pdf)
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines.slice(0, 5)).toEqual(layout.lines.filter(Boolean).slice(0, 5));
    expect(pdfText(pdf)).not.toContain("控えを保管"); // the footnote is not part of the 謄本
  });

  it("renders the vertical layout, non-blank, on A4 landscape", async () => {
    const pdf = await renderToFile("naiyou-v", LETTER, { layout: "naiyou-vertical" });
    expect(darkPixels(pdf)).toBeGreaterThan(2000);
    expect(pdfInfo(pdf)).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts/);
    expect(readFileSync(pdf).length).toBeLessThan(300 * 1024);
  });

  it("refuses vertical on another grid, and text Japan Post would refuse", async () => {
    await expect(renderLetterPdf(LETTER, { layout: "naiyou-vertical", grid: "26x20" })).rejects.toThrow(RangeError);
    await expect(renderLetterPdf({ ...LETTER, paragraphs: ["よろしく😀"] }, { layout: "naiyou-horizontal" })).rejects.toBeInstanceOf(LetterTextError);
  });
});

describe("renderLetterPdf: metadata names no app", () => {
  // The agency reads every letter she sends, file properties included: nothing may say which app made it.
  it.each([
    ["notice", undefined],
    ["naiyou-horizontal", { layout: "naiyou-horizontal" }],
    ["naiyou-vertical", { layout: "naiyou-vertical" }],
  ] as const)("%s: no Creator or Producer, and no app or library name anywhere in the file", async (name, options) => {
    const pdf = await renderToFile(`meta-${name}`, LETTER, options as LetterPdfOptions | undefined);
    const info = pdfInfo(pdf);
    expect(info).toMatch(/^Title:\s+通知書$/m);
    expect(info).not.toMatch(/^(Creator|Producer|Author):[ \t]*\S/m);
    const raw = readFileSync(pdf).toString("latin1");
    expect(raw).not.toMatch(/taikai|react-pdf|pdfkit/i);
  });
});

describe("splitForLineBreaks", () => {
  it("splits Japanese into characters with empty pieces between, keeping 禁則 and Latin words", () => {
    expect(splitForLineBreaks("Taikai")).toEqual(["Taikai"]);
    expect(splitForLineBreaks("あい")).toEqual(["あ", "", "い"]);
    expect(splitForLineBreaks("です。「本")).toEqual(["で", "", "す。", "", "「本"]);
    expect(splitForLineBreaks("第12条")).toEqual(["第", "", "12", "", "条"]);
  });
});
