import { z } from "zod";

// Row ids are cuids: lower-case letters and digits. Anything else (a NUL byte, invalid UTF-8, a path) is refused
// before it reaches a query — PostgreSQL rejects NUL bytes in text with an error, not a miss.
const idPattern = /^[a-z0-9]{1,64}$/;

export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && idPattern.test(value);
}

export const recordId = z.string({ error: "invalidInput" }).regex(idPattern, { error: "invalidInput" });

/** An id, or "" for none (a select left empty). Also takes the pickers' special values ("other", "new"). */
export const optionalRecordId = z.string({ error: "invalidInput" }).refine((v) => v === "" || idPattern.test(v), { error: "invalidInput" });
