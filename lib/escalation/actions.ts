"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { notFound } from "../actions/result";
import { caseRecordState, saveLetterDocument } from "../cases/documents";
import { buildCaseLetter } from "./case-letters";
import { letterRequestSchema } from "./letter-request-schema";

/** Generates a letter from the case and keeps it on the case as a document, stamped with the record's state. */
export const createLetterAction = authedAction({
  id: true,
  schema: letterRequestSchema,
  run: async ({ userId, id, input }) => {
    const [letter, english] = await Promise.all([buildCaseLetter(userId, id, input, "ja"), buildCaseLetter(userId, id, input, "en")]);
    if (!letter) return notFound;
    const state = await caseRecordState(userId, id);
    const inputs = input.kind === "memo" ? { situations: input.situations, wants: input.wants } : undefined;
    const documentId = await saveLetterDocument(userId, id, input.kind, letter, english ?? undefined, { inputs, recordStamp: state?.stamp });
    if (!documentId) return notFound;
    revalidatePath(`/escalation/letters/${id}`);
    return { ok: true, data: { documentId } };
  },
});
