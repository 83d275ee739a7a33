"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "../actions/authed-action";
import { notFound } from "../actions/result";
import { deleteEvidence, updateEvidence } from "./mutations";
import { evidenceEditSchema } from "./schema";

export const updateEvidenceAction = authedAction({
  id: true,
  schema: evidenceEditSchema,
  run: async ({ userId, id, input }) => {
    if (!(await updateEvidence(userId, id, input))) return notFound;
    revalidatePath("/evidence");
    return { ok: true };
  },
});

export const deleteEvidenceAction = authedAction({
  id: true,
  schema: z.undefined(),
  run: async ({ userId, id }) => {
    if (!(await deleteEvidence(userId, id))) return notFound;
    revalidatePath("/evidence");
    return { ok: true };
  },
});
