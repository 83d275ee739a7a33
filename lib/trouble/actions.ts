"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "../actions/authed-action";
import { fieldError, notFound, type ActionResult } from "../actions/result";
import { buildTroubleLetter } from "./build-letter";
import { createTrouble, deleteTrouble, saveTroubleDocument, updateTrouble } from "./mutations";
import { troubleLetterSchema, troubleSchema } from "./schema";

export const createTroubleAction = authedAction({
  schema: troubleSchema,
  run: async ({ userId, input }): Promise<ActionResult<{ id: string }>> => {
    const saved = await createTrouble(userId, input);
    if (!saved.ok) return saved.error === "limitReached" ? { ok: false, error: "limitReached" } : fieldError("siteSlug", "invalidInput");
    revalidatePath("/trouble");
    return { ok: true, data: { id: saved.id } };
  },
});

export const updateTroubleAction = authedAction({
  id: true,
  schema: troubleSchema,
  run: async ({ userId, id, input }): Promise<ActionResult<{ id: string }>> => {
    const saved = await updateTrouble(userId, id, input);
    if (!saved.ok) return saved.error === "notFound" ? notFound : fieldError("siteSlug", "invalidInput");
    revalidatePath(`/trouble/${id}`);
    return { ok: true, data: { id } };
  },
});

export const deleteTroubleAction = authedAction({
  id: true,
  schema: z.undefined(),
  run: async ({ userId, id }) => {
    if (!(await deleteTrouble(userId, id))) return notFound;
    revalidatePath("/trouble");
    return { ok: true };
  },
});

/** Makes a letter (or the 相談メモ) from her record and keeps it on the record, with its English reading. */
export const createTroubleLetterAction = authedAction({
  id: true,
  schema: troubleLetterSchema,
  run: async ({ userId, id, input }): Promise<ActionResult<{ documentId: string }>> => {
    const [letter, english] = await Promise.all([buildTroubleLetter(userId, id, input, "ja"), buildTroubleLetter(userId, id, input, "en")]);
    if (!letter) return notFound;
    const documentId = await saveTroubleDocument(userId, id, input.kind, letter, english ?? undefined);
    if (!documentId) return notFound;
    revalidatePath(`/trouble/${id}`);
    return { ok: true, data: { documentId } };
  },
});
