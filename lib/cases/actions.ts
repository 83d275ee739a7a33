"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getUserIdForAction } from "../auth/session";
import { unauthenticated, validationFailure, type ActionResult } from "../actions/result";
import { todayInTokyo, addDays } from "../time/tokyo-date";
import { contractTypes } from "./keys";
import { getWizardCase, letterInputOf } from "./data";
import { datesSchema, validateChosenLastWorkingDay } from "./deadlines";
import { workFactsSchema } from "./facts-schema";
import { documentText, formalNotice, naiyouText, shortMessage } from "./letter-text";
import { deleteDraft, saveDates, saveFacts, saveRequests, saveSender, saveWho, type StepResult } from "./mutations";
import { requestSchema } from "./requested-items";
import { addEvent, editEvent, markSent } from "./timeline";
import { eventEditSchema, eventSchema, senderSchema, sentSchema, whoSchema } from "./wizard-schema";
import { recordId } from "../validation/ids";

const idSchema = recordId;
const overrideSchema = z.enum(contractTypes).nullable();

function fromStep(result: StepResult): ActionResult<{ caseId: string }> {
  if (result.ok) {
    revalidatePath("/withdrawal");
    return { ok: true, data: { caseId: result.caseId } };
  }
  return result.notFound ? { ok: false, error: "notFound" } : { ok: false, error: "invalidInput", fieldErrors: result.fieldErrors };
}

/** Runs one wizard step: authenticate, validate the id and the input, then the step's own mutation. */
async function step<T>(caseId: unknown, input: unknown, schema: z.ZodType<T>, save: (userId: string, caseId: string, value: T) => Promise<StepResult>) {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const id = idSchema.safeParse(caseId);
  if (!id.success) return { ok: false as const, error: "notFound" as const };
  const parsed = schema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  return fromStep(await save(userId, id.data, parsed.data));
}

export async function saveWhoAction(caseId: unknown, input: unknown): Promise<ActionResult<{ caseId: string }>> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const id = caseId === null ? { success: true as const, data: null } : idSchema.safeParse(caseId);
  if (!id.success) return { ok: false, error: "notFound" };
  const parsed = whoSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  return fromStep(await saveWho(userId, id.data, parsed.data));
}

export async function saveFactsAction(caseId: unknown, input: unknown, override: unknown): Promise<ActionResult<{ caseId: string }>> {
  const parsedOverride = overrideSchema.safeParse(override ?? null);
  if (!parsedOverride.success) return { ok: false, error: "invalidInput" };
  return step(caseId, input, workFactsSchema, (userId, id, facts) => saveFacts(userId, id, facts, parsedOverride.data));
}

export async function saveRequestsAction(caseId: unknown, input: unknown) {
  return step(caseId, input, requestSchema, saveRequests);
}

/** Dates: the notice may be given from 30 days ago (she already sent it) up to 90 days ahead. */
export async function saveDatesAction(caseId: unknown, input: unknown) {
  const today = todayInTokyo();
  const windowed = datesSchema.superRefine((v, ctx) => {
    if (v.noticeDate < addDays(today, -30) || v.noticeDate > addDays(today, 90))
      ctx.addIssue({ code: "custom", path: ["noticeDate"], message: "dateOutOfRange" });
  });
  return step(caseId, input, windowed, async (userId, id, dates) => {
    // The latest last working day depends on the legal basis, which only the saved case knows.
    const draft = await getWizardCase(userId, id);
    if (!draft?.legalBasis) return { ok: false, notFound: true };
    const lastDayError = dates.chosenLastWorkingDay ? validateChosenLastWorkingDay(draft.legalBasis, dates.noticeDate, dates.chosenLastWorkingDay) : null;
    if (lastDayError) return { ok: false, fieldErrors: { chosenLastWorkingDay: lastDayError } };
    return saveDates(userId, id, dates);
  });
}

export async function saveSenderAction(caseId: unknown, input: unknown) {
  return step(caseId, input, senderSchema, saveSender);
}

/** Step 6: marks the request as sent, keeping the texts exactly as generated. */
export async function markSentAction(caseId: unknown, input: unknown): Promise<ActionResult<{ caseId: string }>> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const id = idSchema.safeParse(caseId);
  if (!id.success) return { ok: false, error: "notFound" };
  const parsed = sentSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  if (parsed.data.sentOn > todayInTokyo()) return { ok: false, error: "invalidInput", fieldErrors: { sentOn: "dateInFuture" } };
  const draft = await getWizardCase(userId, id.data);
  const letter = draft && letterInputOf(draft);
  if (!draft || !letter) return { ok: false, error: "notFound" };
  const documents = [
    { type: "SHORT_MESSAGE", language: "ja", text: shortMessage(letter, "ja") },
    { type: "NOTICE", language: "ja", text: documentText(formalNotice(letter, "ja"), "ja") },
    { type: "NAIYOU_SHOUMEI", language: "ja", text: naiyouText(letter, "ja") },
  ];
  if (!(await markSent(userId, id.data, parsed.data, documents, letter.legalBasis))) return { ok: false, error: "notFound" };
  revalidatePath("/withdrawal");
  revalidatePath("/dashboard");
  return { ok: true, data: { caseId: id.data } };
}

export async function deleteDraftAction(caseId: unknown): Promise<ActionResult> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const id = idSchema.safeParse(caseId);
  if (!id.success || !(await deleteDraft(userId, id.data))) return { ok: false, error: "notFound" };
  revalidatePath("/withdrawal");
  return { ok: true };
}

export async function addEventAction(caseId: unknown, input: unknown): Promise<ActionResult> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const id = idSchema.safeParse(caseId);
  if (!id.success) return { ok: false, error: "notFound" };
  const parsed = eventSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  if (parsed.data.occurredOn > todayInTokyo()) return { ok: false, error: "invalidInput", fieldErrors: { occurredOn: "dateInFuture" } };
  if (!(await addEvent(userId, id.data, parsed.data))) return { ok: false, error: "notFound" };
  revalidatePath(`/withdrawal/${id.data}`);
  return { ok: true };
}

export async function editEventAction(eventId: unknown, input: unknown): Promise<ActionResult> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const id = idSchema.safeParse(eventId);
  if (!id.success) return { ok: false, error: "notFound" };
  const parsed = eventEditSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  if (parsed.data.occurredOn > todayInTokyo()) return { ok: false, error: "invalidInput", fieldErrors: { occurredOn: "dateInFuture" } };
  if (!(await editEvent(userId, id.data, parsed.data))) return { ok: false, error: "notFound" };
  revalidatePath("/withdrawal");
  return { ok: true };
}
