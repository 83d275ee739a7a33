import { z } from "zod";
import { email } from "../validation/fields";
import { maxPasswordLength, minPasswordLength } from "./password-policy";

export const signInSchema = z.object({
  email,
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(maxPasswordLength, { error: "tooLong" }),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const registerSchema = z
  .object({
    email,
    password: z
      .string({ error: "required" })
      .min(1, { error: "required" })
      .min(minPasswordLength, { error: "passwordTooShort" })
      .max(maxPasswordLength, { error: "tooLong" }),
    passwordConfirm: z.string({ error: "required" }).min(1, { error: "required" }).max(maxPasswordLength, { error: "tooLong" }),
  })
  .refine((v) => v.password === v.passwordConfirm, { error: "passwordMismatch", path: ["passwordConfirm"] });
export type RegisterInput = z.infer<typeof registerSchema>;
