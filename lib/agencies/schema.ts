import { z } from "zod";
import { email, httpUrl, text } from "../validation/fields";

const optionalEmail = z.union([z.literal(""), email]);
const optionalUrl = z.union([z.literal(""), httpUrl({ max: 2048 })]);

/** An agency as she knows it: a name, and whatever contact channels she has. */
export const agencyFieldsSchema = z.object({
  name: text({ max: 100 }),
  email: optionalEmail,
  phone: text({ max: 40, required: false }).refine((v) => v === "" || /^[0-9０-９+\-() ー－]{6,40}$/.test(v), { error: "phone" }),
  line: text({ max: 100, required: false }),
  formUrl: optionalUrl,
  hqContact: text({ max: 500, required: false }),
});
export type AgencyFieldsInput = z.infer<typeof agencyFieldsSchema>;

export const emptyAgencyFields: AgencyFieldsInput = { name: "", email: "", phone: "", line: "", formUrl: "", hqContact: "" };
