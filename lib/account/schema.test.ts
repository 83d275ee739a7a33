import { describe, expect, it } from "vitest";
import { changePasswordSchema, deleteAccountSchema } from "./schema";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("changePasswordSchema", () => {
  const valid = { currentPassword: "old-password-123", newPassword: "a-much-better-one-42", newPasswordConfirm: "a-much-better-one-42" };

  it("accepts a new password that follows the registration policy", () => {
    expect(changePasswordSchema.safeParse(valid).success).toBe(true);
  });

  it("refuses a short, mismatched or unchanged new password, and a missing current one", () => {
    expect(messages(changePasswordSchema.safeParse({ ...valid, newPassword: "short", newPasswordConfirm: "short" }))).toEqual({
      newPassword: "passwordTooShort",
    });
    expect(messages(changePasswordSchema.safeParse({ ...valid, newPasswordConfirm: "something-else-42" }))).toEqual({ newPasswordConfirm: "passwordMismatch" });
    expect(messages(changePasswordSchema.safeParse({ ...valid, newPassword: valid.currentPassword, newPasswordConfirm: valid.currentPassword }))).toEqual({
      newPassword: "passwordUnchanged",
    });
    expect(messages(changePasswordSchema.safeParse({ ...valid, currentPassword: "" }))).toEqual({ currentPassword: "required" });
    expect(messages(changePasswordSchema.safeParse({ ...valid, newPassword: "x".repeat(257), newPasswordConfirm: "x".repeat(257) }))).toEqual({
      newPassword: "tooLong",
      newPasswordConfirm: "tooLong",
    });
  });
});

describe("deleteAccountSchema", () => {
  it("needs the password and the ticked confirmation; the code is optional and loses its spaces", () => {
    expect(deleteAccountSchema.parse({ password: "pw", confirm: true })).toEqual({ password: "pw", totpCode: "", confirm: true });
    expect(deleteAccountSchema.parse({ password: "pw", totpCode: " 123 456 ", confirm: true }).totpCode).toBe("123456");
    expect(messages(deleteAccountSchema.safeParse({ password: "", confirm: false }))).toEqual({ password: "required", confirm: "confirmDeletion" });
  });
});
