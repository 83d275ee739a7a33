"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "../auth/audit";
import { getUserIdForAction } from "../auth/session";
import { unauthenticated, validationFailure, type ActionResult } from "../actions/result";
import { discreetCookie } from "./discreet";
import { signOutEverywhere, updatePreferences } from "./mutations";
import { preferencesSchema } from "./schema";

export async function updatePreferencesAction(input: unknown): Promise<ActionResult> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsed = preferencesSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  if (!(await updatePreferences(userId, parsed.data))) return unauthenticated;
  const jar = await cookies();
  if (parsed.data.discreetMode) jar.set(discreetCookie, "1", { maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true, path: "/" });
  else jar.delete(discreetCookie);
  await recordAuditEvent(userId, "SETTINGS_CHANGED");
  revalidatePath("/", "layout");
  return { ok: true };
}

export async function signOutEverywhereAction(): Promise<ActionResult> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  await signOutEverywhere(userId);
  await recordAuditEvent(userId, "SIGNED_OUT_EVERYWHERE");
  return { ok: true };
}
