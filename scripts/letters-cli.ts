/**
 * Taikai letters CLI: lays a 内容証明 text (UTF-8 on stdin) out to Japan Post's grid.
 *   letters layout [--grid 20x26|26x20|13x40] [--vertical]                 prints the layout as JSON
 *   letters pdf    [--grid 20x26|26x20|13x40] [--vertical] --out file.pdf   also writes the PDF
 * The grid defaults to 20x26; --vertical (縦書き) only with 20x26. Exit 0 with the JSON (violations, warnings and
 * errors are in it); 1 when `pdf` refuses a text with errors (emoji, control characters); 2 for bad arguments.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { isNaiyouGrid, layoutNaiyou, type NaiyouLayout, type NaiyouLayoutIssue } from "../lib/letters/naiyou-layout";

class UsageError extends Error {}

const USAGE = `usage:
  letters layout [--grid 20x26|26x20|13x40] [--vertical] < letter.txt
  letters pdf [--grid 20x26|26x20|13x40] [--vertical] --out file.pdf < letter.txt`;

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError("pipe the letter text on stdin");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
}

const issueJson = ({ code, char, line, sourceLine, column, message }: NaiyouLayoutIssue) => ({ code, char, line, sourceLine, column, message });

function summary(layout: NaiyouLayout) {
  return {
    lines: layout.lines,
    pages: layout.pages,
    violations: layout.violations,
    characterCount: layout.characterCount,
    warnings: layout.warnings.map(issueJson),
    errors: layout.errors.map(issueJson),
  };
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== "layout" && command !== "pdf") throw new UsageError(command ? `unknown command ${command}` : "missing command");
  const { values } = parseArgs({
    args: rest,
    options: { grid: { type: "string", default: "20x26" }, vertical: { type: "boolean", default: false }, out: { type: "string" } },
    strict: true,
    allowPositionals: false,
  });
  const grid = values.grid;
  if (!isNaiyouGrid(grid)) throw new UsageError(`--grid must be 20x26, 26x20 or 13x40 (got ${grid})`);
  if (values.vertical && grid !== "20x26") throw new UsageError("--vertical (縦書き) is only accepted with --grid 20x26");
  if (command === "layout" && values.out !== undefined) throw new UsageError("--out belongs to the pdf command");
  if (command === "pdf" && !values.out) throw new UsageError("pdf needs --out <file.pdf>");

  const layout = layoutNaiyou(await readStdin(), { grid, vertical: values.vertical });
  process.stdout.write(`${JSON.stringify(summary(layout), null, 2)}\n`);
  if (command === "pdf") {
    if (layout.errors.length > 0) {
      process.stderr.write(`not written: ${layout.errors.length} character(s) Japan Post does not accept (see "errors")\n`);
      return 1;
    }
    // Loaded only here: the layout command stays fast and never touches the fonts.
    const { renderNaiyouPdf } = await import("../lib/letters/render-pdf");
    writeFileSync(values.out!, await renderNaiyouPdf(layout.lines[0] ?? "", layout));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`${(err as Error).message}\n${usage ? `${USAGE}\n` : ""}`);
    process.exit(usage ? 2 : 1);
  },
);
