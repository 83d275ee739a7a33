// Each escalation letter through the real PDF renderer, checked with poppler: page 1 has ink (rendered, not only
// extractable text), the Japanese text extracts, and the memo of the typical case is one A4 page.
import { afterAll, beforeAll, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderLetterPdf, type LetterPdfOptions } from "../letters/render-pdf";
import { describeNeeding } from "../testing/describe-needing";
import { POPPLER } from "../testing/system-requirements";
import { appiInput, caseInput, HASHES, memoInput, takedownInput } from "./letter-fixtures";
import { appiRequest, consultationMemo, hqNaiyouNotice, reminderToAgency, takedownRequest, type EscalationLetter } from "./letters";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "taikai-escalation-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function toPdf(name: string, letter: EscalationLetter, options?: LetterPdfOptions): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderLetterPdf(letter, options));
  return file;
}

/** Dark pixels (< 128 of 255) on page 1 rendered at 40 dpi in grey (binary PGM). */
function darkPixels(pdf: string): number {
  const prefix = join(dir, `${Math.random().toString(36).slice(2)}`);
  execFileSync("pdftoppm", ["-r", "40", "-gray", "-f", "1", "-l", "1", "-singlefile", pdf, prefix]);
  const pgm = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("not a binary PGM");
  const pixels = pgm.subarray(header[0].length);
  expect(pixels.length).toBe(Number(header[1]) * Number(header[2]));
  let dark = 0;
  for (const v of pixels) if (v < 128) dark++;
  return dark;
}

const pdfText = (pdf: string) => execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
const squash = (s: string) => s.replace(/\s/g, "");

const hq = { ...caseInput(), today: "2027-01-21", deadline: "2027-02-04", branchName: "新宿営業所", reminderDate: "2027-01-10" };

const letters: [string, EscalationLetter, LetterPdfOptions | undefined, string[]][] = [
  ["memo-ja", consultationMemo(memoInput, "ja"), undefined, ["相談メモ", "株式会社スターライト", "【証拠】", HASHES[0], HASHES[4]]],
  ["reminder-ja", reminderToAgency({ ...caseInput(), reminderDate: "2027-01-10" }, "ja"), undefined, ["催告書", "労働基準法第24条", "山田花子"]],
  ["hq-notice-ja", hqNaiyouNotice(hq, "ja"), undefined, ["通知書", "民法第627条第1項", "新宿営業所"]],
  ["hq-naiyou-ja", hqNaiyouNotice(hq, "ja"), { layout: "naiyou-horizontal" }, ["通知書", "民法第627条第1項"]],
  ["appi-ja", appiRequest(appiInput, "ja"), undefined, ["個人情報の利用停止・消去請求書", "個人情報保護法第35条", "同法第39条"]],
  ["takedown-ja", takedownRequest(takedownInput, "ja"), undefined, ["削除依頼書", "送信防止措置依頼", HASHES[3], "momo_123"]],
];

describeNeeding(POPPLER, "escalation letters as PDF", () => {
  it.each(letters)(
    "%s: page 1 is drawn and the Japanese text extracts",
    async (name, letter, options, expected) => {
      const pdf = await toPdf(name, letter, options);
      expect(darkPixels(pdf)).toBeGreaterThan(1500);
      const text = squash(pdfText(pdf));
      for (const e of expected) expect(text).toContain(squash(e));
      expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]{10}/);
      expect(text).not.toMatch(/undefined|null|NaN/);
    },
    60_000,
  );

  it.each([
    ["ja", false],
    ["en", false],
    ["ja", true],
  ] as const)(
    "the memo of the typical case fits on one A4 page (%s, agreement: %s)",
    async (loc, agreement) => {
      const pdf = await toPdf(`memo-one-page-${loc}${agreement ? "-agreement" : ""}`, consultationMemo({ ...memoInput, agreement }, loc));
      expect(pages(pdf)).toBe(1);
      expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/A4/);
      const text = squash(pdfText(pdf));
      for (const h of HASHES) expect(text).toContain(h);
    },
    60_000,
  );

  it("an empty page stays nearly white at 40 dpi (the ink check can fail)", async () => {
    const pdf = await toPdf("blank", {
      title: "",
      date: "",
      paragraphs: [],
      sender: { name: "", address: "" },
      recipient: { name: "", address: "" },
      citations: [],
    });
    expect(darkPixels(pdf)).toBeLessThan(50);
  }, 60_000);
});
