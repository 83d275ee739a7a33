import { describe, expect, it } from "vitest";
import { defaultLimits, evidenceLimits } from "./limits";
import { isSameOrigin } from "./same-origin";
import { uploadMetaSchema } from "./schema";

describe("evidence limits", () => {
  it("defaults to 100 MB per file and 1 GB per user, overridable by the environment", () => {
    expect(evidenceLimits({})).toEqual({ maxFileBytes: 104_857_600, maxUserBytes: 1_073_741_824 });
    expect(evidenceLimits({ TAIKAI_EVIDENCE_MAX_FILE_BYTES: "1000", TAIKAI_EVIDENCE_MAX_USER_BYTES: "5000" })).toEqual({
      maxFileBytes: 1000,
      maxUserBytes: 5000,
    });
    expect(evidenceLimits({ TAIKAI_EVIDENCE_MAX_FILE_BYTES: "-1", TAIKAI_EVIDENCE_MAX_USER_BYTES: "lots" })).toEqual(defaultLimits);
  });
});

describe("same-origin check for uploads", () => {
  const request = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/api/evidence", { method: "POST", headers });
  it("accepts the app's own origin and refuses others or none", () => {
    expect(isSameOrigin(request({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }), undefined)).toBe(true);
    expect(isSameOrigin(request({ host: "internal:3000", origin: "https://taikai.example" }), "https://taikai.example")).toBe(true);
    expect(isSameOrigin(request({ host: "127.0.0.1:3000", origin: "https://evil.example" }), undefined)).toBe(false);
    expect(isSameOrigin(request({ host: "127.0.0.1:3000", origin: "null" }), undefined)).toBe(false);
    expect(isSameOrigin(request({ host: "127.0.0.1:3000" }), undefined)).toBe(false);
  });
});

describe("upload metadata", () => {
  const valid = { fileName: "a.png", size: 10, description: "スクショ", capturedAt: "2026-01-02T03:04:00.000Z", caseId: "", stripMetadata: true };
  it("accepts what the form sends", () => {
    expect(uploadMetaSchema.safeParse(valid).success).toBe(true);
  });
  it.each([
    ["a capture time in the future", { capturedAt: new Date(Date.now() + 86_400_000).toISOString() }, "dateInFuture"],
    ["a capture time that is not a time", { capturedAt: "yesterday" }, "date"],
    ["HTML in the description", { description: "<script>x</script>" }, "noHtml"],
    ["a very long description", { description: "あ".repeat(1001) }, "tooLong"],
    ["a negative size", { size: -1 }, undefined],
  ])("refuses %s", (_name, change, message) => {
    const result = uploadMetaSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    if (message) expect(result.error?.issues[0].message).toBe(message);
  });
});
