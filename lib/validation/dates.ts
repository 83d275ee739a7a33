import { z } from "zod";
import { isCalendarDate, todayInTokyo } from "../time/tokyo-date";

/** An optional calendar date from <input type="date"> (YYYY-MM-DD); "" means none. Not in the future, not absurd. */
export const optionalPastDate = z
  .string({ error: "invalidInput" })
  .max(10, { error: "date" })
  .refine((v) => v === "" || isCalendarDate(v), { error: "date" })
  .refine((v) => v === "" || v >= "1990-01-01", { error: "date" })
  .refine((v) => v === "" || v <= todayInTokyo(), { error: "dateInFuture" });
