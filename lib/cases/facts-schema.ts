// Step 2 of the withdrawal wizard: plain questions about how she actually works. Closed answers only (no free
// text), so the same schema serves the form (zodResolver) and the server action. Messages are keys under "errors".
import { z } from "zod";
import { isCalendarDate, todayInTokyo } from "../time/tokyo-date";

/** "required" when the answer is missing, "invalidInput" when it is not one of the offered choices. */
const choiceError = (issue: { input?: unknown }) => (issue.input == null || issue.input === "" ? "required" : "invalidInput");

export const yesNoUnsure = ["yes", "no", "unsure"] as const;
export type YesNoUnsure = (typeof yesNoUnsure)[number];

export const workplaces = ["agency_premises", "home", "both"] as const;
export const payBases = ["hourly", "share_of_sales", "both", "unsure"] as const;
/** The title written on the contract: 雇用 (employment), 業務委託 (outsourcing), no contract, or not sure. */
export const contractTitles = ["employment", "outsourcing", "none", "unsure"] as const;

/**
 * Asked only when the contract has a fixed term: is there an unavoidable reason (やむを得ない事由, 民法628条) to end it
 * now, and of which kind. Any answer but "none" and "unsure" says she has one; its kind (not "other") goes into the
 * letter as a short phrase. With none or unsure, no letter asserts a reason. coerced_content: 東京地判平成27年9月9日
 * held refusing sexual filming against her will to be one.
 */
export const unavoidableReasons = ["harassment", "coerced_content", "unpaid_pay", "health", "family", "other", "none", "unsure"] as const;
export type UnavoidableReason = (typeof unavoidableReasons)[number];
export type GivenReason = Exclude<UnavoidableReason, "none" | "unsure">;

/** She said she has an unavoidable reason (of a kind she chose, or "other"). */
export function hasGivenReason(reason: UnavoidableReason | undefined): reason is GivenReason {
  return reason !== undefined && reason !== "none" && reason !== "unsure";
}

const answer = z.enum(yesNoUnsure, { error: choiceError });

/** A date from <input type="date"> (YYYY-MM-DD) or "" (not given): a real day, not in the future. */
const pastDate = z
  .string({ error: "invalidInput" })
  .max(10, { error: "date" })
  .refine((v) => v === "" || isCalendarDate(v), { error: "date" })
  .refine((v) => v === "" || v >= "1990-01-01", { error: "date" })
  .refine((v) => v === "" || v <= todayInTokyo(), { error: "dateInFuture" });

const factsObject = z.object({
  /** Does the agency set her shifts (fixed days and hours)? */
  fixedShifts: answer,
  /** Clock-in, time checks, reporting when she starts and stops. */
  attendanceChecks: answer,
  /** Fines or pay deductions for lateness or absence. */
  finesForLateness: answer,
  workplace: z.enum(workplaces, { error: choiceError }),
  /** Can she turn down work (a shift, a request) without a penalty? */
  canRefuseWork: answer,
  payBasis: z.enum(payBases, { error: choiceError }),
  writtenContract: answer,
  contractTitle: z.enum(contractTitles, { error: choiceError }),
  fixedTerm: answer,
  /** Length of the fixed term in months, when there is one. */
  termMonths: z
    .number({ error: "invalidInput" })
    .int({ error: "invalidInput" })
    .min(1, { error: "invalidInput" })
    .max(120, { error: "invalidInput" })
    .optional(),
  /** When she started (YYYY-MM-DD); "" from an empty date input means not given. Not in the future. */
  startedOn: pastDate.optional(),
  /**
   * The first day of the current fixed term (after a renewal, the renewed term's first day). 労基法137条 counts its
   * one year from here, not from the day she first started: a renewed contract starts the count again.
   */
  termStartedOn: pastDate.optional(),
  /** Only with fixedTerm "yes"; an unanswered radio group sends null. */
  unavoidableReason: z.enum(unavoidableReasons, { error: "invalidInput" }).nullish(),
});

export type WorkFactsInput = Omit<z.output<typeof factsObject>, "unavoidableReason"> & { unavoidableReason?: UnavoidableReason };

/** The reason means nothing without a fixed term (a hidden answer may still be sent): it is dropped, as is null. */
export const workFactsSchema = factsObject.transform(
  ({ unavoidableReason, ...facts }): WorkFactsInput => (facts.fixedTerm === "yes" && unavoidableReason ? { ...facts, unavoidableReason } : facts),
);
export type WorkFactsFormInput = z.input<typeof workFactsSchema>;
export const workFactsFields = Object.keys(factsObject.shape) as (keyof WorkFactsInput)[];
