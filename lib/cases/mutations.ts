import type { ErrorCode } from "../actions/error-codes";
import "server-only";
import { sealAgencyContacts, sealAgencyName } from "../agencies/crypto-fields";
import { db } from "../db/client";
import type { ContractType } from "../db/enums";
import { newId } from "../db/new-id";
import { dateFromInput, todayInTokyo } from "../time/tokyo-date";
import { decideContractType, decideLegalBasis, draftLegalBasis } from "./contract-type";
import type { ContractTypeKey } from "./keys";
import { openFacts, sealCase, sealFacts } from "./crypto-fields";
import { computeDates, type DatesInput } from "./deadlines";
import type { LegalBasisKey } from "./keys";
import type { WorkFactsInput } from "./facts-schema";
import type { RequestInput } from "./requested-items";
import { newAgencyChoice, type SenderInput, type WhoInput } from "./wizard-schema";

export type StepResult = { ok: true; caseId: string } | { ok: false; notFound?: true; fieldErrors?: Record<string, ErrorCode> };

const notFound = { ok: false, notFound: true } as const;

/** Moves the draft to at least the given step; steps already reached stay reachable. */
async function advance(userId: string, caseId: string, step: number, data: object): Promise<StepResult> {
  const current = await db.case.findFirst({ where: { id: caseId, userId, status: "DRAFT" }, select: { wizardStep: true } });
  if (!current) return notFound;
  await db.case.updateMany({ where: { id: caseId, userId }, data: { ...data, wizardStep: Math.max(current.wizardStep, step) } });
  return { ok: true, caseId };
}

/** Step 1: the agency (hers, or new) and the registrations this request covers. Creates the draft case. */
export async function saveWho(userId: string, caseId: string | null, input: WhoInput): Promise<StepResult> {
  const registrations = await db.registration.findMany({ where: { userId, id: { in: input.registrationIds } }, select: { id: true } });
  if (registrations.length !== new Set(input.registrationIds).size) return { ok: false, fieldErrors: { registrationIds: "invalidInput" } };
  if (caseId && !(await db.case.findFirst({ where: { id: caseId, userId, status: "DRAFT" }, select: { id: true } }))) return notFound;

  let agencyId = input.agencyId;
  if (agencyId === newAgencyChoice) {
    agencyId = newId();
    await db.agency.create({
      data: { id: agencyId, userId, nameEnc: sealAgencyName(agencyId, input.newAgency.name), ...sealAgencyContacts(agencyId, input.newAgency) },
    });
  } else if (!(await db.agency.findFirst({ where: { id: agencyId, userId }, select: { id: true } }))) {
    return { ok: false, fieldErrors: { agencyId: "invalidInput" } };
  }

  const links = { set: registrations.map((r) => ({ id: r.id })) };
  if (!caseId) {
    const created = await db.case.create({ data: { userId, agencyId, wizardStep: 2, registrations: { connect: links.set } }, select: { id: true } });
    return { ok: true, caseId: created.id };
  }
  await db.case.update({ where: { id: caseId }, data: { agencyId, registrations: links } });
  return advance(userId, caseId, 2, {});
}

/** Step 2: the facts, the decided contract type and its legal basis (an override she chose is kept and recorded). */
export async function saveFacts(userId: string, caseId: string, facts: WorkFactsInput, override: ContractTypeKey | null): Promise<StepResult> {
  const today = todayInTokyo();
  const decision = decideContractType(facts, { today });
  const effective = override ?? decision.type;
  const { legalBasis } = override ? decideLegalBasis(override, facts, today) : decision;
  const existing = await db.case.findFirst({ where: { id: caseId, userId }, select: { contractTypeOverride: true } });
  if (!existing) return notFound;
  const overrideChanged = (existing.contractTypeOverride ?? null) !== (override && override !== decision.type ? override : null);
  return advance(userId, caseId, 3, {
    factsJsonEnc: sealFacts(caseId, facts),
    contractType: decision.type as ContractType,
    contractTypeOverride: override && override !== decision.type ? (override as ContractType) : null,
    ...(overrideChanged ? { contractOverriddenAt: override && override !== decision.type ? new Date() : null } : {}),
    legalBasis: effective === decision.type ? decision.legalBasis : legalBasis,
  });
}

/** Step 3: what she asks for. */
export function saveRequests(userId: string, caseId: string, input: RequestInput): Promise<StepResult> {
  return advance(userId, caseId, 4, {
    requestedItemsJson: JSON.stringify(input.items),
    payByDate: dateFromInput(input.payByDate ?? ""),
    outstandingAmountYen: input.amountYen ?? null,
  });
}

/** Step 4: dates computed from the legal basis; the reply deadline is hers to move. */
export async function saveDates(userId: string, caseId: string, input: DatesInput): Promise<StepResult> {
  const draft = await db.case.findFirst({ where: { id: caseId, userId }, select: { legalBasis: true, factsJsonEnc: true } });
  if (!draft?.legalBasis) return notFound;
  // The basis as the wizard shows it (an old draft's 628 without a reason she gave is a request for agreement).
  const facts = openFacts(caseId, draft.factsJsonEnc);
  const dates = computeDates({
    legalBasis: draftLegalBasis(draft.legalBasis as LegalBasisKey, facts),
    noticeDate: input.noticeDate,
    replyDeadline: input.replyDeadline,
    chosenLastWorkingDay: input.chosenLastWorkingDay || undefined,
  });
  return advance(userId, caseId, 5, {
    noticeDate: dateFromInput(dates.noticeDate),
    lastWorkingDay: dateFromInput(dates.lastWorkingDay),
    effectiveDate: dateFromInput(dates.effectiveDate),
    deadline: dateFromInput(dates.replyDeadline),
  });
}

/** Step 5: her name and address (only where she wants them in the letters) and the 内容証明 grid. */
export function saveSender(userId: string, caseId: string, input: SenderInput): Promise<StepResult> {
  return advance(userId, caseId, 6, {
    senderNameEnc: sealCase.senderName(caseId, input.senderName),
    senderAddressEnc: sealCase.senderAddress(caseId, input.senderAddress),
    recipientAddressEnc: sealCase.recipientAddress(caseId, input.agencyAddress),
    naiyouGrid: `${input.grid}${input.vertical ? "v" : ""}`,
  });
}

export async function deleteDraft(userId: string, caseId: string): Promise<boolean> {
  const { count } = await db.case.deleteMany({ where: { id: caseId, userId, status: "DRAFT" } });
  return count === 1;
}
