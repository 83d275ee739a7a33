import { inputFromDate, todayInTokyo, daysBetween } from "../time/tokyo-date";

/** Whole days from today (in Japan) to the deadline; negative once it has passed. */
export function daysLeft(deadline: Date, now = new Date()): number {
  return daysBetween(todayInTokyo(now), inputFromDate(deadline));
}
