import { describe, expect, it } from "vitest";
import { disableTwoFactorSchema, registerSchema, signInSchema, twoFactorCodeSchema } from "./schema";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }, field: string) =>
  result.error?.issues.find((i) => i.path.join(".") === field)?.message;

describe("registration input", () => {
  it("accepts a normal registration and lower-cases the email", () => {
    const result = registerSchema.safeParse({ email: " Hanako@Example.test ", password: "sora-ni-ukabu-kumo-7", passwordConfirm: "sora-ni-ukabu-kumo-7" });
    expect(result.success && result.data.email).toBe("hanako@example.test");
  });

  it.each([
    ["empty", { email: "", password: "", passwordConfirm: "" }, "email", "required"],
    ["missing", {}, "email", "required"],
    ["wrong type", { email: 42, password: [], passwordConfirm: null }, "email", "required"],
    ["malformed email", { email: "hanako@", password: "sora-ni-ukabu", passwordConfirm: "sora-ni-ukabu" }, "email", "email"],
    ["script email", { email: "<script>alert(1)</script>", password: "sora-ni-ukabu", passwordConfirm: "sora-ni-ukabu" }, "email", "email"],
    ["huge email", { email: `${"a".repeat(10_000)}@example.test`, password: "sora-ni-ukabu", passwordConfirm: "sora-ni-ukabu" }, "email", "tooLong"],
    ["short password", { email: "a@example.test", password: "short", passwordConfirm: "short" }, "password", "passwordTooShort"],
    ["huge password", { email: "a@example.test", password: "x".repeat(10_000), passwordConfirm: "x".repeat(10_000) }, "password", "tooLong"],
    ["mismatch", { email: "a@example.test", password: "sora-ni-ukabu", passwordConfirm: "sora-ni-ukaba" }, "passwordConfirm", "passwordMismatch"],
  ])("refuses %s input with a translatable code", (_name, input, field, code) => {
    const result = registerSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(firstMessage(result, field)).toBe(code);
  });
});

describe("sign-in input", () => {
  it("refuses empty and huge values", () => {
    expect(firstMessage(signInSchema.safeParse({ email: "", password: "" }), "password")).toBe("required");
    expect(firstMessage(signInSchema.safeParse({ email: "a@example.test", password: "x".repeat(10_000) }), "password")).toBe("tooLong");
  });
});

describe("two-step sign-in input", () => {
  it("takes an optional code on sign-in, trimmed, and refuses a huge one", () => {
    expect(signInSchema.safeParse({ email: "a@example.test", password: "x" }).success).toBe(true);
    const withCode = signInSchema.safeParse({ email: "a@example.test", password: "x", totp: " 123456 " });
    expect(withCode.success && withCode.data.totp).toBe("123456");
    expect(firstMessage(signInSchema.safeParse({ email: "a@example.test", password: "x", totp: "1".repeat(10_000) }), "totp")).toBe("tooLong");
  });

  it("requires the code in settings, and the password to turn it off", () => {
    expect(twoFactorCodeSchema.safeParse({ code: "abcd-efgh-2345" }).success).toBe(true);
    expect(firstMessage(twoFactorCodeSchema.safeParse({ code: "  " }), "code")).toBe("required");
    expect(firstMessage(twoFactorCodeSchema.safeParse({}), "code")).toBe("required");
    expect(firstMessage(disableTwoFactorSchema.safeParse({ password: "", code: "123456" }), "password")).toBe("required");
    expect(firstMessage(disableTwoFactorSchema.safeParse({ password: "x".repeat(10_000), code: "123456" }), "password")).toBe("tooLong");
  });
});
