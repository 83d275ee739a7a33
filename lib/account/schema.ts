import { z } from "zod";
import { maxPasswordLength, minPasswordLength } from "../auth/password-policy";
import { isHttpUrl } from "../validation/fields";

export const preferencesSchema = z.object({
  discreetMode: z.boolean({ error: "invalidInput" }),
  quickExitUrl: z
    .string({ error: "invalidInput" })
    .trim()
    .max(2048, { error: "tooLong" })
    .refine((v) => v === "" || isHttpUrl(v), { error: "url" }),
});
export type PreferencesInput = z.infer<typeof preferencesSchema>;

const currentPassword = z.string({ error: "required" }).min(1, { error: "required" }).max(maxPasswordLength, { error: "tooLong" });

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

/** The code from her authenticator app (or a recovery code); empty when two-step sign-in is off. */
const totpCode = z
  .string({ error: "invalidInput" })
  .transform((v) => v.replace(/\s/g, ""))
  .pipe(z.string().max(64, { error: "tooLong" }));

export const deleteAccountSchema = z.object({
  password: currentPassword,
  totpCode: totpCode.optional().default(""),
  confirm: z.literal(true, { error: "confirmDeletion" }),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
export type DeleteAccountOutput = z.output<typeof deleteAccountSchema>;
