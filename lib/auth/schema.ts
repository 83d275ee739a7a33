import { z } from "zod";
import { loginField, loginNameField } from "./login-name";
import { maxPasswordLength, minPasswordLength } from "./password-policy";

// Long enough for a recovery code typed with spaces; anything longer is not a code.
const maxOneTimeCodeLength = 32;
const oneTimeCode = z.string({ error: "required" }).trim().min(1, { error: "required" }).max(maxOneTimeCodeLength, { error: "tooLong" });

export const signInSchema = z.object({
  /** Her login name (or, for an account made before login names, its email address). */
  login: loginField,
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(maxPasswordLength, { error: "tooLong" }),
  /** The second step, when the account has TOTP: a 6-digit code or a recovery code (xxxx-xxxx-xxxx). */
  totp: z.string({ error: "invalidInput" }).trim().max(maxOneTimeCodeLength, { error: "tooLong" }).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

// No email: nothing would use it, and an email that had to be unique would tell anyone trying it whether it has an
// account (lib/auth/login-name.ts).
export const registerSchema = z
  .object({
    loginName: loginNameField,
    password: z
      .string({ error: "required" })
      .min(1, { error: "required" })
      .min(minPasswordLength, { error: "passwordTooShort" })
      .max(maxPasswordLength, { error: "tooLong" }),
    passwordConfirm: z.string({ error: "required" }).min(1, { error: "required" }).max(maxPasswordLength, { error: "tooLong" }),
  })
  .refine((v) => v.password === v.passwordConfirm, { error: "passwordMismatch", path: ["passwordConfirm"] });
export type RegisterInput = z.infer<typeof registerSchema>;

export const twoFactorCodeSchema = z.object({ code: oneTimeCode });
export type TwoFactorCodeInput = z.infer<typeof twoFactorCodeSchema>;

const currentPassword = z.string({ error: "required" }).min(1, { error: "required" }).max(maxPasswordLength, { error: "tooLong" });

/** Starting the setup: her password first, so a borrowed session cannot enrol someone else's authenticator. */
export const startTwoFactorSchema = z.object({ password: currentPassword });
export type StartTwoFactorInput = z.infer<typeof startTwoFactorSchema>;

/** Turning it off, or making new recovery codes: the password and a current code (or a recovery code). */
export const disableTwoFactorSchema = z.object({
  password: currentPassword,
  code: oneTimeCode,
});
export type DisableTwoFactorInput = z.infer<typeof disableTwoFactorSchema>;
export const regenerateRecoveryCodesSchema = disableTwoFactorSchema;
