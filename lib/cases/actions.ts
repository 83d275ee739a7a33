"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "../actions/authed-action";
import { fieldError, notFound, type ActionResult } from "../actions/result";
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

type Saved = ActionResult<{ caseId: string }>;

function fromStep(result: StepResult): Saved {
  if (result.ok) {
    revalidatePath("/withdrawal");
    return { ok: true, data: { caseId: result.caseId } };
  }
  return result.notFound ? notFound : { ok: false, error: "invalidInput", fieldErrors: result.fieldErrors };
}

/** Step 1 also starts the draft: its case id is null until then. */
export const saveWhoAction = authedAction({
  id: "nullable",
  schema: whoSchema,
  run: async ({ userId, id, input }) => fromStep(await saveWho(userId, id, input)),
});

export const saveFactsAction = authedAction({
  id: true,
  schema: workFactsSchema,
  // Her choice of contract type over the decided one, or null.
  extra: z.enum(contractTypes).nullable(),
  run: async ({ userId, id, input, extra }) => fromStep(await saveFacts(userId, id, input, extra)),
});

export const saveRequestsAction = authedAction({
  id: true,
  schema: requestSchema,
  run: async ({ userId, id, input }) => fromStep(await saveRequests(userId, id, input)),
});

/** Dates: the notice may be given from 30 days ago (she already sent it) up to 90 days ahead. */
export const saveDatesAction = authedAction({
  id: true,
  schema: datesSchema.superRefine((v, ctx) => {
    const today = todayInTokyo();
    if (v.noticeDate < addDays(today, -30) || v.noticeDate > addDays(today, 90))
      ctx.addIssue({ code: "custom", path: ["noticeDate"], message: "dateOutOfRange" });
  }),
  run: async ({ userId, id, input }): Promise<Saved> => {
    // The latest last working day depends on the legal basis, which only the saved case knows.
    const draft = await getWizardCase(userId, id);
    if (!draft?.legalBasis) return notFound;
    const lastDayError = input.chosenLastWorkingDay ? validateChosenLastWorkingDay(draft.legalBasis, input.noticeDate, input.chosenLastWorkingDay) : null;
    if (lastDayError) return fieldError("chosenLastWorkingDay", lastDayError);
    return fromStep(await saveDates(userId, id, input));
  },
});

export const saveSenderAction = authedAction({
  id: true,
  schema: senderSchema,
  run: async ({ userId, id, input }) => fromStep(await saveSender(userId, id, input)),
});

/** Step 6: marks the request as sent, keeping the texts exactly as generated. */
export const markSentAction = authedAction({
  id: true,
  schema: sentSchema,
  run: async ({ userId, id, input }): Promise<Saved> => {
    if (input.sentOn > todayInTokyo()) return fieldError("sentOn", "dateInFuture");
    const draft = await getWizardCase(userId, id);
    const letter = draft && letterInputOf(draft);
    if (!draft || !letter) return notFound;
    const documents = [
      { type: "SHORT_MESSAGE", language: "ja", text: shortMessage(letter, "ja") },
      { type: "NOTICE", language: "ja", text: documentText(formalNotice(letter, "ja"), "ja") },
      { type: "NAIYOU_SHOUMEI", language: "ja", text: naiyouText(letter, "ja") },
    ];
    if (!(await markSent(userId, id, input, documents, letter.legalBasis))) return notFound;
    revalidatePath("/withdrawal");
    revalidatePath("/dashboard");
    return { ok: true, data: { caseId: id } };
  },
});

export const deleteDraftAction = authedAction({
  id: true,
  schema: z.undefined(),
  run: async ({ userId, id }) => {
    if (!(await deleteDraft(userId, id))) return notFound;
    revalidatePath("/withdrawal");
    return { ok: true };
  },
});

export const addEventAction = authedAction({
  id: true,
  schema: eventSchema,
  run: async ({ userId, id, input }) => {
    if (input.occurredOn > todayInTokyo()) return fieldError("occurredOn", "dateInFuture");
    if (!(await addEvent(userId, id, input))) return notFound;
    revalidatePath(`/withdrawal/${id}`);
    return { ok: true };
  },
});

/** The id is the event's. */
export const editEventAction = authedAction({
  id: true,
  schema: eventEditSchema,
  run: async ({ userId, id, input }) => {
    if (input.occurredOn > todayInTokyo()) return fieldError("occurredOn", "dateInFuture");
    if (!(await editEvent(userId, id, input))) return notFound;
    revalidatePath("/withdrawal");
    return { ok: true };
  },
});
