import { z } from "zod";

/** An optional calendar date from <input type="date"> (YYYY-MM-DD); "" means none. Not in the future, not absurd. */
export const optionalPastDate = z
  .string({ error: "invalidInput" })
  .max(10, { error: "date" })
  .refine((v) => v === "" || isCalendarDate(v), { error: "date" })
  .refine((v) => v === "" || v >= "1990-01-01", { error: "date" })
  .refine((v) => v === "" || v <= todayInTokyo(), { error: "dateInFuture" });

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function todayInTokyo(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** Midnight in Japan of a YYYY-MM-DD date, as stored. */
export function dateFromInput(value: string): Date | null {
  return value ? new Date(`${value}T00:00:00+09:00`) : null;
}

export function inputFromDate(date: Date | null): string {
  return date ? new Date(date.getTime() + 9 * 3600_000).toISOString().slice(0, 10) : "";
}
