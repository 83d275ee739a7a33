import { afterEach, describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween } from "../time/tokyo-date";
import { computeDates, datesSchema, explanationKeys, validateChosenLastWorkingDay, validateReplyDeadline, type ComputedDates } from "./deadlines";
import { legalBasisKeys } from "./keys";

const keys = (d: ComputedDates) => d.explanation.map((e) => e.key);

describe("computeDates under 民法627条1項 (two weeks, first day not counted)", () => {
  it("across a month and year end: 2026-12-25 → 2027-01-08", () => {
    const d = computeDates({ legalBasis: "civil_627_1", noticeDate: "2026-12-25" });
    expect(d).toMatchObject({ noticeDate: "2026-12-25", effectiveDate: "2027-01-08", lastWorkingDay: "2027-01-07", replyDeadline: "2027-01-08" });
    expect(keys(d)).toEqual([
      "notice",
      "civil627TwoWeeks",
      "firstDayNotCounted",
      "effectiveAfterTwoWeeks",
      "lastWorkingDayBeforeEffective",
      "replyDeadlineDefault",
    ]);
    expect(d.explanation[2].values).toEqual({ countFrom: "2026-12-26", countTo: "2027-01-08", days: 14 });
  });

  it("across a month end and on the last day of a year", () => {
    expect(computeDates({ legalBasis: "civil_627_1", noticeDate: "2026-01-20" }).effectiveDate).toBe("2026-02-03");
    const yearEnd = computeDates({ legalBasis: "civil_627_1", noticeDate: "2026-12-31" });
    expect(yearEnd).toMatchObject({ effectiveDate: "2027-01-14", lastWorkingDay: "2027-01-13" });
  });

  it("leap years: 2028-02-20 → 2028-03-05, but 2027-02-20 → 2027-03-06; 2028-02-15 ends on the leap day", () => {
    expect(computeDates({ legalBasis: "civil_627_1", noticeDate: "2028-02-20" }).effectiveDate).toBe("2028-03-05");
    expect(computeDates({ legalBasis: "civil_627_1", noticeDate: "2027-02-20" }).effectiveDate).toBe("2027-03-06");
    expect(computeDates({ legalBasis: "civil_627_1", noticeDate: "2028-02-15" }).effectiveDate).toBe("2028-02-29");
    expect(computeDates({ legalBasis: "civil_627_1", noticeDate: "2028-02-29" }).effectiveDate).toBe("2028-03-14");
  });

  it("she may stop earlier; the contract still ends on the effective date", () => {
    const d = computeDates({ legalBasis: "civil_627_1", noticeDate: "2026-12-25", chosenLastWorkingDay: "2026-12-24" });
    expect(d).toMatchObject({ lastWorkingDay: "2026-12-24", effectiveDate: "2027-01-08" });
    expect(d.explanation).toContainEqual({ key: "lastWorkingDayChosen", values: { lastWorkingDay: "2026-12-24", effectiveDate: "2027-01-08" } });
  });

  it("refuses a last working day after the latest one", () => {
    expect(validateChosenLastWorkingDay("civil_627_1", "2026-12-25", "2027-01-07")).toBeNull();
    expect(validateChosenLastWorkingDay("civil_627_1", "2026-12-25", "2027-01-08")).toBe("afterLatestWorkingDay");
    expect(validateChosenLastWorkingDay("civil_651", "2026-12-25", "2026-12-26")).toBe("afterLatestWorkingDay");
    expect(validateChosenLastWorkingDay("civil_651", "2026-12-25", "2026-13-01")).toBe("date");
    expect(() => computeDates({ legalBasis: "civil_627_1", noticeDate: "2026-12-25", chosenLastWorkingDay: "2027-01-08" })).toThrow(RangeError);
  });
});

describe("computeDates under the immediate bases", () => {
  it("651: ends at the notice date", () => {
    const d = computeDates({ legalBasis: "civil_651", noticeDate: "2026-12-25" });
    expect(d).toMatchObject({ effectiveDate: "2026-12-25", lastWorkingDay: "2026-12-25", replyDeadline: "2027-01-08" });
    expect(keys(d)).toEqual(["notice", "civil651AnyTime", "lastWorkingDayImmediate", "replyDeadlineDefault"]);
  });

  it("628 with a fixed term: immediate, and the term's end is explained", () => {
    const d = computeDates({ legalBasis: "civil_628", noticeDate: "2026-06-10", fixedTermEnd: "2027-03-31" });
    expect(d).toMatchObject({ effectiveDate: "2026-06-10", lastWorkingDay: "2026-06-10" });
    expect(d.explanation).toContainEqual({ key: "civil628Immediate", values: { effectiveDate: "2026-06-10" } });
    expect(d.explanation).toContainEqual({ key: "fixedTermEndsOn", values: { fixedTermEnd: "2027-03-31" } });
    const past = computeDates({ legalBasis: "civil_628", noticeDate: "2026-06-10", fixedTermEnd: "2026-05-31" });
    expect(keys(past)).toContain("fixedTermAlreadyEnded");
  });

  it("628 + 労基法137: immediate", () => {
    const d = computeDates({ legalBasis: "civil_628_lsa_137", noticeDate: "2026-02-28" });
    expect(d.effectiveDate).toBe("2026-02-28");
    expect(keys(d)).toContain("lsa137AnyTime");
  });
});

describe("computeDates under a request for agreement", () => {
  it("proposes the notice day when she chooses no day", () => {
    const d = computeDates({ legalBasis: "agreement_request", noticeDate: "2026-12-25" });
    expect(d).toMatchObject({ effectiveDate: "2026-12-25", lastWorkingDay: "2026-12-25" });
    expect(keys(d)).toEqual(["notice", "agreementProposed", "lastWorkingDayImmediate", "replyDeadlineDefault"]);
  });

  it("a later day she chooses is the day she asks the contract to end (up to 90 days on)", () => {
    const d = computeDates({ legalBasis: "agreement_request", noticeDate: "2026-12-25", chosenLastWorkingDay: "2027-01-31" });
    expect(d).toMatchObject({ effectiveDate: "2027-01-31", lastWorkingDay: "2027-01-31" });
    expect(d.explanation[1]).toEqual({ key: "agreementProposed", values: { effectiveDate: "2027-01-31" } });
    expect(validateChosenLastWorkingDay("agreement_request", "2026-12-25", addDays("2026-12-25", 90))).toBeNull();
    expect(validateChosenLastWorkingDay("agreement_request", "2026-12-25", addDays("2026-12-25", 91))).toBe("proposedEndTooLate");
    expect(() => computeDates({ legalBasis: "agreement_request", noticeDate: "2026-12-25", chosenLastWorkingDay: "2027-03-26" })).toThrow(RangeError);
  });

  it("an earlier day is only her last working day; the proposed end stays the notice day", () => {
    const d = computeDates({ legalBasis: "agreement_request", noticeDate: "2026-12-25", chosenLastWorkingDay: "2026-12-20" });
    expect(d).toMatchObject({ effectiveDate: "2026-12-25", lastWorkingDay: "2026-12-20" });
    expect(d.explanation).toContainEqual({ key: "lastWorkingDayChosenProposedEnd", values: { lastWorkingDay: "2026-12-20", effectiveDate: "2026-12-25" } });
  });

  it("the immediate bases still refuse a later day", () => {
    for (const basis of ["civil_628", "civil_628_lsa_137", "civil_651"] as const)
      expect(validateChosenLastWorkingDay(basis, "2026-12-25", "2026-12-26")).toBe("afterLatestWorkingDay");
  });
});

describe("reply deadline", () => {
  it("defaults to notice + 14 days; replyDays moves it", () => {
    expect(computeDates({ legalBasis: "civil_651", noticeDate: "2028-02-20" }).replyDeadline).toBe("2028-03-05");
    const d = computeDates({ legalBasis: "civil_651", noticeDate: "2026-12-25", replyDays: 30 });
    expect(d.replyDeadline).toBe("2027-01-24");
    expect(d.explanation.at(-1)).toEqual({ key: "replyDeadlineDefault", values: { replyDeadline: "2027-01-24", replyDays: 30 } });
  });

  it("a user-set deadline is used when valid", () => {
    const d = computeDates({ legalBasis: "civil_627_1", noticeDate: "2026-12-25", replyDeadline: "2027-01-15" });
    expect(d.replyDeadline).toBe("2027-01-15");
    expect(d.explanation.at(-1)).toEqual({ key: "replyDeadlineChosen", values: { replyDeadline: "2027-01-15", replyDays: 21 } });
  });

  it("validates a user-set deadline: not before the notice, at most 90 days after, a real date", () => {
    expect(validateReplyDeadline("2026-12-25", "2026-12-25")).toBeNull();
    expect(validateReplyDeadline("2026-12-25", "2027-03-25")).toBeNull(); // 90 days
    expect(validateReplyDeadline("2026-12-25", "2027-03-26")).toBe("deadlineTooLate");
    expect(validateReplyDeadline("2026-12-25", "2026-12-24")).toBe("deadlineBeforeNotice");
    expect(validateReplyDeadline("2026-12-25", "2027-02-29")).toBe("date");
    expect(validateReplyDeadline("2026-12-25", "")).toBe("date");
    expect(() => computeDates({ legalBasis: "civil_627_1", noticeDate: "2026-12-25", replyDeadline: "2026-12-01" })).toThrow(RangeError);
  });

  it("refuses replyDays outside 0–90 and bad notice dates", () => {
    for (const replyDays of [-1, 91, 1.5]) expect(() => computeDates({ legalBasis: "civil_651", noticeDate: "2026-12-25", replyDays })).toThrow(RangeError);
    expect(() => computeDates({ legalBasis: "civil_651", noticeDate: "2026-02-30" })).toThrow(RangeError);
    expect(() => computeDates({ legalBasis: "civil_651", noticeDate: "25/12/2026" })).toThrow(RangeError);
  });

  it("datesSchema reports field errors as translation keys", () => {
    expect(datesSchema.safeParse({ noticeDate: "2026-12-25", replyDeadline: "2027-01-08", chosenLastWorkingDay: "" }).success).toBe(true);
    const before = datesSchema.safeParse({ noticeDate: "2026-12-25", replyDeadline: "2026-12-20" });
    expect(before.error?.issues[0]).toMatchObject({ path: ["replyDeadline"], message: "deadlineBeforeNotice" });
    const late = datesSchema.safeParse({ noticeDate: "2026-12-25", replyDeadline: "2027-06-01" });
    expect(late.error?.issues[0]).toMatchObject({ path: ["replyDeadline"], message: "deadlineTooLate" });
    const empty = datesSchema.safeParse({ noticeDate: "", replyDeadline: "2027-01-08" });
    expect(empty.error?.issues[0]).toMatchObject({ path: ["noticeDate"], message: "required" });
  });
});

describe("calendar arithmetic", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it("adds days and months across ends of months, years and leap days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
    expect(addMonths("2025-11-25", 12)).toBe("2026-11-25");
    expect(daysBetween("2026-12-25", "2027-03-25")).toBe(90);
  });

  it("gives the same dates whatever the host's time zone", () => {
    const run = () => legalBasisKeys.map((legalBasis) => computeDates({ legalBasis, noticeDate: "2027-03-28" }));
    const reference = run();
    for (const tz of ["Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati", "Europe/London"]) {
      process.env.TZ = tz;
      expect(run()).toEqual(reference);
    }
  });

  it("only produces documented explanation keys, with no empty values", () => {
    for (const legalBasis of legalBasisKeys) {
      const d = computeDates({ legalBasis, noticeDate: "2026-12-25", fixedTermEnd: "2027-03-31", chosenLastWorkingDay: "2026-12-20" });
      for (const item of d.explanation) {
        expect(explanationKeys).toContain(item.key);
        for (const v of Object.values(item.values)) expect(v === "" || v === undefined || Number.isNaN(v)).toBe(false);
      }
    }
  });
});
