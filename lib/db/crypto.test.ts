import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptField, encryptField } from "./crypto";

const key = randomBytes(32);
const context = { model: "Agency", field: "notesEnc", id: "row-1" };

describe("field encryption", () => {
  it("round-trips Japanese text and never stores it in the clear", () => {
    const stored = encryptField("事務所の担当者: 山田", context, key);
    expect(stored).not.toContain("山田");
    expect(decryptField(stored, context, [key])).toBe("事務所の担当者: 山田");
  });

  it("refuses a value moved to another row or field", () => {
    const stored = encryptField("secret", context, key);
    expect(() => decryptField(stored, { ...context, id: "row-2" }, [key])).toThrow();
    expect(() => decryptField(stored, { ...context, field: "emailEnc" }, [key])).toThrow();
  });

  it("refuses a tampered value", () => {
    const stored = encryptField("secret", context, key);
    const parts = stored.split(".");
    parts[4] = Buffer.from("tampered").toString("base64url");
    expect(() => decryptField(parts.join("."), context, [key])).toThrow();
  });

  it("still opens data written with a previous key after rotation", () => {
    const oldKey = randomBytes(32);
    const stored = encryptField("old data", context, oldKey);
    expect(decryptField(stored, context, [key, oldKey])).toBe("old data");
    expect(() => decryptField(stored, context, [key])).toThrow();
  });
});
