"use server";
import { revalidatePath } from "next/cache";
import { unauthenticated, validationFailure, type ActionResult } from "../actions/result";
import { getUserIdForAction } from "../auth/session";
import { deleteEvidence, updateEvidence } from "./mutations";
import { evidenceEditSchema, evidenceIdSchema } from "./schema";

export async function updateEvidenceAction(id: unknown, input: unknown): Promise<ActionResult> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsedId = evidenceIdSchema.safeParse(id);
  if (!parsedId.success) return { ok: false, error: "notFound" };
  const parsed = evidenceEditSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  if (!(await updateEvidence(userId, parsedId.data, parsed.data))) return { ok: false, error: "notFound" };
  revalidatePath("/evidence");
  return { ok: true };
}

export async function deleteEvidenceAction(id: unknown): Promise<ActionResult> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsedId = evidenceIdSchema.safeParse(id);
  if (!parsedId.success || !(await deleteEvidence(userId, parsedId.data))) return { ok: false, error: "notFound" };
  revalidatePath("/evidence");
  return { ok: true };
}
