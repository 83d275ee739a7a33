import { describe, expect, it } from "vitest";
import { hashPassword, isCommonPassword, verifyPassword } from "./password";

describe("passwords", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("sora-ni-ukabu-kumo-7");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "sora-ni-ukabu-kumo-7")).toBe(true);
    expect(await verifyPassword(hash, "sora-ni-ukabu-kumo-8")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });

  it.each(["1234567890", "Password123", "QWERTYUIOP", "aaaaaaaaaaaa", "abcdefghijkl", "9876543210"])("refuses the common password %s", (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  // Not on the 98-entry list this replaced: breached passwords, Japanese names with a year or date, l33t spellings.
  it.each(["tanaka1985", "suzuki19900101", "passw0rd!!", "hellokitty12", "asdfghjkl123"])("refuses the easily guessed password %s", (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it("counts her own email as a known word", () => {
    expect(isCommonPassword("himari.hoshino.x", [])).toBe(false);
    expect(isCommonPassword("himari.hoshino.x", ["himari.hoshino.x@example.com"])).toBe(true);
  });

  it.each(["sora-ni-ukabu-kumo-7", "桜の木の下で待ち合わせ", "x7#Lm2!qPz0w"])("accepts %s", (password) => {
    expect(isCommonPassword(password)).toBe(false);
  });
});
