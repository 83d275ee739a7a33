import { describe, expect, it } from "vitest";
import { formatSize } from "./format-size";

describe("formatSize", () => {
  it.each([
    [0, "0 B"], [999, "999 B"], [1024, "1 KB"], [1536, "1.5 KB"], [100 * 1024 * 1024, "100 MB"], [1024 ** 3, "1 GB"], [13_107_200, "12.5 MB"],
  ])("%i bytes is %s", (bytes, text) => expect(formatSize(bytes)).toBe(text));
});
