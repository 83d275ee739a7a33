import { z } from "zod";
import { appiDataKinds } from "./appi-request";
import { situations } from "./situations";
import { text } from "../validation/fields";
import { optionalRecordId } from "../validation/ids";

export const letterKinds = ["memo", "reminder", "hq", "appi", "takedown"] as const;
export type LetterKind = (typeof letterKinds)[number];

/** What she adds to a letter beyond the case record. */
export const letterRequestSchema = z
  .object({
    kind: z.enum(letterKinds, { error: "required" }),
    situations: z.array(z.enum(situations, { error: "invalidInput" })).max(situations.length, { error: "invalidInput" }),
    wants: text({ max: 1000, required: false }),
    appiData: z.array(z.enum(appiDataKinds, { error: "invalidInput" })).max(appiDataKinds.length, { error: "invalidInput" }),
    registrationId: optionalRecordId,
  })
  .superRefine((v, ctx) => {
    if (v.kind === "memo" && v.situations.length === 0) ctx.addIssue({ code: "custom", path: ["situations"], message: "required" });
    if (v.kind === "appi" && v.appiData.length === 0) ctx.addIssue({ code: "custom", path: ["appiData"], message: "required" });
    if (v.kind === "takedown" && !v.registrationId) ctx.addIssue({ code: "custom", path: ["registrationId"], message: "required" });
  });
export type LetterRequestInput = z.infer<typeof letterRequestSchema>;
