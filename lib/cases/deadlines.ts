// Step 4 of the withdrawal wizard: the dates that follow from the legal basis, with the computation in words.
// Dates are calendar dates in Japan ('YYYY-MM-DD'); all arithmetic is on UTC midnights, so the host's time zone
// and daylight saving never shift a day.
import { z } from "zod";
import { addDays, assertCalendarDate, daysBetween, isCalendarDate } from "../time/tokyo-date";
import type { LegalBasisKey } from "./keys";

/** 民法627条1項: 「解約の申入れの日から二週間を経過することによって終了する」. */
export const noticePeriodDays = 14;
export const defaultReplyDays = 14;
export const maxReplyDays = 90;

/**
 * How the two weeks are counted: the day of the notice is not counted, so the contract ends on notice + 14 days
 * (notice 2026-12-25 → 2027-01-08). This is the 初日不算入 rule of 民法140条. The reference files quote 627条1項
 * but do not state 140条, so the rule is shown as UNVERIFIED (see `civil_140` in legal-bases.ts).
 */
export const dayCountRule = { articleKey: "civil_140", firstDayCounted: false, verified: false } as const;

export type ExplanationItem = { key: string; values: Record<string, string | number> };

export type ComputeDatesInput = {
  legalBasis: LegalBasisKey;
  /** The day the notice is given. */
  noticeDate: string;
  /** Days from the notice to the reply deadline (default 14, 0–90). Ignored when `replyDeadline` is given. */
  replyDays?: number;
  /** A deadline she set herself; must pass `validateReplyDeadline`. */
  replyDeadline?: string;
  /** End of a fixed term, when there is one (shown in the explanation; it does not move the dates). */
  fixedTermEnd?: string;
  /** She may stop working earlier than the computed last working day; the contract still ends on the effective date. */
  chosenLastWorkingDay?: string;
};

export type ComputedDates = {
  noticeDate: string;
  lastWorkingDay: string;
  /** The day the contract ends (退職日 / 契約終了日); under agreement_request, the day she asks it to end. */
  effectiveDate: string;
  replyDeadline: string;
  explanation: ExplanationItem[];
};

export type DeadlineError = "date" | "deadlineBeforeNotice" | "deadlineTooLate";
export type LastWorkingDayError = "date" | "afterLatestWorkingDay" | "proposedEndTooLate";

/** A reply deadline she sets: a real date, not before the notice date, at most 90 days after it. */
export function validateReplyDeadline(noticeDate: string, replyDeadline: string): DeadlineError | null {
  if (!isCalendarDate(noticeDate) || !isCalendarDate(replyDeadline)) return "date";
  const days = daysBetween(noticeDate, replyDeadline);
  if (days < 0) return "deadlineBeforeNotice";
  if (days > maxReplyDays) return "deadlineTooLate";
  return null;
}

/**
 * Bases other than 627 put the end on the notice date. Under agreement_request that date is only what she asks for:
 * the contract ends when the agency agrees, on that day at the earliest.
 */
const endOnNoticeDate: Record<Exclude<LegalBasisKey, "civil_627_1">, string> = {
  civil_628: "civil628Immediate",
  civil_628_lsa_137: "lsa137AnyTime",
  civil_651: "civil651AnyTime",
  agreement_request: "agreementProposed",
};

/** Under agreement_request she may ask to end later than the notice day (to finish the month, say), up to this. */
export const maxProposedEndDays = 90;

/** The last working day when she chooses none: under 627 the day before the contract ends; otherwise the notice day. */
export function latestWorkingDay(legalBasis: LegalBasisKey, noticeDate: string): string {
  return legalBasis === "civil_627_1" ? addDays(noticeDate, noticePeriodDays - 1) : noticeDate;
}

/** She may stop earlier than that day (even before the notice date), never later, except that a request for
 *  agreement may propose a later last day (at most 90 days on): asking for it claims no right. */
export function validateChosenLastWorkingDay(legalBasis: LegalBasisKey, noticeDate: string, chosen: string): LastWorkingDayError | null {
  if (!isCalendarDate(noticeDate) || !isCalendarDate(chosen)) return "date";
  if (legalBasis === "agreement_request") return chosen > addDays(noticeDate, maxProposedEndDays) ? "proposedEndTooLate" : null;
  return chosen > latestWorkingDay(legalBasis, noticeDate) ? "afterLatestWorkingDay" : null;
}

const calendarDate = z
  .string({ error: "required" })
  .min(1, { error: "required" })
  .max(10, { error: "date" })
  .refine((v) => isCalendarDate(v) && v >= "1990-01-01", { error: "date" });

/** Step 4 form: the notice date, the reply deadline, and optionally an earlier last working day ("" = none). */
export const datesSchema = z
  .object({
    noticeDate: calendarDate,
    replyDeadline: calendarDate,
    chosenLastWorkingDay: z
      .string({ error: "invalidInput" })
      .max(10, { error: "date" })
      .refine((v) => v === "" || isCalendarDate(v), { error: "date" })
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (!isCalendarDate(value.noticeDate) || !isCalendarDate(value.replyDeadline)) return;
    const error = validateReplyDeadline(value.noticeDate, value.replyDeadline);
    if (error) ctx.addIssue({ code: "custom", path: ["replyDeadline"], message: error });
  });
export type DatesInput = z.infer<typeof datesSchema>;

export function computeDates(input: ComputeDatesInput): ComputedDates {
  const { legalBasis, noticeDate } = input;
  assertCalendarDate(noticeDate);
  const explanation: ExplanationItem[] = [{ key: "notice", values: { noticeDate } }];
  const chosen = input.chosenLastWorkingDay || undefined;
  if (chosen) {
    const error = validateChosenLastWorkingDay(legalBasis, noticeDate, chosen);
    if (error) throw new RangeError(`Invalid last working day: ${error}`);
  }

  let effectiveDate: string;
  if (legalBasis === "civil_627_1") {
    effectiveDate = addDays(noticeDate, noticePeriodDays);
    explanation.push(
      { key: "civil627TwoWeeks", values: { days: noticePeriodDays } },
      { key: "firstDayNotCounted", values: { countFrom: addDays(noticeDate, 1), countTo: effectiveDate, days: noticePeriodDays } },
      { key: "effectiveAfterTwoWeeks", values: { effectiveDate } },
    );
  } else {
    // A later last day she asks the agency to agree to is also the day she asks the contract to end.
    effectiveDate = legalBasis === "agreement_request" && chosen && chosen > noticeDate ? chosen : noticeDate;
    explanation.push({ key: endOnNoticeDate[legalBasis], values: { effectiveDate } });
  }

  if (input.fixedTermEnd !== undefined && input.fixedTermEnd !== "") {
    assertCalendarDate(input.fixedTermEnd);
    const key = input.fixedTermEnd > noticeDate ? "fixedTermEndsOn" : "fixedTermAlreadyEnded";
    explanation.push({ key, values: { fixedTermEnd: input.fixedTermEnd } });
  }

  const latest = latestWorkingDay(legalBasis, noticeDate);
  const lastWorkingDay = chosen ?? latest;
  if (lastWorkingDay !== latest && lastWorkingDay !== effectiveDate) {
    const key = legalBasis === "agreement_request" ? "lastWorkingDayChosenProposedEnd" : "lastWorkingDayChosen";
    explanation.push({ key, values: { lastWorkingDay, effectiveDate } });
  } else if (legalBasis !== "civil_627_1") {
    explanation.push({ key: "lastWorkingDayImmediate", values: { lastWorkingDay } });
  } else {
    explanation.push({ key: "lastWorkingDayBeforeEffective", values: { lastWorkingDay, effectiveDate } });
  }

  let replyDeadline: string;
  if (input.replyDeadline !== undefined && input.replyDeadline !== "") {
    const error = validateReplyDeadline(noticeDate, input.replyDeadline);
    if (error) throw new RangeError(`Invalid reply deadline: ${error}`);
    replyDeadline = input.replyDeadline;
    explanation.push({ key: "replyDeadlineChosen", values: { replyDeadline, replyDays: daysBetween(noticeDate, replyDeadline) } });
  } else {
    const replyDays = input.replyDays ?? defaultReplyDays;
    if (!Number.isInteger(replyDays) || replyDays < 0 || replyDays > maxReplyDays) throw new RangeError(`Invalid replyDays: ${replyDays}`);
    replyDeadline = addDays(noticeDate, replyDays);
    explanation.push({ key: "replyDeadlineDefault", values: { replyDeadline, replyDays } });
  }

  return { noticeDate, lastWorkingDay, effectiveDate, replyDeadline, explanation };
}

/** Every explanation key computeDates can produce (for the translation files). */
export const explanationKeys = [
  "notice",
  "civil627TwoWeeks",
  "firstDayNotCounted",
  "effectiveAfterTwoWeeks",
  "civil651AnyTime",
  "civil628Immediate",
  "lsa137AnyTime",
  "agreementProposed",
  "fixedTermEndsOn",
  "fixedTermAlreadyEnded",
  "lastWorkingDayChosen",
  "lastWorkingDayChosenProposedEnd",
  "lastWorkingDayImmediate",
  "lastWorkingDayBeforeEffective",
  "replyDeadlineChosen",
  "replyDeadlineDefault",
] as const;
