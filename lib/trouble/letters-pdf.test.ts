// The customer-trouble letters through the real PDF renderer, checked with poppler: the Japanese text extracts,
// the file says nothing of the app, and Creator and Producer are empty, as for every letter she sends.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { renderLetterPdf } from "../letters/render-pdf";
import { describeNeeding } from "../testing/describe-needing";
import { POPPLER } from "../testing/system-requirements";
import { siteReport } from "./site-report";
import { troubleTakedown } from "./takedown";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "taikai-trouble-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const evidence = [{ fileName: "shot.png", capturedAt: "2026-11-30T10:05:00Z", sha256: "c".repeat(64) }];
const letters = [
  [
    "site-report",
    siteReport({
      siteName: "チャットサイトA",
      customerId: "taro_123",
      kind: "STALKING",
      whatHappened: "毎日メッセージが来る",
      evidence,
      asks: ["block"],
      today: "2026-12-02",
    }),
    ["利用者についての報告", "taro_123", "c".repeat(64)],
  ],
  [
    "takedown",
    troubleTakedown({ platformName: "画像掲示板B", postUrl: "https://board.example.test/p/1", privateImages: true, evidence, today: "2026-12-02" }),
    ["削除依頼書", "私事性的画像記録", "https://board.example.test/p/1"],
  ],
] as const;

describeNeeding(POPPLER, "customer-trouble letters as PDF", () => {
  it.each(letters)(
    "%s: the text extracts, and the file names neither the app nor its tools",
    async (name, letter, expected) => {
      const file = join(dir, `${name}.pdf`);
      writeFileSync(file, await renderLetterPdf(letter));
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s/g, "");
      for (const e of expected) expect(text).toContain(e.replace(/\s/g, ""));
      expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).not.toMatch(/^(Creator|Producer|Author):[ \t]*\S/m);
      expect(readFileSync(file).toString("latin1").toLowerCase()).not.toContain("taikai");
    },
    30_000,
  );
});
