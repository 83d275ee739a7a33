// A calendar file for a case's deadline, with an alarm the day before and on the day. Neutral wording: the
// calendar may be seen by others (a shared or synced calendar, her phone in someone else's hands), so it names
// neither the app nor its purpose nor the agency: a generic PRODID, and a UID that is a hash of the case (the same
// on every download, so importing it again updates the event) with no domain.
import { createHash } from "node:crypto";

export function deadlineCalendar({
  caseId,
  deadline,
  title,
  description,
  now = new Date(),
}: {
  caseId: string;
  deadline: string;
  title: string;
  description: string;
  now?: Date;
}): string {
  const day = deadline.replaceAll("-", "");
  const next = new Date(`${deadline}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const escapeIcsText = (text: string) =>
    text
      .replace(/\\/g, "\\\\")
      .replace(/[;,]/g, (c) => `\\${c}`)
      .replace(/\r?\n/g, "\\n");
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//-//Calendar//JA",
    "CALSCALE:GREGORIAN",
    "BEGIN:VEVENT",
    `UID:${eventUid(caseId)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${day}`,
    `DTEND;VALUE=DATE:${next.toISOString().slice(0, 10).replaceAll("-", "")}`,
    `SUMMARY:${escapeIcsText(title)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeIcsText(title)}`,
    "TRIGGER:-PT15H",
    "END:VALARM",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${escapeIcsText(title)}`,
    "TRIGGER:PT9H",
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

function eventUid(caseId: string): string {
  return createHash("sha256").update(`deadline:${caseId}`).digest("hex").slice(0, 32);
}
