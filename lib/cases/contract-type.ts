// Step 2 of the withdrawal wizard: employee, freelancer, or a freelancer who is an employee in substance.
// MHLW: 「労働者に該当するか否かは、契約の形式や名称にかかわらず、実態を勘案して総合的に判断」, so the contract's
// title never decides alone; how she actually works does. A rough, explainable guide, not a legal judgment.
import { addMonths, todayInTokyo } from "../time/tokyo-date";
import { hasGivenReason, type WorkFactsInput } from "./facts-schema";
import type { ContractTypeKey, LegalBasisKey } from "./keys";

/** Indicators of 労働者性 (being a worker), each worth 1 point. */
const employmentIndicators = ["fixedShifts", "attendanceChecks", "fines", "agencyPremises", "cannotRefuse", "hourlyPay"] as const;
/** Indicators of independence, each worth 1 point. */
const independenceIndicators = ["home", "freeHours", "canRefuse", "shareOfSales"] as const;

export const reasonKeys = [
  ...employmentIndicators,
  ...independenceIndicators,
  "titleDoesNotDecide",
  "employmentTitle",
  "fewAnswers",
  // Why this legal basis:
  "noFixedTerm",
  "fixedTermUnsure",
  "fixedTerm",
  "termLengthUnknown",
  "termStartUnknown",
  "firstYearNotPassed",
  "lsa137Applies",
  "lsa137Exceptions",
  "unavoidableReasonGiven",
  "noUnavoidableReason",
  "unavoidableReasonUnsure",
  "unavoidableReasonNotAnswered",
  "mandateAnyTime",
] as const;
export type ReasonKey = (typeof reasonKeys)[number];

export type ContractTypeDecision = {
  type: ContractTypeKey;
  /** Why this type: the indicators found (employment side first), then notes. Translation keys. */
  reasons: ReasonKey[];
  legalBasis: LegalBasisKey;
  /** Why this legal basis. Translation keys. */
  basisReasons: ReasonKey[];
  confidence: "clear" | "mixed";
  /** Points for each side, for showing the count. */
  score: { employment: number; independence: number };
};

/**
 * The weights, kept simple enough to explain on screen:
 * - 1 point for each employment indicator found: fixed shifts, attendance checks (clock-in, time checks), fines or
 *   deductions for lateness/absence, working at the agency's premises, not being able to refuse work, hourly pay.
 * - 1 point for each independence indicator found: working from home, free hours (no fixed shifts), being able to
 *   refuse work, pay as a share of sales.
 * - "unsure", "both" (place or pay) and "no" to attendance checks or fines count for neither side.
 * Employment indicators dominate when they score at least 2 and more than independence.
 * - Titled employment (雇用) → EMPLOYEE: the contract is one of employment whatever the indicators say; the title
 *   never takes protection away (confidence mixed when independence outweighs).
 * - Otherwise (業務委託, none, unsure) and employment indicators dominate → FREELANCER_IN_SUBSTANCE_EMPLOYEE.
 * - Otherwise → FREELANCER.
 * Confidence is "clear" when the winning side leads by 3 points or more, "mixed" otherwise, and always "mixed" when
 * fewer than 2 indicators were found at all (too many "unsure").
 */
export function decideContractType(facts: WorkFactsInput, options: { today?: string } = {}): ContractTypeDecision {
  const found = new Set<ReasonKey>();
  if (facts.fixedShifts === "yes") found.add("fixedShifts");
  if (facts.attendanceChecks === "yes") found.add("attendanceChecks");
  if (facts.finesForLateness === "yes") found.add("fines");
  if (facts.workplace === "agency_premises") found.add("agencyPremises");
  if (facts.canRefuseWork === "no") found.add("cannotRefuse");
  if (facts.payBasis === "hourly") found.add("hourlyPay");
  if (facts.workplace === "home") found.add("home");
  if (facts.fixedShifts === "no") found.add("freeHours");
  if (facts.canRefuseWork === "yes") found.add("canRefuse");
  if (facts.payBasis === "share_of_sales") found.add("shareOfSales");

  const employment = employmentIndicators.filter((k) => found.has(k));
  const independence = independenceIndicators.filter((k) => found.has(k));
  const e = employment.length;
  const i = independence.length;
  const reasons: ReasonKey[] = [...employment, ...independence];

  let type: ContractTypeKey;
  let lead: number;
  if (facts.contractTitle === "employment") {
    type = "EMPLOYEE";
    reasons.push("employmentTitle");
    lead = i > e ? 0 : Infinity;
  } else if (e >= 2 && e > i) {
    type = "FREELANCER_IN_SUBSTANCE_EMPLOYEE";
    reasons.push("titleDoesNotDecide");
    lead = e - i;
  } else {
    type = "FREELANCER";
    lead = i - e;
  }
  const fewAnswers = e + i < 2;
  if (fewAnswers) reasons.push("fewAnswers");
  const confidence = lead >= 3 && !fewAnswers ? "clear" : "mixed";

  const { legalBasis, basisReasons } = decideLegalBasis(type, facts, options.today ?? todayInTokyo());
  return { type, reasons, legalBasis, basisReasons, confidence, score: { employment: e, independence: i } };
}

/**
 * Employment (or employment in substance): no fixed term → 民法627条1項 (two weeks). Fixed term → 労基法137条 when
 * the term is over 12 months and more than 12 months of the current term have passed (counted from termStartedOn,
 * the first day of the current term, so a renewal starts the count again; without it we cannot
 * tell); it needs no reason. Otherwise 民法628条 (at once) only if she gave an unavoidable reason; with none, not
 * sure or no answer, 628 gives her no right to end the term early, so the letter asks the agency to agree
 * (agreement_request). "Unsure" about a fixed term → 627. Freelancer → 民法651条 (at any time; 656 makes it apply to
 * 準委任).
 */
export function decideLegalBasis(
  type: ContractTypeKey,
  facts: Pick<WorkFactsInput, "fixedTerm" | "termMonths" | "termStartedOn" | "unavoidableReason">,
  today: string,
): { legalBasis: LegalBasisKey; basisReasons: ReasonKey[] } {
  if (type === "FREELANCER") return { legalBasis: "civil_651", basisReasons: ["mandateAnyTime"] };
  if (facts.fixedTerm === "no") return { legalBasis: "civil_627_1", basisReasons: ["noFixedTerm"] };
  if (facts.fixedTerm === "unsure") return { legalBasis: "civil_627_1", basisReasons: ["fixedTermUnsure"] };

  const basisReasons: ReasonKey[] = ["fixedTerm"];
  if (facts.termMonths === undefined) basisReasons.push("termLengthUnknown");
  else if (facts.termMonths > 12) {
    if (!facts.termStartedOn) basisReasons.push("termStartUnknown");
    else if (today > addMonths(facts.termStartedOn, 12)) {
      return { legalBasis: "civil_628_lsa_137", basisReasons: [...basisReasons, "lsa137Applies", "lsa137Exceptions"] };
    } else basisReasons.push("firstYearNotPassed");
  }
  const reason = facts.unavoidableReason;
  if (hasGivenReason(reason)) return { legalBasis: "civil_628", basisReasons: [...basisReasons, "unavoidableReasonGiven"] };
  const why = reason === "none" ? "noUnavoidableReason" : reason === "unsure" ? "unavoidableReasonUnsure" : "unavoidableReasonNotAnswered";
  return { legalBasis: "agreement_request", basisReasons: [...basisReasons, why] };
}

/**
 * A draft saved before the unavoidable-reason question was asked holds 628 with no reason she gave: it becomes a
 * request for agreement, so no letter generated from now on asserts a reason she never gave. (A sent case keeps the
 * basis it was sent under: its letters report what was sent.)
 */
export function draftLegalBasis(stored: LegalBasisKey, facts: Pick<WorkFactsInput, "unavoidableReason"> | null): LegalBasisKey {
  return stored === "civil_628" && !hasGivenReason(facts?.unavoidableReason) ? "agreement_request" : stored;
}
