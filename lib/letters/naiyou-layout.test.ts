import { describe, expect, it } from "vitest";
import { composeNaiyouText, layoutNaiyou, LINE_START_FORBIDDEN, NAIYOU_GRIDS, NAIYOU_PLACEHOLDERS, type NaiyouGrid } from "./naiyou-layout";

const GRIDS = Object.keys(NAIYOU_GRIDS) as NaiyouGrid[];

// A deterministic mix of kana, kanji, punctuation, brackets, numbers, framed marks and spaces.
function sampleText(seed: number, paragraphs: number): string {
  const pieces = [
    "私は",
    "、",
    "貴社",
    "との間の",
    "出演契約",
    "（以下「本契約」といいます。）",
    "を解除します",
    "。",
    "11月15日",
    "①",
    "5kg",
    "10㎡",
    "　",
    "……",
    "「",
    "ー",
    "」",
    "っ",
    "ありがとうございました",
    "50%",
    "DMM",
    "(1)",
  ];
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: paragraphs }, () => Array.from({ length: 10 + (next() % 30) }, () => pieces[next() % pieces.length]).join("")).join("\n");
}

describe("layoutNaiyou: line limits and pages", () => {
  it.each(GRIDS)("never puts more than the limit on a line but for one over-long token (%s)", (grid) => {
    const { perLine } = NAIYOU_GRIDS[grid];
    for (let seed = 1; seed <= 40; seed++) {
      const layout = layoutNaiyou(sampleText(seed, 6), { grid });
      layout.lineCounts.forEach((counted, i) => {
        // Only a line holding one unbreakable token longer than a line may exceed it, and it is then reported.
        const tokens = layout.lineTokens[i].filter((t) => t.kind !== "space");
        if (counted > perLine) {
          expect(tokens).toHaveLength(1);
          expect(layout.violations).toContainEqual({ line: i + 1, counted, limit: perLine });
        } else expect(layout.violations.map((v) => v.line)).not.toContain(i + 1);
      });
      expect(layout.lineCount).toBe(layout.lines.length);
      expect(layout.characterCount).toBe(layout.lineCounts.reduce((a, b) => a + b, 0));
    }
  });

  it("loses no character: the lines put back together are the paragraphs, less wrap-point spaces", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const text = sampleText(seed, 4);
      const layout = layoutNaiyou(text, { grid: "13x40" });
      const strip = (s: string) => s.replace(/[\s\u3000]/gu, "");
      expect(strip(layout.lines.join(""))).toBe(strip(text));
    }
  });

  it("counts pages of 26 lines on 20x26 and 40 on 13x40, blank lines included", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 1 && i < n - 1 ? "" : "あ")).join("\n");
    expect(layoutNaiyou(lines(26), { grid: "20x26" }).pages).toBe(1);
    expect(layoutNaiyou(lines(27), { grid: "20x26" }).pages).toBe(2);
    expect(layoutNaiyou(lines(53), { grid: "20x26" }).pages).toBe(3);
    expect(layoutNaiyou(lines(20), { grid: "26x20" }).pages).toBe(1);
    expect(layoutNaiyou(lines(21), { grid: "26x20" }).pages).toBe(2);
    expect(layoutNaiyou(lines(41), { grid: "13x40" }).pages).toBe(2);
    expect(layoutNaiyou("", { grid: "20x26" })).toMatchObject({ lines: [], pages: 0, characterCount: 0 });
  });

  it("wraps a long paragraph into full lines and counts them", () => {
    const layout = layoutNaiyou("あ".repeat(20 * 26 + 1), { grid: "20x26" });
    expect(layout.lineCount).toBe(27);
    expect(layout.pages).toBe(2);
    expect(layout.lineCounts.slice(0, 26).every((n) => n === 20)).toBe(true);
    expect(layout.characterCount).toBe(521);
  });

  it("keeps blank lines, drops trailing ones", () => {
    const layout = layoutNaiyou("通知書\n\n本文\n\n\n", { grid: "20x26" });
    expect(layout.lines).toEqual(["通知書", "", "本文"]);
    expect(layout.lineCounts).toEqual([3, 0, 2]);
  });
});

describe("layoutNaiyou: 禁則", () => {
  it("never starts a line with closing punctuation in ordinary text", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const layout = layoutNaiyou(sampleText(seed, 5), { grid: "20x26" });
      layout.lineTokens.forEach((tokens, i) => {
        if (i === 0 || tokens.length === 0 || tokens[0].line !== layout.lineTokens[i - 1].at(-1)?.line) return;
        expect(LINE_START_FORBIDDEN.has(tokens[0].text.charAt(0)), `line ${i + 1}: ${layout.lines[i]}`).toBe(false);
      });
    }
  });

  it("pulls the previous character down rather than start a line with 。", () => {
    const layout = layoutNaiyou(`${"あ".repeat(20)}。い`, { grid: "20x26" });
    expect(layout.lines).toEqual(["あ".repeat(19), "あ。い"]);
  });

  it("pulls down past a closing bracket too", () => {
    const layout = layoutNaiyou(`${"あ".repeat(18)}い」。う`, { grid: "20x26" });
    expect(layout.lines[1].startsWith("い」。")).toBe(true);
  });

  it("lets a paired closing bracket hang at the end of a full line (it counts 0)", () => {
    const layout = layoutNaiyou(`${"あ".repeat(18)}「い」う`, { grid: "20x26" });
    expect(layout.lines).toEqual([`${"あ".repeat(18)}「い」`, "う"]);
    expect(layout.lineCounts).toEqual([20, 1]);
  });

  it("never ends a line with an opening bracket", () => {
    const layout = layoutNaiyou(`${"あ".repeat(19)}「いう」`, { grid: "20x26" });
    expect(layout.lines).toEqual(["あ".repeat(19), "「いう」"]);
  });

  it("does not split …… and keeps half-width words whole", () => {
    expect(layoutNaiyou(`${"あ".repeat(19)}……`, { grid: "20x26" }).lines).toEqual(["あ".repeat(18), "あ……"]);
    expect(layoutNaiyou(`${"あ".repeat(17)}12345`, { grid: "20x26" }).lines).toEqual(["あ".repeat(17), "12345"]);
  });

  it("counts a bracket pair split across lines on the line of its opening bracket", () => {
    const layout = layoutNaiyou(`${"あ".repeat(10)}「${"い".repeat(20)}」`, { grid: "20x26" });
    expect(layout.lines).toEqual([`${"あ".repeat(10)}「${"い".repeat(9)}`, `${"い".repeat(11)}」`]);
    expect(layout.lineCounts).toEqual([20, 11]);
  });
});

describe("layoutNaiyou: violations and issues", () => {
  it("reports a line over the limit when one unbreakable token is longer than a line", () => {
    const url = "https://example.com/a/very/long/path";
    const layout = layoutNaiyou(`詳しくは${url}をご覧ください。`, { grid: "20x26" });
    expect(layout.lines).toEqual(["詳しくは", url, "をご覧ください。"]);
    expect(layout.violations).toEqual([{ line: 2, counted: url.length, limit: 20 }]);
  });

  it("maps warnings and errors to laid-out lines, keeping the source line", () => {
    const layout = layoutNaiyou(`表題\n${"あ".repeat(25)}😀DMM`, { grid: "20x26" });
    expect(layout.errors).toHaveLength(1);
    expect(layout.errors[0]).toMatchObject({ code: "emoji", line: 3, sourceLine: 2 });
    expect(layout.warnings[0]).toMatchObject({ code: "latin", char: "DMM", line: 3, sourceLine: 2 });
  });

  it("accepts 縦書き only on 20x26 and lays it out the same way", () => {
    expect(() => layoutNaiyou("あ", { grid: "26x20", vertical: true })).toThrow(RangeError);
    expect(() => layoutNaiyou("あ", { grid: "13x40", vertical: true })).toThrow(RangeError);
    const text = sampleText(7, 3);
    expect(layoutNaiyou(text, { grid: "20x26", vertical: true }).lines).toEqual(layoutNaiyou(text, { grid: "20x26" }).lines);
    expect(() => layoutNaiyou("あ", { grid: "10x10" as NaiyouGrid })).toThrow(RangeError);
  });
});

describe("composeNaiyouText", () => {
  it("puts the blocks in the usual order: 表題, 本文, 日付, 差出人, 受取人", () => {
    const text = composeNaiyouText({
      title: "通知書",
      body: "　貴社との契約を解除します。\n　以上",
      date: "令和7年1月10日",
      sender: { address: "東京都新宿区西新宿2-8-1", name: "山田花子" },
      recipient: { address: "大阪府大阪市北区1-1-1", name: "株式会社サンプル" },
    });
    expect(text).toBe(
      "通知書\n\n　貴社との契約を解除します。\n　以上\n\n令和7年1月10日\n\n東京都新宿区西新宿2-8-1\n山田花子\n\n大阪府大阪市北区1-1-1\n株式会社サンプル",
    );
  });

  it("leaves placeholders where a value is missing or blank", () => {
    const text = composeNaiyouText({ title: "催告書", body: "本文です。", date: " ", sender: { name: "山田花子" }, recipient: {} });
    const order = [
      "催告書",
      "本文です。",
      NAIYOU_PLACEHOLDERS.date,
      NAIYOU_PLACEHOLDERS.senderAddress,
      "山田花子",
      NAIYOU_PLACEHOLDERS.recipientAddress,
      NAIYOU_PLACEHOLDERS.recipientName,
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(NAIYOU_PLACEHOLDERS.senderAddress).toMatch(/^【.+住所】$/);
  });

  it("keeps the user’s text literal", () => {
    const text = composeNaiyouText({ title: "<b>通知書</b>", body: "<script>alert(1)</script>", date: "x", sender: {}, recipient: {} });
    expect(text).toContain("<script>alert(1)</script>");
  });
});
