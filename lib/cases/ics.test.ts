import { describe, expect, it } from "vitest";
import { deadlineCalendar } from "./ics";

describe("deadline calendar", () => {
  const ics = deadlineCalendar({ caseId: "c1", deadline: "2026-12-31", title: "期限; 確認", description: "line1\nline2", now: new Date("2026-11-25T00:00:00Z") });

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
});
