import { z } from "zod";
import { maxPasswordLength, minPasswordLength } from "../auth/password-policy";
import { maxIdleTimeoutMinutes } from "../auth/session-policy";
import { isHttpUrl } from "../validation/fields";

export const preferencesSchema = z.object({
  discreetMode: z.boolean({ error: "invalidInput" }),
});
export type PreferencesInput = z.infer<typeof preferencesSchema>;

const currentPassword = z.string({ error: "required" }).min(1, { error: "required" }).max(maxPasswordLength, { error: "tooLong" });

/** The code from her authenticator app (or a recovery code); empty when two-step sign-in is off. */
const totpCode = z
  .string({ error: "invalidInput" })
  .transform((v) => v.replace(/\s/g, ""))
  .pipe(z.string().max(64, { error: "tooLong" }));

/** Her password again (and her code when two-step sign-in is on), for a change someone holding her phone could abuse. */
export const identitySchema = z.object({
  password: currentPassword,
  totpCode: totpCode.optional().default(""),
});
export type IdentityInput = z.input<typeof identitySchema>;
export type IdentityOutput = z.output<typeof identitySchema>;

/** Quick exit and automatic sign-out: whoever holds her phone must not be able to quietly weaken them. */
export const exitSettingsSchema = identitySchema.extend({
  quickExitUrl: z
    .string({ error: "invalidInput" })
    .trim()
    .max(2048, { error: "tooLong" })
    .refine((v) => v === "" || isHttpUrl(v), { error: "url" }),
  quickExitSignsOut: z.boolean({ error: "invalidInput" }),
  idleTimeoutMinutes: z
    .number({ error: "invalidInput" })
    .int({ error: "invalidInput" })
    .min(1, { error: "invalidInput" })
    .max(maxIdleTimeoutMinutes, { error: "invalidInput" }),
});
export type ExitSettingsInput = z.input<typeof exitSettingsSchema>;
export type ExitSettingsOutput = z.output<typeof exitSettingsSchema>;

/** The same policy as registration (lib/auth/schema.ts); the common-password list is checked on the server. */
export const changePasswordSchema = z
  .object({
    currentPassword,
    newPassword: z
      .string({ error: "required" })
      .min(1, { error: "required" })
      .min(minPasswordLength, { error: "passwordTooShort" })
      .max(maxPasswordLength, { error: "tooLong" }),
    newPasswordConfirm: z.string({ error: "required" }).min(1, { error: "required" }).max(maxPasswordLength, { error: "tooLong" }),
  })
  .refine((v) => v.newPassword === v.newPasswordConfirm, { error: "passwordMismatch", path: ["newPasswordConfirm"] })
  .refine((v) => v.newPassword !== v.currentPassword, { error: "passwordUnchanged", path: ["newPassword"] });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const deleteAccountSchema = z.object({
  password: currentPassword,
  totpCode: totpCode.optional().default(""),
  confirm: z.literal(true, { error: "confirmDeletion" }),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
export type DeleteAccountOutput = z.output<typeof deleteAccountSchema>;
