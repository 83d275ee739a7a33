import "server-only";
// Fills the escalation letters from what the case already holds: its timeline, its requests, its evidence and the
// check snapshots of its registrations.
import { getCase, getWizardCase, letterInputOf, type CaseView } from "../cases/data";
import { addDays, daysBetween, inputFromDate, todayInTokyo } from "../time/tokyo-date";
import { db } from "../db/client";
import { openEvidence } from "../evidence/crypto-fields";
import { openRegistration, openSnapshot, registrationSiteName } from "../registrations/crypto-fields";
import { hqNaiyouNotice, reminderToAgency } from "./agency-letters";
import { appiRequest } from "./appi-request";
import { consultationMemo, type RecordFacts } from "./consultation-memo";
import type { LetterRequestInput } from "./letter-request-schema";
import type { EscalationLetter } from "./letter-parts";
import { takedownRequest } from "./takedown-request";

const answers = ["REPLY_RECEIVED", "REFUSED", "COMPLETED", "EXTENSION_AGREED"];

/** What the case's own record says happened: the reply deadline and whether it passed unanswered, reminders, refusals. */
export function recordFacts(view: Pick<CaseView, "deadline" | "status" | "events">, today: string): RecordFacts {
  const deadline = view.deadline ? inputFromDate(view.deadline) : undefined;
  const past = deadline ? daysBetween(deadline, today) : 0;
  const datesOf = (type: string) =>
    view.events
      .filter((e) => e.type === type)
      .map((e) => inputFromDate(e.occurredAt))
      .sort();
  return {
    deadline,
    daysPast: deadline && past > 0 && view.status !== "COMPLETED" ? past : undefined,
    unanswered: !view.events.some((e) => answers.includes(e.type)),
    reminders: datesOf("REMINDER_SENT"),
    refusals: datesOf("REFUSED"),
  };
}

export async function buildCaseLetter(
  userId: string,
  caseId: string,
  request: LetterRequestInput,
  locale: "ja" | "en" = "ja",
  options: { answeredOn?: string } = {},
): Promise<EscalationLetter | null> {
  const [draft, view] = await Promise.all([getWizardCase(userId, caseId), getCase(userId, caseId)]);
  const letter = draft && letterInputOf(draft);
  if (!draft || !view || !letter) return null;
  const today = todayInTokyo();
  const deadline = addDays(today, 14);
  const sender = { name: draft.senderName || undefined, address: draft.senderAddress || undefined };

  switch (request.kind) {
    case "memo": {
      const evidence = await db.evidence.findMany({ where: { userId, caseId }, orderBy: { capturedAt: "asc" } });
      return consultationMemo(
        {
          sender: { name: sender.name },
          agencyName: draft.agencyName,
          employmentType: draft.contractType ?? "UNKNOWN",
          situations: request.situations,
          timeline: [...view.events].reverse().map((e) => ({ date: inputFromDate(e.occurredAt), type: e.type, note: e.note || undefined })),
          requests: { items: draft.items, sentOn: view.sentAt ? inputFromDate(view.sentAt) : undefined, channel: view.channel ?? undefined },
          evidence: evidence.map((e) => ({
            fileName: (e.fileNameEnc && openEvidence.fileName(e.id, e.fileNameEnc)) || (e.kind === "CHECK_SNAPSHOT" ? "snapshot.json" : "file"),
            capturedAt: e.capturedAt.toISOString(),
            sha256: e.sha256,
            description: (e.descriptionEnc && openEvidence.description(e.id, e.descriptionEnc)) || undefined,
          })),
          wants: request.wants,
          today,
          agreement: draft.legalBasis === "agreement_request",
          record: recordFacts(view, today),
          answeredOn: options.answeredOn,
        },
        locale,
      );
    }
    case "reminder":
      return reminderToAgency({ ...letter, reminderDate: today, newDeadline: addDays(today, 7) }, locale);
    case "hq":
      return hqNaiyouNotice({ ...letter, today, deadline }, locale);
    case "appi":
      return appiRequest(
        {
          agencyName: draft.agencyName,
          agencyAddress: draft.agencyAddress || undefined,
          sender,
          data: request.appiData,
          endedOn: draft.effectiveDate || undefined,
          deadline,
          today,
        },
        locale,
      );
    case "takedown": {
      const registration = await db.registration.findFirst({
        where: { id: request.registrationId, userId, cases: { some: { id: caseId } } },
        include: { site: { select: { name: true } }, evidence: { where: { kind: "CHECK_SNAPSHOT" }, orderBy: { capturedAt: "desc" }, take: 5 } },
      });
      if (!registration) return null;
      return takedownRequest(
        {
          siteName: registrationSiteName(registration),
          profileUrl: openRegistration.profileUrl(registration.id, registration.profileUrlEnc),
          handle: openRegistration.handle(registration.id, registration.handleEnc),
          snapshots: registration.evidence.map((e) => {
            const snap = e.snapshotEnc
              ? (JSON.parse(openSnapshot(e.id, e.snapshotEnc)) as { checkedAt: string; finalUrl?: string; httpStatus?: number })
              : null;
            return {
              checkedAt: snap?.checkedAt ?? e.capturedAt.toISOString(),
              finalUrl: snap?.finalUrl ?? undefined,
              httpStatus: snap?.httpStatus ?? undefined,
              sha256: e.sha256,
            };
          }),
          sender,
          agencyName: draft.agencyName,
          withdrawnOn: view.sentAt ? inputFromDate(view.sentAt) : undefined,
          deadline,
          today,
        },
        locale,
      );
    }
  }
}
