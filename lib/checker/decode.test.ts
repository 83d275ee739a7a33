import { describe, it, expect } from "vitest";
import iconv from "iconv-lite";
import { canonicalCharset, charsetFromContentType, charsetFromMeta, decodeBody, detectCharset } from "./decode";

const JP = "<html><body><h1>ひまり のプロフィール</h1><p>ライブチャットで毎晩お話ししています。趣味は料理と映画鑑賞です。</p></body></html>";

describe("charset sources", () => {
  it("reads the Content-Type charset", () => {
    expect(charsetFromContentType("text/html; charset=Shift_JIS")).toBe("Shift_JIS");
    expect(charsetFromContentType('text/html;charset="euc-jp"')).toBe("euc-jp");
    expect(charsetFromContentType("text/html")).toBeNull();
  });
  it("reads <meta charset> and <meta http-equiv>", () => {
    expect(charsetFromMeta(Buffer.from('<head><meta charset="shift_jis"></head>'))).toBe("shift_jis");
    expect(charsetFromMeta(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">'))).toBe("EUC-JP");
    expect(charsetFromMeta(Buffer.from('<meta name="description" content="x">'))).toBeNull();
  });
  it("maps labels to decoders", () => {
    expect(canonicalCharset("Shift_JIS")).toBe("cp932");
    expect(canonicalCharset("x-sjis")).toBe("cp932");
    expect(canonicalCharset("EUC-JP")).toBe("eucjp");
    expect(canonicalCharset("UTF-8")).toBe("utf-8");
    expect(canonicalCharset("no-such-charset")).toBeNull();
  });
});

describe("decodeBody", () => {
  it("decodes Shift_JIS declared in the header", () => {
    const d = decodeBody(iconv.encode(JP, "Shift_JIS"), "text/html; charset=Shift_JIS");
    expect(d.source).toBe("header");
    expect(d.text).toBe(JP);
  });
  it("decodes EUC-JP declared only in <meta>", () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"></head>${JP}</html>`;
    const d = decodeBody(iconv.encode(html, "EUC-JP"), "text/html");
    expect(d.source).toBe("meta");
    expect(d.charset).toBe("eucjp");
    expect(d.text).toContain("ひまり");
  });
  it("detects undeclared Shift_JIS, EUC-JP and UTF-8", () => {
    expect(detectCharset(iconv.encode(JP, "Shift_JIS"))).toBe("cp932");
    expect(detectCharset(iconv.encode(JP, "EUC-JP"))).toBe("eucjp");
    expect(detectCharset(Buffer.from(JP, "utf8"))).toBe("utf-8");
    const d = decodeBody(iconv.encode(JP, "Shift_JIS"), null);
    expect(d.source).toBe("detected");
    expect(d.text).toContain("ひまり");
    expect(decodeBody(iconv.encode(JP, "EUC-JP"), undefined).text).toContain("ひまり");
  });
  it("detects short katakana-only names", () => {
    expect(detectCharset(iconv.encode("<p>ヒマリ</p>", "Shift_JIS"))).toBe("cp932");
    expect(detectCharset(iconv.encode("<p>ヒマリ</p>", "EUC-JP"))).toBe("eucjp");
  });
  it("falls back to detection when the declared charset is unknown", () => {
    expect(decodeBody(iconv.encode(JP, "Shift_JIS"), "text/html; charset=bogus").text).toContain("ひまり");
  });
  it("strips a UTF-8 BOM", () => {
    expect(decodeBody(Buffer.from("\ufeffhello", "utf8"), null).text).toBe("hello");
  });
});
