import { describe, it, expect } from "vitest";
import { findRefresh } from "./refresh";

const PAGE = "https://s.example/profile/aki";
/** The result without the raw target text (asserted once, below). */
const found = (...args: Parameters<typeof findRefresh>) => {
  const r = findRefresh(...args);
  return r?.kind === "to" ? { kind: r.kind, url: r.url } : r;
};
const meta = (content: string, extra = "") => `<html><head><meta http-equiv="Refresh" content="${content}"${extra}></head><body></body></html>`;

describe("findRefresh", () => {
  it.each([
    [meta("0;url=/"), { kind: "to", url: "https://s.example/" }],
    [meta("0; URL='/top?x=1&amp;y=2'"), { kind: "to", url: "https://s.example/top?x=1&y=2" }],
    [meta("5, https://other.example/a"), { kind: "to", url: "https://other.example/a" }],
    [meta("0;url=/profile/aki#top"), { kind: "self" }],
    [meta("0"), { kind: "self" }],
    [meta("390"), null], // a periodic refresh (Cloudflare's challenge page), not a redirect
    [meta("30;url=/"), { kind: "to", url: "https://s.example/" }], // slow, but the page has nothing else
    [meta("0;url=javascript:alert(1)"), null],
    ['<meta content="0;url=/bye" http-equiv=refresh>', { kind: "to", url: "https://s.example/bye" }],
    ["<p>no refresh here</p>", null],
  ])("%s", (html, expected) => {
    expect(found(html, 0, PAGE)).toEqual(expected);
  });

  it("a slow refresh on a content page is not a redirect", () => {
    expect(found(meta("600;url=/"), 500, PAGE)).toBeNull();
    expect(found(meta("0;url=/"), 500, PAGE)).toEqual({ kind: "to", url: "https://s.example/" });
  });

  it("keeps the target as written in the page", () => {
    expect(findRefresh(meta("0;url=/bye"), 0, PAGE)).toEqual({ kind: "to", url: "https://s.example/bye", raw: "/bye" });
  });

  it("reads the Refresh response header", () => {
    expect(found("<p>x</p>", 0, PAGE, "0; url=/")).toEqual({ kind: "to", url: "https://s.example/" });
  });

  it("follows a script redirect only on a near-empty page", () => {
    const script = '<script>window.location.href = "/";</script>';
    expect(found(`<body>${script}</body>`, 0, PAGE)).toEqual({ kind: "to", url: "https://s.example/" });
    expect(found("<script>location.replace('/bye')</script>", 0, PAGE)).toEqual({ kind: "to", url: "https://s.example/bye" });
    // A normal page whose click handler assigns location is not a redirect.
    expect(found(`<body>${script}</body>`, 500, PAGE)).toBeNull();
  });
});
