import { describe, expect, it } from "vitest";
import { isAcceptableMultipartActionBody, isAcceptableTextActionBody, isDecodablePath, isMisdirectedSignIn, isSameOrigin } from "./request-guard";

const body = (text: string) => new TextEncoder().encode(text);

describe("plain-text action bodies", () => {
  it("accepts what the app's own forms send", () => {
    for (const args of [
      [],
      ["cjld2cjxh0000qzrmn831i7rn"],
      ["id", { note: "返信なし", occurredOn: "2026-11-01" }],
      [null, { items: ["a"] }],
      ["$$escaped"],
      ["$undefined"],
      ["$D2026-11-25T00:00:00.000Z"],
      ["$n42"],
      ["$-0", "$NaN"],
    ]) {
      expect(isAcceptableTextActionBody(body(JSON.stringify(args))), JSON.stringify(args)).toBe(true);
    }
  });

  it("refuses what React cannot decode", () => {
    for (const text of [
      "",
      "null",
      "not json",
      "[1,2",
      "{}",
      '"x"',
      "1",
      '["$Q0"]',
      '["$T"]',
      '["$W0"]',
      '["$B0"]',
      '["$h0"]',
      '["$n"]',
      '["$D"]',
      '["$@0"]',
      '["$K1"]',
      '[{"a":["$F1"]}]',
    ]) {
      expect(isAcceptableTextActionBody(body(text)), text).toBe(false);
    }
  });

  it("refuses invalid UTF-8, deep nesting and bodies over the limit, but takes nesting a form could produce", () => {
    expect(isAcceptableTextActionBody(new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]))).toBe(false);
    expect(isAcceptableTextActionBody(body(`[${"[".repeat(10_000)}${"]".repeat(10_000)}]`))).toBe(false);
    expect(isAcceptableTextActionBody(body(`[${"[".repeat(60)}${"]".repeat(60)}]`))).toBe(true);
    expect(isAcceptableTextActionBody(body(JSON.stringify(["x".repeat(1_000_001)])))).toBe(false);
  });
});

describe("multipart action bodies", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  };
  it("allows references between parts and fields that are not arguments", () => {
    expect(isAcceptableMultipartActionBody(form({ "0": '["$K1"]', "1_name": "x", $ACTION_ID_abc: "" }))).toBe(true);
  });
  it("refuses arguments that are not JSON or are too deep", () => {
    expect(isAcceptableMultipartActionBody(form({ "0": "[1," }))).toBe(false);
    expect(isAcceptableMultipartActionBody(form({ "0": "[".repeat(100) + "]".repeat(100) }))).toBe(false);
  });
  it("refuses references to parts that are not there", () => {
    expect(isAcceptableMultipartActionBody(form({ "0": '["$Q9"]' }))).toBe(false);
    expect(isAcceptableMultipartActionBody(form({ "0": '["$T"]' }))).toBe(false);
    expect(isAcceptableMultipartActionBody(form({ "0": '["$Q1", "$@a"]', "1": "[]", "10": "1" }))).toBe(true);
  });
});

describe("origins, paths and methods", () => {
  it("compares the Origin's host with the Host header", () => {
    expect(isSameOrigin(null, "127.0.0.1:3000")).toBe(true);
    expect(isSameOrigin("http://127.0.0.1:3000", "127.0.0.1:3000")).toBe(true);
    expect(isSameOrigin("https://evil.example", "127.0.0.1:3000")).toBe(false);
    expect(isSameOrigin("null", "127.0.0.1:3000")).toBe(false);
  });
  it("finds paths that do not decode", () => {
    expect(isDecodablePath("/api/evidence/%E3%81%82")).toBe(true);
    expect(isDecodablePath("/api/evidence/%E3%81")).toBe(false);
    expect(isDecodablePath("/x/%")).toBe(false);
  });
  it("only lets a POST reach the credentials callback", () => {
    expect(isMisdirectedSignIn("GET", "/api/auth/callback/credentials")).toBe(true);
    expect(isMisdirectedSignIn("POST", "/api/auth/callback/credentials")).toBe(false);
    expect(isMisdirectedSignIn("GET", "/api/auth/session")).toBe(false);
  });
});
