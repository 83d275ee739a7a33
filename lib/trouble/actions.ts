"use server";
import { revalidatePath } from "next/cache";
import { unauthenticated, validationFailure, type ActionResult } from "../actions/result";
import { getUserIdForAction } from "../auth/session";
import { buildTroubleLetter } from "./build-letter";
import { createTrouble, deleteTrouble, saveTroubleDocument, updateTrouble } from "./mutations";
import { troubleIdSchema, troubleLetterSchema, troubleSchema } from "./schema";

export async function createTroubleAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsed = troubleSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const saved = await createTrouble(userId, parsed.data);
  if (!saved.ok)
    return saved.error === "limitReached"
      ? { ok: false, error: "limitReached" }
      : { ok: false, error: "invalidInput", fieldErrors: { siteSlug: "invalidInput" } };
  revalidatePath("/trouble");
  return { ok: true, data: { id: saved.id } };
}

export async function updateTroubleAction(id: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsedId = troubleIdSchema.safeParse(id);
  if (!parsedId.success) return { ok: false, error: "notFound" };
  const parsed = troubleSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const saved = await updateTrouble(userId, parsedId.data, parsed.data);
  if (!saved.ok)
    return saved.error === "notFound" ? { ok: false, error: "notFound" } : { ok: false, error: "invalidInput", fieldErrors: { siteSlug: "invalidInput" } };
  revalidatePath(`/trouble/${parsedId.data}`);
  return { ok: true, data: { id: parsedId.data } };
}

export async function deleteTroubleAction(id: unknown): Promise<ActionResult> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsedId = troubleIdSchema.safeParse(id);
  if (!parsedId.success || !(await deleteTrouble(userId, parsedId.data))) return { ok: false, error: "notFound" };
  revalidatePath("/trouble");
  return { ok: true };
}

/** Makes a letter (or the 相談メモ) from her record and keeps it on the record, with its English reading. */
export async function createTroubleLetterAction(troubleId: unknown, input: unknown): Promise<ActionResult<{ documentId: string }>> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const id = troubleIdSchema.safeParse(troubleId);
  if (!id.success) return { ok: false, error: "notFound" };
  const parsed = troubleLetterSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const [letter, english] = await Promise.all([buildTroubleLetter(userId, id.data, parsed.data, "ja"), buildTroubleLetter(userId, id.data, parsed.data, "en")]);
  if (!letter) return { ok: false, error: "notFound" };
  const documentId = await saveTroubleDocument(userId, id.data, parsed.data.kind, letter, english ?? undefined);
  if (!documentId) return { ok: false, error: "notFound" };
  revalidatePath(`/trouble/${id.data}`);
  return { ok: true, data: { documentId } };
}
