import "server-only";
import { openAgencyContacts, openAgencyName, openAgencyNames } from "../agencies/crypto-fields";
import { db } from "../db/client";
import { openRegistration, registrationSiteName } from "../registrations/crypto-fields";
import { inputFromDate, todayInTokyo, addDays } from "../time/tokyo-date";
import { decideContractType, draftLegalBasis } from "./contract-type";
import type { ContractTypeKey } from "./keys";
import { openCase, openEventNote, openFacts } from "./crypto-fields";
import { computeDates, defaultReplyDays } from "./deadlines";
import type { LegalBasisKey } from "./keys";
import type { LetterInput } from "./letter-text";
import type { RequestedItem } from "./requested-items";

/** Her cases, newest first, for the withdrawal page. */
export async function listCases(userId: string) {
  const cases = await db.case.findMany({
    where: { userId },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      status: true,
      wizardStep: true,
      deadline: true,
      sentAt: true,
      updatedAt: true,
      agency: { select: { id: true, nameEnc: true } },
      _count: { select: { registrations: true } },
    },
  });
  return cases.map(({ agency, ...c }) => ({
    ...c,
    agencyName: agency ? openAgencyName(agency.id, agency.nameEnc) : "",
    registrationCount: c._count.registrations,
  }));
}

/** Everything the wizard needs to show a draft at any step, decrypted. */
export async function getWizardCase(userId: string, caseId: string) {
  const c = await db.case.findFirst({
    where: { id: caseId, userId },
    include: { agency: true, registrations: { select: { id: true, handleEnc: true, customSiteNameEnc: true, site: { select: { name: true } } } } },
  });
  if (!c) return null;
  // Stored facts are not re-validated: answers saved before a question existed are simply absent.
  const facts = openFacts(c.id, c.factsJsonEnc);
  const stored = (c.legalBasis as LegalBasisKey | null) ?? null;
  const legalBasis = stored && c.status === "DRAFT" ? draftLegalBasis(stored, facts) : stored;
  return {
    id: c.id,
    status: c.status,
    wizardStep: c.wizardStep,
    agencyId: c.agencyId,
    agencyName: c.agency ? openAgencyName(c.agency.id, c.agency.nameEnc) : "",
    registrationIds: c.registrations.map((r) => r.id),
    sites: c.registrations.map((r) => ({ name: registrationSiteName(r), handle: openRegistration.handle(r.id, r.handleEnc) })),
    facts,
    decision: facts ? decideContractType(facts, { today: todayInTokyo() }) : null,
    contractTypeOverride: (c.contractTypeOverride as ContractTypeKey | null) ?? null,
    contractType: ((c.contractTypeOverride ?? (facts ? c.contractType : null)) as ContractTypeKey | null) ?? null,
    legalBasis,
    items: JSON.parse(c.requestedItemsJson) as RequestedItem[],
    payByDate: inputFromDate(c.payByDate),
    amountYen: c.outstandingAmountYen,
    noticeDate: inputFromDate(c.noticeDate),
    replyDeadline: inputFromDate(c.deadline),
    lastWorkingDay: inputFromDate(c.lastWorkingDay),
    // Under agreement_request the stored date is only the day she asked for: nothing has ended until the agency agrees.
    effectiveDate: legalBasis === "agreement_request" ? "" : inputFromDate(c.effectiveDate),
    senderName: openCase.senderName(c.id, c.senderNameEnc),
    senderAddress: openCase.senderAddress(c.id, c.senderAddressEnc),
    agencyAddress: openCase.recipientAddress(c.id, c.recipientAddressEnc),
    grid: (c.naiyouGrid?.replace("v", "") ?? "20x26") as "20x26" | "26x20" | "13x40",
    vertical: c.naiyouGrid?.endsWith("v") ?? false,
    channel: c.channel,
    sentAt: c.sentAt,
  };
}
export type WizardCase = NonNullable<Awaited<ReturnType<typeof getWizardCase>>>;

/** The letter inputs for a case whose steps 1–4 are done; null before that. */
export function letterInputOf(c: WizardCase): LetterInput | null {
  if (!c.contractType || !c.legalBasis || !c.noticeDate || !c.replyDeadline) return null;
  return {
    agencyName: c.agencyName,
    sites: c.sites,
    contractType: c.contractType,
    legalBasis: c.legalBasis,
    unavoidableReason: c.facts?.unavoidableReason,
    items: c.items,
    dates: computeDates({
      legalBasis: c.legalBasis,
      noticeDate: c.noticeDate,
      replyDeadline: c.replyDeadline,
      chosenLastWorkingDay: c.lastWorkingDay || undefined,
    }),
    senderName: c.senderName || undefined,
    senderAddress: c.senderAddress || undefined,
    agencyAddress: c.agencyAddress || undefined,
    amountYen: c.amountYen ?? undefined,
    payByDate: c.payByDate || undefined,
  };
}

/** Default dates for step 4: notice today, reply in 14 days. */
export function defaultDates(): { noticeDate: string; replyDeadline: string } {
  const today = todayInTokyo();
  return { noticeDate: today, replyDeadline: addDays(today, defaultReplyDays) };
}

/** Her agencies for the picker, with contacts decrypted only for the chosen one elsewhere. */
export async function listAgenciesWithContacts(userId: string) {
  const agencies = openAgencyNames(await db.agency.findMany({ where: { userId } }));
  return agencies.map((a) => ({ id: a.id, name: a.name, ...openAgencyContacts(a.id, a) }));
}

/** The case page: status, deadline, covered registrations with their visibility, and the timeline. */
export async function getCase(userId: string, caseId: string) {
  const c = await db.case.findFirst({
    where: { id: caseId, userId },
    include: {
      agency: { select: { id: true, nameEnc: true } },
      registrations: {
        select: { id: true, handleEnc: true, status: true, lastVerdict: true, lastCheckedAt: true, customSiteNameEnc: true, site: { select: { name: true } } },
      },
      events: { orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }] },
    },
  });
  if (!c) return null;
  return {
    id: c.id,
    status: c.status,
    agencyName: c.agency ? openAgencyName(c.agency.id, c.agency.nameEnc) : "",
    deadline: c.deadline,
    sentAt: c.sentAt,
    channel: c.channel,
    noticeDate: c.noticeDate,
    effectiveDate: c.effectiveDate,
    legalBasis: (c.legalBasis as LegalBasisKey | null) ?? null,
    requestedItems: JSON.parse(c.requestedItemsJson) as RequestedItem[],
    registrations: c.registrations.map((r) => ({
      id: r.id,
      status: r.status,
      lastVerdict: r.lastVerdict,
      lastCheckedAt: r.lastCheckedAt,
      siteName: registrationSiteName(r),
      handle: openRegistration.handle(r.id, r.handleEnc),
    })),
    events: c.events.map((e) => ({ id: e.id, type: e.type, occurredAt: e.occurredAt, newDeadline: e.newDeadline, note: openEventNote(e.id, e.noteEnc) })),
  };
}
export type CaseView = NonNullable<Awaited<ReturnType<typeof getCase>>>;
