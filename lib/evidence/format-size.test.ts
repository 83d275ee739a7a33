import { describe, expect, it } from "vitest";
import { formatSize } from "./format-size";

describe("formatSize", () => {
  it.each([
    [0, "0\u00a0B"],
    [999, "999\u00a0B"],
    [1024, "1\u00a0KB"],
    [1536, "1.5\u00a0KB"],
    [100 * 1024 * 1024, "100\u00a0MB"],
    [1024 ** 3, "1\u00a0GB"],
    [13_107_200, "12.5\u00a0MB"],
  ])("%i bytes is %s", (bytes, text) => expect(formatSize(bytes)).toBe(text));
});
