import { describe, expect, it } from "vitest";
import { isRecordId, optionalRecordId, recordId } from "./ids";

describe("record ids", () => {
  it.each(["cmww10499001s757d19e8yezx", "other", "new", "c1"])("accepts %s", (id) => expect(isRecordId(id)).toBe(true));
  it.each(["", "\u0000", "a\u0000b", "../etc", "ABC", "x".repeat(65), "%00", "a b"])("refuses %j", (id) => {
    expect(isRecordId(id)).toBe(false);
    expect(recordId.safeParse(id).success).toBe(false);
  });
  it("lets an empty optional id through", () => {
    expect(optionalRecordId.safeParse("").success).toBe(true);
    expect(optionalRecordId.safeParse("\u0000").success).toBe(false);
  });
});
