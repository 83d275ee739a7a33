// Field rules shared by every form. Messages are translation keys under "errors" in messages/*.json.
import { z } from "zod";

const htmlTag = /<\s*\/?\s*[a-z!?]/i;

/** Free text a person types: trimmed, bounded, and no HTML tags (they are never needed and only mean trouble). */
export function text({ max, required = true }: { max: number; required?: boolean }) {
  const base = z
    .string({ error: "required" })
    .trim()
    .max(max, { error: "tooLong" })
    .refine((v) => !htmlTag.test(v), { error: "noHtml" })
    // Control characters are never typed by a person; PostgreSQL also refuses NUL bytes in text.
    .refine((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v), { error: "invalidInput" });
  return required ? base.refine((v) => v.length > 0, { error: "required" }) : base;
}

export const email = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }))
  .transform((v) => v.toLowerCase());

/** An http(s) address; anything else (javascript:, data:, a bare word) is refused. */
export function httpUrl({ max = 2048 }: { max?: number } = {}) {
  return z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" }).refine(isHttpUrl, { error: "url" });
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}
