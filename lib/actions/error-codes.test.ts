// One list of error codes, translated once: the list and the "errors" messages of both languages hold the same keys,
// and every code the server can send (zod messages and literal codes in lib/) is on the list.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import ja from "../../messages/ja.json";
import { errorCodes, isErrorCode } from "./error-codes";
import { validationFailure } from "./result";
import { z } from "zod";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("error codes", () => {
  it.each([
    ["ja", ja],
    ["en", en],
  ])("are the keys of %s errors, no more and no fewer", (_, messages) => {
    expect(Object.keys(messages.errors).sort()).toEqual([...errorCodes].sort());
  });

  it("cover every code a schema, action or route in lib/ writes", () => {
    const written = new Set<string>();
    // `message: "required"`, `error: "notFound"`, `fieldErrors: { x: "dateInFuture" }`, fieldError("x", "code").
    const patterns = [/\b(?:message|error):\s*"([a-zA-Z]+)"/g, /fieldErrors:\s*\{\s*[\w"]+:\s*"([a-zA-Z]+)"/g, /fieldError\([^,]+,\s*"([a-zA-Z]+)"\)/g];
    for (const file of sourceFiles("lib")) {
      const text = readFileSync(file, "utf8");
      for (const pattern of patterns) for (const match of text.matchAll(pattern)) written.add(match[1]);
    }
    expect(written.size).toBeGreaterThan(20);
    expect([...written].filter((code) => !isErrorCode(code))).toEqual([]);
  });

  it("turn zod's own English into invalidInput, never into text the page would show", () => {
    const failure = validationFailure(z.object({ a: z.string(), b: z.string().min(1, { error: "required" }) }).safeParse({ a: 1, b: "" }).error!);
    expect(failure.fieldErrors).toEqual({ a: "invalidInput", b: "required" });
  });
});
