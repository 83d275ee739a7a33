"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { notFound } from "../actions/result";
import { saveLetterDocument } from "../cases/documents";
import { buildCaseLetter } from "./case-letters";
import { letterRequestSchema } from "./letter-request-schema";

/** Generates a letter from the case and keeps it on the case as a document. */
export const createLetterAction = authedAction({
  id: true,
  schema: letterRequestSchema,
  run: async ({ userId, id, input }) => {
    const [letter, english] = await Promise.all([buildCaseLetter(userId, id, input, "ja"), buildCaseLetter(userId, id, input, "en")]);
    if (!letter) return notFound;
    const documentId = await saveLetterDocument(userId, id, input.kind, letter, english ?? undefined);
    if (!documentId) return notFound;
    revalidatePath(`/escalation/letters/${id}`);
    return { ok: true, data: { documentId } };
  },
});
