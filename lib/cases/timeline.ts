import "server-only";
import { db } from "../db/client";
import type { CaseStatus } from "../db/enums";
import { newId } from "../db/new-id";
import { dateFromInput } from "../time/tokyo-date";
import { sealDocumentText, sealEventNote } from "./crypto-fields";
import type { LegalBasisKey } from "./keys";
import type { EventEditInput, EventInput, SentInput } from "./wizard-schema";

export type GeneratedDocument = { type: string; language: string; text: string };

/** Step 6: the request went out. The case opens, its registrations count as under a withdrawal request (checked
 * every 6 hours from now on), and the texts as sent are kept as documents. All or nothing. `legalBasis` is the basis
 * the sent letters were written under (a draft's may differ from the stored one), recorded so later letters match. */
export async function markSent(userId: string, caseId: string, input: SentInput, documents: GeneratedDocument[], legalBasis?: LegalBasisKey): Promise<boolean> {
  const sentAt = dateFromInput(input.sentOn)!;
  return db.$transaction(async (tx) => {
    const draft = await tx.case.findFirst({
      where: { id: caseId, userId, status: "DRAFT", wizardStep: { gte: 6 } },
      select: { registrations: { select: { id: true } } },
    });
    if (!draft) return false;
    await tx.case.update({ where: { id: caseId }, data: { status: "SENT", sentAt, channel: input.channel, ...(legalBasis ? { legalBasis } : {}) } });
    const eventId = newId();
    await tx.caseEvent.create({ data: { id: eventId, userId, caseId, type: "SENT", occurredAt: sentAt } });
    const ids = draft.registrations.map((r) => r.id);
    await tx.registration.updateMany({ where: { userId, id: { in: ids }, withdrawalRequestedAt: null }, data: { withdrawalRequestedAt: sentAt } });
    await tx.registration.updateMany({ where: { userId, id: { in: ids }, status: "VISIBLE" }, data: { status: "WITHDRAWAL_REQUESTED" } });
    // Under a request, profiles are checked every 6 hours: bring their next checks forward.
    const soon = new Date(Date.now() + 6 * 3600_000);
    await tx.job.updateMany({ where: { userId, uniqueKey: { in: ids.map((id) => `check:${id}`) }, runAt: { gt: soon } }, data: { runAt: soon } });
    for (const doc of documents) {
      const id = newId();
      await tx.document.create({ data: { id, userId, caseId, type: doc.type, language: doc.language, textEnc: sealDocumentText(id, doc.text) } });
    }
    return true;
  });
}

const statusAfter: Partial<Record<EventInput["type"], CaseStatus>> = {
  REPLY_RECEIVED: "REPLIED",
  REFUSED: "REFUSED",
  NO_RESPONSE: "NO_REPLY",
  ESCALATED: "ESCALATED",
  COMPLETED: "COMPLETED",
};

/** Adds a dated event; some move the case's status, an agreed extension or a reminder moves its deadline. */
export async function addEvent(userId: string, caseId: string, input: EventInput): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const current = await tx.case.findFirst({ where: { id: caseId, userId, status: { not: "DRAFT" } }, select: { id: true } });
    if (!current) return false;
    const id = newId();
    const newDeadline = dateFromInput(input.newDeadline);
    await tx.caseEvent.create({
      data: { id, userId, caseId, type: input.type, occurredAt: dateFromInput(input.occurredOn)!, noteEnc: sealEventNote(id, input.note), newDeadline },
    });
    const status = statusAfter[input.type];
    await tx.case.update({ where: { id: caseId }, data: { ...(status ? { status } : {}), ...(newDeadline ? { deadline: newDeadline } : {}) } });
    return true;
  });
}

/** Corrects an event's date or note. Its type stays: a different step is a new event. */
export async function editEvent(userId: string, eventId: string, input: EventEditInput): Promise<boolean> {
  const { count } = await db.caseEvent.updateMany({
    where: { id: eventId, userId },
    data: { occurredAt: dateFromInput(input.occurredOn)!, noteEnc: sealEventNote(eventId, input.note) },
  });
  return count === 1;
}
