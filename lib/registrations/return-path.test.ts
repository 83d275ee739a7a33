import { describe, expect, it } from "vitest";
import { wizardReturnPath } from "./return-path";

describe("the return path after adding a partner site", () => {
  it("allows only the wizard's first step", () => {
    expect(wizardReturnPath("/withdrawal/new")).toBe("/withdrawal/new");
    expect(wizardReturnPath("/withdrawal/cmabc1234567890ab/step/1")).toBe("/withdrawal/cmabc1234567890ab/step/1");
  });

  it("refuses anything else, so the form is no open redirect", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example/withdrawal/new",
      "/withdrawal/new?x=1",
      "/withdrawal/abc/step/2",
      "/dashboard",
      "/withdrawal/new/../../x",
      undefined,
      ["/withdrawal/new"],
    ]) {
      expect(wizardReturnPath(bad), String(bad)).toBeUndefined();
    }
  });
});
