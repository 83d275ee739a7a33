import { inputFromDate, todayInTokyo } from "../validation/dates";
import { daysBetween } from "./deadlines";

/** Whole days from today (in Japan) to the deadline; negative once it has passed. */
export function daysLeft(deadline: Date, now = new Date()): number {
  return daysBetween(todayInTokyo(now), inputFromDate(deadline));
}
