import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const CLI = join(ROOT, "scripts", "letters-cli.ts");

function cli(args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(TSX, [CLI, ...args], { cwd: ROOT, timeout: 30_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin);
  });
}

const LETTER = "\uFEFF通知書\n\n　私は、貴社との間の出演契約を、本書面をもって解除します。DMMの件も同様です。\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "taikai-letters-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("letters CLI", () => {
  it("layout prints the layout as JSON and exits 0", async () => {
    const { code, stdout } = await cli(["layout", "--grid", "20x26"], LETTER);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(["lines", "pages", "violations", "characterCount", "warnings", "errors"]);
    expect(result.lines[0]).toBe("通知書"); // the BOM is dropped
    expect(result.lines).toEqual(["通知書", "", "　私は、貴社との間の出演契約を、本書面を", "もって解除します。DMMの件も同様です。"]);
    expect(result.characterCount).toBe(42);
    expect(result.pages).toBe(1);
    expect(result.violations).toEqual([]);
    expect(result.warnings).toMatchObject([{ code: "latin", char: "DMM" }]);
    expect(result.errors).toEqual([]);
  });

  it("reports violations and errors in the JSON, still exit 0", async () => {
    const { code, stdout } = await cli(["layout", "--grid", "13x40"], "https://example.com/long/path 😀\n");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.violations).toEqual([{ line: 1, counted: 29, limit: 13 }]);
    expect(result.errors[0]).toMatchObject({ code: "emoji", line: 2 });
  });

  it.each([
    [["layout", "--grid", "10x10"]],
    [["layout", "--grid", "26x20", "--vertical"]],
    [["layout", "--bogus"]],
    [["layout", "extra"]],
    [["frobnicate"]],
    [["pdf", "--grid", "20x26"]],
    [["layout", "--out", "x.pdf"]],
  ])("exits 2 with a message for bad arguments %j", async (args) => {
    const { code, stderr, stdout } = await cli(args, LETTER);
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage:/);
    expect(stdout).toBe("");
  });

  it("pdf writes a vertical PDF and refuses emoji", async () => {
    const out = join(dir, "letter.pdf");
    const ok = await cli(["pdf", "--grid", "20x26", "--vertical", "--out", out], LETTER);
    expect(ok.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
    const refused = await cli(["pdf", "--out", join(dir, "no.pdf")], "よろしく😀");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not written/);
  });
});
