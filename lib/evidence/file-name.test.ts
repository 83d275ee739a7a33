import { describe, expect, it } from "vitest";
import { cleanFileName, contentDisposition } from "./file-name";

const png = { mime: "image/png", ext: "png" };
const jpeg = { mime: "image/jpeg", ext: "jpg" };

describe("file names", () => {
  it.each([
    ["../../etc/passwd.png", png, "passwd.png"],
    ["..\\..\\windows\\win.ini.png", png, "win.ini.png"],
    ["スクショ 2026-01-02.PNG", png, "スクショ 2026-01-02.PNG"],
    ["photo.txt", jpeg, "photo.txt.jpg"],
    ["invoice.pdf.exe", png, "invoice.pdf.exe.png"],
    ["", jpeg, "evidence.jpg"],
    ["..", png, "evidence.png"],
    ["a\u0000b\u202ec\nd.jpeg", jpeg, "abcd.jpeg"],
  ])("%j becomes %j", (raw, type, expected) => {
    expect(cleanFileName(raw, type)).toBe(expected);
  });

  it("bounds the length and keeps the extension", () => {
    const name = cleanFileName(`${"あ".repeat(500)}.png`, png);
    expect(name.length).toBe(120);
    expect(name.endsWith(".png")).toBe(true);
  });

  it("always downloads as an attachment with a safe ASCII fallback and the real name", () => {
    const header = contentDisposition('証拠"1";.png');
    expect(header.startsWith("attachment; ")).toBe(true);
    expect(header).toContain('filename="___1__.png"');
    expect(header).toContain("filename*=UTF-8''%E8%A8%BC%E6%8B%A0%221%22%3B.png");
  });
});
