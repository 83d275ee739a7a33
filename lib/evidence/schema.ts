// What she sends with a file, and what she may edit afterwards. Shared by the upload form and the route handler.
import { z } from "zod";
import { text } from "../validation/fields";
import { optionalRecordId, recordId } from "../validation/ids";

export const descriptionSchema = text({ max: 1000, required: false });
export const evidenceIdSchema = recordId;

/** "YYYY-MM-DDTHH:mm" from <input type="datetime-local">, in her own time zone. */
export const localDateTime = z
  .string({ error: "required" })
  .min(1, { error: "required" })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: "date" });

/** The form's fields (the file itself is checked separately: size in the browser, content on the server). */
export const uploadFormSchema = z.object({
  description: descriptionSchema,
  capturedAt: localDateTime,
  caseId: optionalRecordId,
  /** The customer-trouble record it belongs to, if any ("" for none). */
  troubleId: optionalRecordId.optional(),
  stripMetadata: z.boolean({ error: "invalidInput" }),
});
export type UploadFormInput = z.infer<typeof uploadFormSchema>;

/** Allowed clock difference between her phone and the server when she says "captured now". */
const futureSlackMs = 10 * 60 * 1000;

/** What the route handler receives in the X-Taikai-Evidence header (JSON, percent-encoded). */
export const uploadMetaSchema = z.object({
  fileName: z.string({ error: "invalidInput" }).max(1000, { error: "tooLong" }),
  /** The file's size as the browser knows it: the server compares it with the bytes it received. */
  size: z.number({ error: "invalidInput" }).int().nonnegative(),
  description: descriptionSchema,
  capturedAt: z.iso
    .datetime({ offset: true, error: "date" })
    .refine((v) => new Date(v).getTime() >= Date.UTC(1990, 0, 1), { error: "date" })
    .refine((v) => new Date(v).getTime() <= Date.now() + futureSlackMs, { error: "dateInFuture" }),
  caseId: optionalRecordId,
  troubleId: optionalRecordId.optional(),
  stripMetadata: z.boolean({ error: "invalidInput" }),
});
export type UploadMeta = z.infer<typeof uploadMetaSchema>;
export const uploadMetaHeader = "x-taikai-evidence";

/** What she may change after uploading: the file and its hash never change. */
export const evidenceEditSchema = z.object({ description: descriptionSchema, caseId: optionalRecordId });
export type EvidenceEditInput = z.infer<typeof evidenceEditSchema>;
