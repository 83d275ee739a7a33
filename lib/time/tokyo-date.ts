// Calendar dates as she lives them: YYYY-MM-DD strings in Japan's time (UTC+9, no daylight saving), the one place
// that knows the offset. Day arithmetic works on the date alone, so it never slips across midnight.

const tokyoOffsetMs = 9 * 3600_000;
const dayMs = 86_400_000;

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function todayInTokyo(now = new Date()): string {
  return new Date(now.getTime() + tokyoOffsetMs).toISOString().slice(0, 10);
}

/** Midnight in Japan of a YYYY-MM-DD date, as stored. */
export function dateFromInput(value: string): Date | null {
  return value ? new Date(`${value}T00:00:00+09:00`) : null;
}

export function inputFromDate(date: Date | null): string {
  return date ? new Date(date.getTime() + tokyoOffsetMs).toISOString().slice(0, 10) : "";
}

/** Throws on anything but a real calendar date: date arithmetic on a bad date is a bug, not input. */
export function assertCalendarDate(date: string): void {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
}

function toUtc(date: string): number {
  assertCalendarDate(date);
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * dayMs);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / dayMs);
}

/** Same day N months later; a day the month does not have becomes its last day (2028-02-29 + 12 → 2029-02-28). */
export function addMonths(date: string, months: number): string {
  const d = new Date(toUtc(date));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromUtc(target.getTime());
}
