import { describe, expect, it } from "vitest";
import { loginNameField, suggestLoginName } from "./login-name";
import { disableTwoFactorSchema, registerSchema, signInSchema, twoFactorCodeSchema } from "./schema";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }, field: string) =>
  result.error?.issues.find((i) => i.path.join(".") === field)?.message;

describe("registration input", () => {
  it("accepts a login name, normalised (full-width letters, case, spaces), and asks for no email", () => {
    const result = registerSchema.safeParse({ loginName: " Ｈｏｓｈｉ-Sora_7 ", password: "sora-ni-ukabu-kumo-7", passwordConfirm: "sora-ni-ukabu-kumo-7" });
    expect(result.success && result.data).toEqual({ loginName: "hoshi-sora_7", password: "sora-ni-ukabu-kumo-7", passwordConfirm: "sora-ni-ukabu-kumo-7" });
    expect(registerSchema.safeParse({ loginName: "さくら.2026", password: "sora-ni-ukabu", passwordConfirm: "sora-ni-ukabu" }).success).toBe(true);
    // An email sent along is ignored, never stored.
    const withEmail = registerSchema.safeParse({
      loginName: "hoshi",
      email: "hanako@example.test",
      password: "sora-ni-ukabu",
      passwordConfirm: "sora-ni-ukabu",
    });
    expect(withEmail.success && "email" in withEmail.data).toBe(false);
  });

  it.each([
    ["empty", { loginName: "", password: "", passwordConfirm: "" }, "loginName", "required"],
    ["missing", {}, "loginName", "required"],
    ["wrong type", { loginName: 42, password: [], passwordConfirm: null }, "loginName", "required"],
    ["short name", { loginName: "ab", password: "sora-ni-ukabu", passwordConfirm: "sora-ni-ukabu" }, "loginName", "loginNameTooShort"],
    [
      "an email as the name",
      { loginName: "hanako@example.test", password: "sora-ni-ukabu", passwordConfirm: "sora-ni-ukabu" },
      "loginName",
      "loginNameCharacters",
    ],
    ["spaces inside", { loginName: "hana ko", password: "sora-ni-ukabu", passwordConfirm: "sora-ni-ukabu" }, "loginName", "loginNameCharacters"],
    [
      "script name",
      { loginName: "<script>alert(1)</script>", password: "sora-ni-ukabu", passwordConfirm: "sora-ni-ukabu" },
      "loginName",
      "loginNameCharacters",
    ],
    ["markup name", { loginName: "<b>x</b>", password: "sora-ni-ukabu", passwordConfirm: "sora-ni-ukabu" }, "loginName", "loginNameCharacters"],
    ["huge name", { loginName: "a".repeat(10_000), password: "sora-ni-ukabu", passwordConfirm: "sora-ni-ukabu" }, "loginName", "tooLong"],
    ["short password", { loginName: "hoshi", password: "short", passwordConfirm: "short" }, "password", "passwordTooShort"],
    ["huge password", { loginName: "hoshi", password: "x".repeat(10_000), passwordConfirm: "x".repeat(10_000) }, "password", "tooLong"],
    ["mismatch", { loginName: "hoshi", password: "sora-ni-ukabu", passwordConfirm: "sora-ni-ukaba" }, "passwordConfirm", "passwordMismatch"],
  ])("refuses %s input with a translatable code", (_name, input, field, code) => {
    const result = registerSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(firstMessage(result, field)).toBe(code);
  });

  it("suggests names nobody could guess, each one new, that the form accepts", () => {
    const names = Array.from({ length: 200 }, () => suggestLoginName());
    expect(new Set(names).size).toBe(200);
    for (const name of names) {
      expect(name).toMatch(/^[a-z]+-[a-km-np-z2-9]{5}-[a-km-np-z2-9]{5}$/);
      expect(loginNameField.safeParse(name).success).toBe(true);
    }
  });
});

describe("sign-in input", () => {
  it("takes a login name or an older account's email, normalised", () => {
    const parsed = signInSchema.safeParse({ login: " Hanako@Example.test ", password: "x" });
    expect(parsed.success && parsed.data.login).toBe("hanako@example.test");
  });

  it("refuses empty and huge values", () => {
    expect(firstMessage(signInSchema.safeParse({ login: "", password: "" }), "login")).toBe("required");
    expect(firstMessage(signInSchema.safeParse({ login: "", password: "" }), "password")).toBe("required");
    expect(firstMessage(signInSchema.safeParse({ login: "hoshi", password: "x".repeat(10_000) }), "password")).toBe("tooLong");
    expect(firstMessage(signInSchema.safeParse({ login: "a".repeat(10_000), password: "x" }), "login")).toBe("tooLong");
  });
});

describe("two-step sign-in input", () => {
  it("takes an optional code on sign-in, trimmed, and refuses a huge one", () => {
    expect(signInSchema.safeParse({ login: "a@example.test", password: "x" }).success).toBe(true);
    const withCode = signInSchema.safeParse({ login: "a@example.test", password: "x", totp: " 123456 " });
    expect(withCode.success && withCode.data.totp).toBe("123456");
    expect(firstMessage(signInSchema.safeParse({ login: "a@example.test", password: "x", totp: "1".repeat(10_000) }), "totp")).toBe("tooLong");
  });

  it("requires the code in settings, and the password to turn it off", () => {
    expect(twoFactorCodeSchema.safeParse({ code: "abcd-efgh-2345" }).success).toBe(true);
    expect(firstMessage(twoFactorCodeSchema.safeParse({ code: "  " }), "code")).toBe("required");
    expect(firstMessage(twoFactorCodeSchema.safeParse({}), "code")).toBe("required");
    expect(firstMessage(disableTwoFactorSchema.safeParse({ password: "", code: "123456" }), "password")).toBe("required");
    expect(firstMessage(disableTwoFactorSchema.safeParse({ password: "x".repeat(10_000), code: "123456" }), "password")).toBe("tooLong");
  });
});
