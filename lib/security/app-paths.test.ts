import { describe, expect, it } from "vitest";
import { isAppPath, safeCallbackPath } from "./app-paths";

describe("app paths", () => {
  it.each(["/dashboard", "/settings", "/evidence/abc", "/withdrawal?step=2", "/trouble", "/trouble/abc"])("%s needs sign-in", (path) => {
    expect(isAppPath(path.split("?")[0])).toBe(true);
  });

  it.each(["/", "/bodies", "/sites", "/signin", "/calc", "/dashboards", "/troubles", "/api/health"])("%s is public", (path) => {
    expect(isAppPath(path)).toBe(false);
  });

  it.each([
    ["/settings", "/settings"],
    ["/evidence?x=1", "/evidence?x=1"],
    ["https://evil.example/", "/dashboard"],
    ["//evil.example/", "/dashboard"],
    ["/\\evil.example", "/dashboard"],
    ["javascript:alert(1)", "/dashboard"],
    ["", "/dashboard"],
  ])("returns to %s as %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
