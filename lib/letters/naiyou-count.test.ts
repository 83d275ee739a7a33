import { describe, expect, it } from "vitest";
import { countNaiyou, framedCount, scanNaiyou } from "./naiyou-count";

const count = (text: string) => countNaiyou(text).characterCount;

describe("countNaiyou: the examples Japan Post publishes", () => {
  it.each([
    ["(1)町内のおしらせ", 8],
    ["①役員会", 4],
    ["11月15日", 6],
    ["②クリスマス会", 7],
  ])("%s = %i", (text, expected) => {
    expect(count(text)).toBe(expected);
  });

  it("counts ① as 2 when it is not the ordering mark of an item", () => {
    expect(count("①")).toBe(2);
    expect(count("別紙①のとおり")).toBe(8);
    expect(count("① ")).toBe(2); // a mark needs the item's text after it
  });
});

describe("countNaiyou: hand-counted cases", () => {
  it("counts framed characters as their characters + 1", () => {
    expect(count("⑩")).toBe(3);
    expect(count("⑳")).toBe(3);
    expect(count("㉑")).toBe(3);
    expect(count("㊀")).toBe(2);
    expect(count("❶")).toBe(2);
    expect(count("⓫")).toBe(3);
    expect(count("第⑴項")).toBe(4); // ⑴ is (1): a bracket pair 1 + the digit 1
    expect(framedCount("⑽")).toBe(3);
  });

  it("counts an ordering mark at an item start as 1, after an indent too", () => {
    expect(count("⑩議事録")).toBe(4);
    expect(count("　①役員会")).toBe(4);
    expect(count("(10)項目")).toBe(3);
    expect(count("（一）総則")).toBe(3);
    expect(count("⑴項目")).toBe(3);
    expect(count("(1)")).toBe(2); // nothing after it: a plain bracket pair and a digit
    expect(countNaiyou("(a)事実関係").warnings).toEqual([]);
    expect(count("(a)事実関係")).toBe(5);
  });

  it("counts a bracket pair once, on the line of the opening bracket", () => {
    expect(count("「本契約」")).toBe(4);
    expect(count("「『あ』」")).toBe(3);
    expect(count("【重要】")).toBe(3);
    expect(count("<注>")).toBe(2);
    expect(countNaiyou("「あい\nうえ」お").lineCounts).toEqual([3, 3]);
    expect(countNaiyou("（あ\n\nい）").lineCounts).toEqual([2, 0, 1]);
  });

  it("counts an unmatched closing bracket as 1", () => {
    expect(count("あ）")).toBe(2);
    expect(count("「あ）")).toBe(3);
  });

  it("counts kg, m2, ㎡ and ㎏ as 2 and % as 1", () => {
    expect(count("5kg")).toBe(3);
    expect(count("10m2")).toBe(4);
    expect(count("3㎡")).toBe(3);
    expect(count("㎏")).toBe(2);
    expect(count("50%")).toBe(3);
    expect(count("㍿")).toBe(4); // 株式会社
  });

  it("counts half-width characters one each", () => {
    expect(count("2025年")).toBe(5);
    expect(count("１２")).toBe(2);
    expect(count("ｶﾞ")).toBe(2);
    expect(count("1,500,000円")).toBe(10);
  });

  it("does not count spaces or blank lines (practitioners’ rule)", () => {
    expect(count("あ い　う")).toBe(3);
    expect(countNaiyou("あ\n\n　\nい").lineCounts).toEqual([1, 0, 0, 1]);
  });

  it("normalises to NFC first (か + combining dakuten is one character)", () => {
    expect(count("か\u3099")).toBe(1);
    expect(count("\u304b\u3099き")).toBe(2);
  });
});

describe("countNaiyou: characters Japan Post refuses or may refuse", () => {
  it("reports emoji as errors, with the source line and column", () => {
    const result = countNaiyou("ありがとう\nよろしく😀お願いします");
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ code: "emoji", char: "😀", line: 2, column: 5 });
    expect(countNaiyou("了解👍🏽").errors.map((e) => e.code)).toContain("emoji");
    expect(countNaiyou("1️⃣番").errors.length).toBeGreaterThan(0);
    expect(countNaiyou("⌚").errors[0].code).toBe("emoji");
  });

  it("reports control, invisible, private-use and other scripts as errors", () => {
    expect(countNaiyou("あ\u0007い").errors[0].code).toBe("control");
    expect(countNaiyou("あ\u200bい").errors[0].code).toBe("invisible");
    expect(countNaiyou("あ\ue000").errors[0].code).toBe("private-use");
    expect(countNaiyou("안녕").errors[0].code).toBe("unsupported-script");
  });

  it("accepts kana, kanji, numerals, brackets and common symbols", () => {
    const result = countNaiyou("令和7年（2025年）1月、金10,000円※→〒100-0001 ☆★♪①㊤〽");
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("warns on Latin letters once a word, but not on units after a number", () => {
    const result = countNaiyou("DMMとＦＣ２とhttps://example.com/aと5kgと10m2と3 cm");
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.char)).toEqual(["DMM", "ＦＣ２", "https://example.com/a"]);
    expect(result.warnings[0]).toMatchObject({ code: "latin", line: 1, column: 1 });
  });

  it("warns on Greek and Cyrillic letters", () => {
    expect(countNaiyou("α版").warnings[0].code).toBe("foreign-letter");
  });
});

describe("scanNaiyou", () => {
  it("keeps half-width words whole and gives closing brackets 0", () => {
    const { tokens } = scanNaiyou("「https://example.com」です");
    expect(tokens.map((t) => [t.text, t.count])).toEqual([
      ["「", 1],
      ["https://example.com", 19],
      ["」", 0],
      ["で", 1],
      ["す", 1],
    ]);
  });
});
