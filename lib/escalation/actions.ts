"use server";
import { revalidatePath } from "next/cache";
import { getUserIdForAction } from "../auth/session";
import { unauthenticated, validationFailure, type ActionResult } from "../actions/result";
import { caseRecordState, saveLetterDocument } from "../cases/documents";
import { buildCaseLetter } from "./case-letters";
import { letterRequestSchema } from "./letter-request-schema";
import { recordId } from "../validation/ids";

/** Generates a letter from the case and keeps it on the case as a document. */
export async function createLetterAction(caseId: unknown, input: unknown): Promise<ActionResult<{ documentId: string }>> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const id = recordId.safeParse(caseId);
  if (!id.success) return { ok: false, error: "notFound" };
  const parsed = letterRequestSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const [letter, english] = await Promise.all([buildCaseLetter(userId, id.data, parsed.data, "ja"), buildCaseLetter(userId, id.data, parsed.data, "en")]);
  if (!letter) return { ok: false, error: "notFound" };
  const state = await caseRecordState(userId, id.data);
  const inputs = parsed.data.kind === "memo" ? { situations: parsed.data.situations, wants: parsed.data.wants } : undefined;
  const documentId = await saveLetterDocument(userId, id.data, parsed.data.kind, letter, english ?? undefined, { inputs, recordStamp: state?.stamp });
  if (!documentId) return { ok: false, error: "notFound" };
  revalidatePath(`/escalation/letters/${id.data}`);
  return { ok: true, data: { documentId } };
}
