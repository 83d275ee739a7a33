import { z } from "zod";
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
