import { describe, it, expect } from "vitest";
import { findHandle, firstMarker, normaliseForMatch, normaliseHandle } from "./normalise";
import { decodeEntities, extractText, extractTitle } from "./html";

describe("normaliseForMatch", () => {
  it.each([
    ["ＡＫＩ", "aki"],
    ["Aki", "aki"],
    ["ｱｷ", "アキ"],
    ["ﾋﾏﾘ", "ヒマリ"],
    ["①", "1"],
    ["ＨｉＭａＲｉ＿２４", "himari_24"],
  ])("%s -> %s", (input, expected) => {
    expect(normaliseForMatch(input)).toBe(expected);
  });
  it("normalises handles", () => {
    expect(normaliseHandle("  @ＡＫＩ ")).toBe("aki");
    expect(normaliseHandle("ひまり")).toBe("ひまり");
  });
});

describe("findHandle", () => {
  it("finds full-width and half-width forms", () => {
    expect(findHandle(normaliseForMatch("プロフィール ＡＫＩ です"), normaliseHandle("aki"))).toBeGreaterThan(0);
    expect(findHandle(normaliseForMatch("name: AKI!"), normaliseHandle("ａｋｉ"))).toBeGreaterThan(0);
  });
  it("does not find an ASCII handle inside a longer word", () => {
    expect(findHandle("akira and makio", "aki")).toBe(-1);
    expect(findHandle("akira and aki.", "aki")).toBe(10);
    expect(findHandle("user12", "user1")).toBe(-1);
  });
  it("finds Japanese handles as substrings", () => {
    expect(findHandle("ひまりちゃんの部屋", "ひまり")).toBe(0);
  });
  it("firstMarker matches normalised markers", () => {
    expect(firstMarker(normaliseForMatch("ＴＨＩＳ user does not exist"), ["this user"])).toBe("this user");
    expect(firstMarker("abc", ["x", "y"])).toBeNull();
    expect(firstMarker("abc", undefined)).toBeNull();
  });
});

describe("html helpers", () => {
  it("extracts the title and decodes entities", () => {
    expect(extractTitle("<title> Aki &amp; friends &#x2764; </title>")).toBe("Aki & friends ❤");
    expect(extractTitle("<p>none</p>")).toBeNull();
    expect(decodeEntities("&lt;b&gt; &#12402;&#12414;&#12426;")).toBe("<b> ひまり");
  });
  it("extracts visible text without scripts, styles and comments", () => {
    const t = extractText("<head><title>T</title><style>p{}</style></head><body><!-- aki --><script>var aki=1</script><p>Hello <b>world</b></p></body>");
    expect(t.text).toBe("Hello world");
    expect(t.scriptCount).toBe(1);
  });
});
