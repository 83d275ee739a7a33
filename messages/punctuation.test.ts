import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Japanese text uses full-width punctuation （）？！： so brackets never nest half-width, as in 「表示なし(404(…))」.
// Addresses and code she must type exactly (https://, 「:8080」) are the only half-width text allowed.
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
const allowed = [/https?:\/\/\S*/g, /「:\d+」/g];
const halfWidth = /[()?!]|:(?!\/\/)/;

function strings(value: unknown, key = ""): [string, string][] {
  if (typeof value === "string") return [[key, value]];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k));
}

function offenders(text: Record<string, unknown>): string[] {
  return strings(text)
    .filter(([, v]) => japanese.test(v) && halfWidth.test(allowed.reduce((s, re) => s.replace(re, ""), v)))
    .map(([k, v]) => `${k}: ${v}`);
}

describe("Japanese punctuation", () => {
  const dir = import.meta.dirname;
  const files = readdirSync(dir).filter((f) => /(^|\.)ja\.json$/.test(f));

  it.each(files)("%s has no half-width brackets, question marks or colons in Japanese text", (file) => {
    expect(offenders(JSON.parse(readFileSync(join(dir, file), "utf8")))).toEqual([]);
  });

  it("catches a nested half-width bracket", () => {
    expect(offenders({ a: "表示なし(404(ページが見つかりません))", b: "https://example.jp で始まる", c: "Not Japanese (fine)" })).toEqual([
      "a: 表示なし(404(ページが見つかりません))",
    ]);
  });
});
