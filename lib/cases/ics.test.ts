import { describe, expect, it } from "vitest";
import { deadlineCalendar } from "./ics";

describe("deadline calendar", () => {
  const ics = deadlineCalendar({
    caseId: "c1",
    deadline: "2026-12-31",
    title: "期限; 確認",
    description: "line1\nline2",
    now: new Date("2026-11-25T00:00:00Z"),
  });

  it("is an all-day event on the deadline with alarms", () => {
    expect(ics).toContain("DTSTART;VALUE=DATE:20261231");
    expect(ics).toContain("DTEND;VALUE=DATE:20270101");
    expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(2);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  });

  it("escapes text", () => {
    expect(ics).toContain("SUMMARY:期限\\; 確認");
    expect(ics).toContain("DESCRIPTION:line1\\nline2");
  });

  it("names no app: a neutral PRODID and a UID with no domain of ours that still stays the same per case", () => {
    expect(ics).not.toMatch(/taikai/i);
    expect(ics).toMatch(/^PRODID:-\/\/-\/\/Calendar\/\/JA\r$/m);
    const uid = /^UID:(.*)\r$/m.exec(ics)?.[1];
    expect(uid).toMatch(/^[0-9a-f]{32}$/);
    expect(uid).not.toContain("c1");
    const again = deadlineCalendar({ caseId: "c1", deadline: "2027-01-15", title: "x", description: "y" });
    expect(/^UID:(.*)\r$/m.exec(again)?.[1]).toBe(uid);
    const other = deadlineCalendar({ caseId: "c2", deadline: "2026-12-31", title: "x", description: "y" });
    expect(/^UID:(.*)\r$/m.exec(other)?.[1]).not.toBe(uid);
  });
});
