import { describe, expect, it } from "vitest";
import { decideContractType, decideLegalBasis, draftLegalBasis } from "./contract-type";
import { unavoidableReasons, workFactsSchema, type WorkFactsInput } from "./facts-schema";

const today = "2026-11-25";

/** Commuting to the agency's room: shifts, clock-in, fines, cannot refuse, hourly pay. */
const commuting: WorkFactsInput = {
  fixedShifts: "yes",
  attendanceChecks: "yes",
  finesForLateness: "yes",
  workplace: "agency_premises",
  canRefuseWork: "no",
  payBasis: "hourly",
  writtenContract: "yes",
  contractTitle: "outsourcing",
  fixedTerm: "no",
};

/** At home, free hours, can refuse, paid a share of sales. */
const atHome: WorkFactsInput = {
  fixedShifts: "no",
  attendanceChecks: "no",
  finesForLateness: "no",
  workplace: "home",
  canRefuseWork: "yes",
  payBasis: "share_of_sales",
  writtenContract: "yes",
  contractTitle: "outsourcing",
  fixedTerm: "no",
};

const allUnsure: WorkFactsInput = {
  fixedShifts: "unsure",
  attendanceChecks: "unsure",
  finesForLateness: "unsure",
  workplace: "both",
  canRefuseWork: "unsure",
  payBasis: "unsure",
  writtenContract: "unsure",
  contractTitle: "outsourcing",
  fixedTerm: "unsure",
};

const decide = (facts: WorkFactsInput) => decideContractType(facts, { today });

describe("decideContractType", () => {
  it("commuting with shifts and fines under a 業務委託 title is employment in substance (627, clear)", () => {
    const d = decide(commuting);
    expect(d.type).toBe("FREELANCER_IN_SUBSTANCE_EMPLOYEE");
    expect(d.confidence).toBe("clear");
    expect(d.legalBasis).toBe("civil_627_1");
    expect(d.reasons).toEqual(["fixedShifts", "attendanceChecks", "fines", "agencyPremises", "cannotRefuse", "hourlyPay", "titleDoesNotDecide"]);
    expect(d.score).toEqual({ employment: 6, independence: 0 });
  });

  it("the same facts under an employment title are EMPLOYEE", () => {
    const d = decide({ ...commuting, contractTitle: "employment" });
    expect(d.type).toBe("EMPLOYEE");
    expect(d.confidence).toBe("clear");
    expect(d.legalBasis).toBe("civil_627_1");
    expect(d.reasons).toContain("employmentTitle");
    expect(d.reasons).not.toContain("titleDoesNotDecide");
  });

  it("with no contract at all, or unsure of the title, employment indicators still decide", () => {
    expect(decide({ ...commuting, contractTitle: "none", writtenContract: "no" }).type).toBe("FREELANCER_IN_SUBSTANCE_EMPLOYEE");
    expect(decide({ ...commuting, contractTitle: "unsure" }).type).toBe("FREELANCER_IN_SUBSTANCE_EMPLOYEE");
  });

  it("at home, free hours, share of sales is FREELANCER under 651 (clear)", () => {
    const d = decide(atHome);
    expect(d.type).toBe("FREELANCER");
    expect(d.confidence).toBe("clear");
    expect(d.legalBasis).toBe("civil_651");
    expect(d.basisReasons).toEqual(["mandateAnyTime"]);
    expect(d.reasons).toEqual(["home", "freeHours", "canRefuse", "shareOfSales"]);
  });

  it("an employment title is never taken away by independence indicators (EMPLOYEE, mixed)", () => {
    const d = decide({ ...atHome, contractTitle: "employment" });
    expect(d.type).toBe("EMPLOYEE");
    expect(d.confidence).toBe("mixed");
  });

  it("mixed: agency room with shifts but free to refuse and paid by sales is a tie → FREELANCER, mixed", () => {
    const d = decide({ ...commuting, attendanceChecks: "no", finesForLateness: "no", canRefuseWork: "yes", payBasis: "share_of_sales" });
    expect(d.score).toEqual({ employment: 2, independence: 2 });
    expect(d.type).toBe("FREELANCER");
    expect(d.confidence).toBe("mixed");
  });

  it("mixed: at home but with shifts, time checks and fines → employment in substance, mixed", () => {
    const d = decide({ ...atHome, fixedShifts: "yes", attendanceChecks: "yes", finesForLateness: "yes", canRefuseWork: "unsure", payBasis: "both" });
    expect(d.score).toEqual({ employment: 3, independence: 1 });
    expect(d.type).toBe("FREELANCER_IN_SUBSTANCE_EMPLOYEE");
    expect(d.confidence).toBe("mixed");
  });

  it("one employment indicator alone does not make employment in substance", () => {
    const d = decide({ ...allUnsure, payBasis: "hourly" });
    expect(d.type).toBe("FREELANCER");
    expect(d.confidence).toBe("mixed");
    expect(d.reasons).toEqual(["hourlyPay", "fewAnswers"]);
  });

  it("all unsure: FREELANCER (or EMPLOYEE if so titled), always mixed, fewAnswers", () => {
    const d = decide(allUnsure);
    expect(d.type).toBe("FREELANCER");
    expect(d.confidence).toBe("mixed");
    expect(d.reasons).toEqual(["fewAnswers"]);
    const e = decide({ ...allUnsure, contractTitle: "employment" });
    expect(e.type).toBe("EMPLOYEE");
    expect(e.confidence).toBe("mixed");
    expect(e.legalBasis).toBe("civil_627_1");
    expect(e.basisReasons).toEqual(["fixedTermUnsure"]);
  });

  it("fixed term of 6 months with an unavoidable reason → 628 only", () => {
    const d = decide({ ...commuting, contractTitle: "employment", fixedTerm: "yes", termMonths: 6, startedOn: "2024-01-01", unavoidableReason: "unpaid_pay" });
    expect(d.legalBasis).toBe("civil_628");
    expect(d.basisReasons).toEqual(["fixedTerm", "unavoidableReasonGiven"]);
  });

  it("fixed term over 12 months, more than 12 months into the current term → 628 plus 労基法137, with its exceptions named", () => {
    const d = decide({ ...commuting, fixedTerm: "yes", termMonths: 24, termStartedOn: "2025-01-10" });
    expect(d.type).toBe("FREELANCER_IN_SUBSTANCE_EMPLOYEE");
    expect(d.legalBasis).toBe("civil_628_lsa_137");
    expect(d.basisReasons).toEqual(["fixedTerm", "lsa137Applies", "lsa137Exceptions"]);
  });

  it("137 counts from the first day of the current term, not from the day she first started: a renewed contract starts again", () => {
    // Started in 2020, the two-year contract renewed three months before today.
    const renewed = { ...commuting, fixedTerm: "yes" as const, termMonths: 24, startedOn: "2020-04-01", termStartedOn: "2026-08-25" };
    const d = decideContractType(renewed, { today: "2026-11-25" });
    expect(d.legalBasis).toBe("agreement_request");
    expect(d.basisReasons).toContain("firstYearNotPassed");
    expect(d.basisReasons).not.toContain("lsa137Applies");
    // Only the day she first started, and long ago: the current term's start is unknown, so 137 is not assumed.
    const onlyStart = decideContractType({ ...commuting, fixedTerm: "yes", termMonths: 24, startedOn: "2020-04-01" }, { today: "2026-11-25" });
    expect(onlyStart.legalBasis).toBe("agreement_request");
    expect(onlyStart.basisReasons).toContain("termStartUnknown");
  });

  it("137 needs more than 12 months of the term: the anniversary itself is not enough", () => {
    const facts = { ...commuting, fixedTerm: "yes" as const, termMonths: 36, termStartedOn: "2025-11-25", unavoidableReason: "health" as const };
    expect(decideContractType(facts, { today: "2026-11-25" }).legalBasis).toBe("civil_628");
    expect(decideContractType(facts, { today: "2026-11-25" }).basisReasons).toContain("firstYearNotPassed");
    expect(decideContractType(facts, { today: "2026-11-26" }).legalBasis).toBe("civil_628_lsa_137");
  });

  it("a term of exactly 12 months never brings in 137", () => {
    expect(decide({ ...commuting, fixedTerm: "yes", termMonths: 12, termStartedOn: "2020-01-01", unavoidableReason: "family" }).legalBasis).toBe("civil_628");
    expect(decide({ ...commuting, fixedTerm: "yes", termMonths: 12, termStartedOn: "2020-01-01" }).legalBasis).toBe("agreement_request");
  });

  it("fixed term over 12 months without the current term's first day → 137 cannot be told, asks for that day", () => {
    const d = decide({ ...commuting, fixedTerm: "yes", termMonths: 24, unavoidableReason: "harassment" });
    expect(d.legalBasis).toBe("civil_628");
    expect(d.basisReasons).toEqual(["fixedTerm", "termStartUnknown", "unavoidableReasonGiven"]);
    expect(decide({ ...commuting, fixedTerm: "yes", termMonths: 24, termStartedOn: "" }).basisReasons).toContain("termStartUnknown");
  });

  it("fixed term of unknown length: termLengthUnknown", () => {
    expect(decide({ ...commuting, fixedTerm: "yes" }).basisReasons).toEqual(["fixedTerm", "termLengthUnknown", "unavoidableReasonNotAnswered"]);
  });

  it("a freelancer with a fixed term may still end it at any time (651)", () => {
    const d = decide({ ...atHome, fixedTerm: "yes", termMonths: 24, startedOn: "2020-01-01" });
    expect(d.type).toBe("FREELANCER");
    expect(d.legalBasis).toBe("civil_651");
  });

  it("uses today's date in Japan when none is given", () => {
    const d = decideContractType({ ...commuting, fixedTerm: "yes", termMonths: 24, termStartedOn: "2000-01-01" });
    expect(d.legalBasis).toBe("civil_628_lsa_137");
  });
});

describe("decideLegalBasis: the unavoidable reason (fixed term, 137 not applying)", () => {
  const fixed = { fixedTerm: "yes", termMonths: 6, startedOn: "2026-09-01" } as const;
  const given = ["harassment", "coerced_content", "unpaid_pay", "health", "family", "other"] as const;

  it.each(given)("%s is an unavoidable reason she gives → 628 at once", (unavoidableReason) => {
    for (const type of ["EMPLOYEE", "FREELANCER_IN_SUBSTANCE_EMPLOYEE"] as const)
      expect(decideLegalBasis(type, { ...fixed, unavoidableReason }, today)).toEqual({
        legalBasis: "civil_628",
        basisReasons: ["fixedTerm", "unavoidableReasonGiven"],
      });
  });

  it("none, not sure or no answer → a request for agreement, saying which", () => {
    expect(decideLegalBasis("EMPLOYEE", { ...fixed, unavoidableReason: "none" }, today)).toEqual({
      legalBasis: "agreement_request",
      basisReasons: ["fixedTerm", "noUnavoidableReason"],
    });
    expect(decideLegalBasis("EMPLOYEE", { ...fixed, unavoidableReason: "unsure" }, today)).toEqual({
      legalBasis: "agreement_request",
      basisReasons: ["fixedTerm", "unavoidableReasonUnsure"],
    });
    expect(decideLegalBasis("EMPLOYEE", fixed, today)).toEqual({
      legalBasis: "agreement_request",
      basisReasons: ["fixedTerm", "unavoidableReasonNotAnswered"],
    });
  });

  it("137 still wins whatever the answer: it needs no reason", () => {
    for (const unavoidableReason of [...unavoidableReasons, undefined])
      expect(decideLegalBasis("EMPLOYEE", { fixedTerm: "yes", termMonths: 24, termStartedOn: "2025-01-10", unavoidableReason }, today).legalBasis).toBe(
        "civil_628_lsa_137",
      );
  });

  it("the answer changes nothing without a fixed term, nor for a freelancer", () => {
    for (const fixedTerm of ["no", "unsure"] as const)
      expect(decideLegalBasis("EMPLOYEE", { fixedTerm, unavoidableReason: "none" }, today).legalBasis).toBe("civil_627_1");
    expect(decideLegalBasis("FREELANCER", { ...fixed, unavoidableReason: "none" }, today).legalBasis).toBe("civil_651");
  });

  it("a draft saved as 628 before the question existed becomes a request for agreement", () => {
    expect(draftLegalBasis("civil_628", {})).toBe("agreement_request");
    expect(draftLegalBasis("civil_628", null)).toBe("agreement_request");
    expect(draftLegalBasis("civil_628", { unavoidableReason: "unsure" })).toBe("agreement_request");
    expect(draftLegalBasis("civil_628", { unavoidableReason: "family" })).toBe("civil_628");
    expect(draftLegalBasis("civil_627_1", null)).toBe("civil_627_1");
  });
});

describe("workFactsSchema", () => {
  it("accepts a complete answer set, with or without term and start", () => {
    expect(workFactsSchema.safeParse(commuting).success).toBe(true);
    expect(workFactsSchema.safeParse({ ...commuting, fixedTerm: "yes", termMonths: 24, startedOn: "2025-01-10" }).success).toBe(true);
    expect(workFactsSchema.safeParse({ ...commuting, startedOn: "" }).success).toBe(true);
  });

  it("reports a missing answer as required and a foreign value as invalidInput", () => {
    const { fixedShifts: _omit, ...rest } = commuting;
    const missing = workFactsSchema.safeParse(rest);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]).toMatchObject({ path: ["fixedShifts"], message: "required" });
    const foreign = workFactsSchema.safeParse({ ...commuting, workplace: "office" });
    expect(foreign.error?.issues[0]).toMatchObject({ path: ["workplace"], message: "invalidInput" });
    const freeText = workFactsSchema.safeParse({ ...commuting, contractTitle: "雇用契約書" });
    expect(freeText.error?.issues[0]).toMatchObject({ path: ["contractTitle"], message: "invalidInput" });
  });

  it("bounds termMonths to whole months 1–120 and startedOn to real past dates", () => {
    for (const termMonths of [0, 121, 1.5, Number.NaN]) expect(workFactsSchema.safeParse({ ...commuting, termMonths }).success).toBe(false);
    for (const termMonths of [1, 120]) expect(workFactsSchema.safeParse({ ...commuting, termMonths }).success).toBe(true);
    expect(workFactsSchema.safeParse({ ...commuting, startedOn: "2025-02-29" }).error?.issues[0].message).toBe("date");
    expect(workFactsSchema.safeParse({ ...commuting, startedOn: "2999-01-01" }).error?.issues[0].message).toBe("dateInFuture");
  });

  it("keeps the unavoidable reason only with a fixed term, and refuses one not offered", () => {
    const withTerm = workFactsSchema.safeParse({ ...commuting, fixedTerm: "yes", unavoidableReason: "coerced_content" });
    expect(withTerm.data?.unavoidableReason).toBe("coerced_content");
    for (const fixedTerm of ["no", "unsure"]) {
      const parsed = workFactsSchema.safeParse({ ...commuting, fixedTerm, unavoidableReason: "harassment" });
      expect(parsed.success).toBe(true);
      expect(parsed.data && "unavoidableReason" in parsed.data).toBe(false);
    }
    const unanswered = workFactsSchema.safeParse({ ...commuting, fixedTerm: "yes", unavoidableReason: null });
    expect(unanswered.success).toBe(true);
    expect(unanswered.data && "unavoidableReason" in unanswered.data).toBe(false);
    for (const unavoidableReason of ["abuse", "", "報酬の未払い", 1]) {
      const bad = workFactsSchema.safeParse({ ...commuting, fixedTerm: "yes", unavoidableReason });
      expect(bad.error?.issues[0]).toMatchObject({ path: ["unavoidableReason"], message: "invalidInput" });
    }
  });

  it("still reads facts saved before the question existed", () => {
    const old = JSON.parse(JSON.stringify({ ...commuting, fixedTerm: "yes", termMonths: 6 }));
    expect(workFactsSchema.safeParse(old).success).toBe(true);
    expect(decideContractType(old, { today }).legalBasis).toBe("agreement_request");
  });
});
