// Rewrites half-width （）？！： in the Japanese messages (messages/*ja.json) to full-width, and the e2e locators that
// quote them, so messages/punctuation.test.ts passes again after a merge brings in new strings. Addresses (https://…)
// and code she types (「:8080」) are kept. Run: npx tsx scripts/full-width-ja.ts, then review the diff.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

function protect(text: string, pattern: RegExp, convert: (s: string) => string): string {
  const kept: string[] = [];
  const masked = text.replace(pattern, (m) => `\u0000${kept.push(m) - 1}\u0000`);
  return convert(masked).replace(/\u0000(\d+)\u0000/g, (_, i) => kept[Number(i)]);
}

const wide = (s: string) => s.replaceAll("(", "（").replaceAll(")", "）").replaceAll("?", "？").replaceAll("!", "！").replace(/: ?/g, "：");

export function fullWidth(text: string): string {
  return japanese.test(text) ? protect(text, /https?:\/\/\S*|「:\d+」/g, wide) : text;
}

function walk(value: unknown): unknown {
  if (typeof value === "string") return fullWidth(value);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
}

for (const file of readdirSync("messages").filter((f) => /(^|\.)ja\.json$/.test(f))) {
  const path = join("messages", file);
  const before = readFileSync(path, "utf8");
  const after = `${JSON.stringify(walk(JSON.parse(before)), null, 2)}\n`;
  if (after !== before) writeFileSync(path, after);
}

// e2e: string literals and regex literals that contain Japanese (in a regex only escaped brackets are text).
const literal = /"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|(?<=[(,=:!&|?[\s])\/(?![/*])(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[gimsuy]*/g;
const wideRegex = (s: string) =>
  s
    .replaceAll("\\(", "（")
    .replaceAll("\\)", "）")
    .replaceAll("\\?", "？")
    .replace(/(?<![\\?]): ?/g, "：");
for (const file of readdirSync("e2e").filter((f) => f.endsWith(".ts"))) {
  const path = join("e2e", file);
  const before = readFileSync(path, "utf8");
  const after = before.replace(literal, (m) => {
    if (!japanese.test(m)) return m;
    if (m.startsWith("/")) return protect(m, /https?:\\?\/\\?\/\S*|\(\?[:=!]|\(\?<[^>]*>/g, wideRegex);
    return m[0] + protect(m.slice(1, -1), /https?:\/\/\S*|「:\d+」|\$\{[^}]*\}|\?\w+=/g, wide) + m.at(-1);
  });
  if (after !== before) writeFileSync(path, after);
}
