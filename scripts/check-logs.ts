// `tsx scripts/check-logs.ts <log file> [--forbid <text>]... [--forbid-regex <pattern>]... [--forbid-file <file>]`
// Fails (exit 1) when the log holds any forbidden text: a test user's email or handle in the server's output means
// personal data reaches the logs. Prints each hit with its line number, the match masked. Exit 2 for bad arguments
// or a missing log.
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    forbid: { type: "string", multiple: true, default: [] },
    "forbid-regex": { type: "string", multiple: true, default: [] },
    "forbid-file": { type: "string", multiple: true, default: [] },
  },
});
const [logFile] = positionals;
if (!logFile) {
  console.error("usage: check-logs <log file> [--forbid TEXT]... [--forbid-regex PATTERN]... [--forbid-file FILE (one text a line)]");
  process.exit(2);
}
if (!existsSync(logFile)) {
  console.error(`check-logs: ${logFile} does not exist`);
  process.exit(2);
}

const texts = [...values.forbid, ...values["forbid-file"].flatMap((f) => readFileSync(f, "utf8").split("\n"))]
  .map((t) => t.trim())
  .filter((t) => t.length >= 3);
const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Short Latin handles ("rin", "mio") only count as whole words, or "printing" would match "rin".
const asPattern = (t: string) => new RegExp(/^[A-Za-z0-9_-]+$/.test(t) ? `(?<![A-Za-z0-9])${escapeRegExp(t)}(?![A-Za-z0-9])` : escapeRegExp(t), "i");
const patterns = [...texts.map(asPattern), ...values["forbid-regex"].map((p) => new RegExp(p, "i"))];
// The server may print percent-encoded or JSON-escaped forms of the same text.
const variants = (line: string) => {
  const forms = [line];
  try {
    forms.push(decodeURIComponent(line));
  } catch {}
  forms.push(line.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))));
  return forms;
};
const mask = (s: string) => (s.length <= 4 ? "****" : `${s.slice(0, 2)}…${s.slice(-2)} (${s.length} chars)`);

const lines = readFileSync(logFile, "utf8").split("\n");
let hits = 0;
lines.forEach((line, i) => {
  for (const form of variants(line)) {
    const found = patterns.map((p) => p.exec(form)?.[0]).find(Boolean);
    if (found) {
      hits++;
      console.error(`${logFile}:${i + 1}: personal data in the log: ${mask(found)}`);
      break;
    }
  }
});
console.log(`check-logs: ${lines.length} lines, ${patterns.length} forbidden patterns, ${hits} lines with personal data`);
process.exit(hits ? 1 : 0);
