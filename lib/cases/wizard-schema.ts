// Schemas of the wizard steps that are not about facts, requests or dates (facts-schema.ts, requested-items.ts,
// deadlines.ts). Shared by the forms and the server actions.
import { z } from "zod";
import { agencyFieldsSchema } from "../agencies/schema";
import { isCalendarDate } from "../time/tokyo-date";
import { text } from "../validation/fields";
import { recordId } from "../validation/ids";

export const newAgencyChoice = "new";

export const whoSchema = z
  .object({
    agencyId: z.string({ error: "required" }).min(1, { error: "required" }).pipe(recordId),
    newAgency: agencyFieldsSchema.extend({ name: text({ max: 100, required: false }) }),
    registrationIds: z.array(recordId, { error: "invalidInput" }).max(500, { error: "invalidInput" }),
  })
  .superRefine((value, ctx) => {
    if (value.agencyId === newAgencyChoice && !value.newAgency.name) ctx.addIssue({ code: "custom", path: ["newAgency", "name"], message: "required" });
  });
export type WhoInput = z.infer<typeof whoSchema>;

const isoDate = z.string({ error: "required" }).min(1, { error: "required" }).max(10, { error: "date" }).refine(isCalendarDate, { error: "date" });

export const grids = ["20x26", "26x20", "13x40"] as const;
export const senderSchema = z.object({
  senderName: text({ max: 100, required: false }),
  senderAddress: text({ max: 300, required: false }),
  agencyAddress: text({ max: 300, required: false }),
  grid: z.enum(grids, { error: "invalidInput" }),
  vertical: z.boolean({ error: "invalidInput" }),
});
export type SenderInput = z.infer<typeof senderSchema>;

export const channels = ["EMAIL", "LINE", "FORM", "POST", "NAIYOU_SHOUMEI", "OTHER"] as const;
export const sentSchema = z.object({
  sentOn: isoDate,
  channel: z.enum(channels, { error: "required" }),
});
export type SentInput = z.infer<typeof sentSchema>;

export const eventTypes = ["REPLY_RECEIVED", "REFUSED", "NO_RESPONSE", "EXTENSION_AGREED", "REMINDER_SENT", "ESCALATED", "COMPLETED", "NOTE"] as const;
const optionalDate = z
  .string({ error: "invalidInput" })
  .max(10, { error: "date" })
  .refine((v) => v === "" || isCalendarDate(v), { error: "date" });

/** A dated step in a case's timeline. A new deadline is required when one was agreed. */
export const eventSchema = z
  .object({
    type: z.enum(eventTypes, { error: "required" }),
    occurredOn: isoDate,
    note: text({ max: 10_000, required: false }),
    newDeadline: optionalDate,
  })
  .superRefine((value, ctx) => {
    if (value.type === "EXTENSION_AGREED" && !value.newDeadline) ctx.addIssue({ code: "custom", path: ["newDeadline"], message: "required" });
  });
export type EventInput = z.infer<typeof eventSchema>;

export const eventEditSchema = z.object({ occurredOn: isoDate, note: text({ max: 10_000, required: false }) });
export type EventEditInput = z.infer<typeof eventEditSchema>;
