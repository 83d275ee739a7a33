// Step 2 of the withdrawal wizard: plain questions about how she actually works. Closed answers only (no free
// text), so the same schema serves the form (zodResolver) and the server action. Messages are keys under "errors".
import { z } from "zod";
import { isCalendarDate, todayInTokyo } from "../validation/dates";

/** "required" when the answer is missing, "invalidInput" when it is not one of the offered choices. */
const choiceError = (issue: { input?: unknown }) => (issue.input == null || issue.input === "" ? "required" : "invalidInput");

export const yesNoUnsure = ["yes", "no", "unsure"] as const;
export type YesNoUnsure = (typeof yesNoUnsure)[number];

export const workplaces = ["agency_premises", "home", "both"] as const;
export const payBases = ["hourly", "share_of_sales", "both", "unsure"] as const;
/** The title written on the contract: 雇用 (employment), 業務委託 (outsourcing), no contract, or not sure. */
export const contractTitles = ["employment", "outsourcing", "none", "unsure"] as const;

const answer = z.enum(yesNoUnsure, { error: choiceError });

export const workFactsSchema = z.object({
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
  startedOn: z
    .string({ error: "invalidInput" })
    .max(10, { error: "date" })
    .refine((v) => v === "" || isCalendarDate(v), { error: "date" })
    .refine((v) => v === "" || v >= "1990-01-01", { error: "date" })
    .refine((v) => v === "" || v <= todayInTokyo(), { error: "dateInFuture" })
    .optional(),
});
export type WorkFactsInput = z.infer<typeof workFactsSchema>;
export const workFactsFields = Object.keys(workFactsSchema.shape) as (keyof WorkFactsInput)[];
