"use server";
import { cookies } from "next/headers";
import { appCookieOptions } from "../security/https";
import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "../auth/audit";
import { getUserIdForAction } from "../auth/session";
import { unauthenticated, validationFailure, type ActionResult } from "../actions/result";
import { discreetCookie } from "./discreet";
import { deleteAccount } from "./delete-account";
import { signOutEverywhere, updatePreferences } from "./mutations";
import { changePassword } from "./password";
import { changePasswordSchema, deleteAccountSchema, preferencesSchema } from "./schema";

export async function updatePreferencesAction(input: unknown): Promise<ActionResult> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsed = preferencesSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  if (!(await updatePreferences(userId, parsed.data))) return unauthenticated;
  const jar = await cookies();
  if (parsed.data.discreetMode) jar.set(discreetCookie, "1", appCookieOptions(60 * 60 * 24 * 365));
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

/** Wrong password, rate limits and second-factor problems come back as codes under account.errors. */
function failure(result: { error: string; retryAfterSeconds?: number }, field: string): ActionResult {
  if (result.error === "rateLimited") return { ok: false, error: "rateLimited", retryAfterSeconds: result.retryAfterSeconds };
  if (result.error === "notFound") return unauthenticated;
  return { ok: false, error: "invalidInput", fieldErrors: { [field]: result.error } };
}

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const result = await changePassword(userId, parsed.data);
  if (!result.ok) return failure(result, result.error === "passwordCommon" ? "newPassword" : "currentPassword");
  return { ok: true };
}

/** On success the account is gone; the browser then signs out and shows the goodbye page. */
export async function deleteAccountAction(input: unknown): Promise<ActionResult> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsed = deleteAccountSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const result = await deleteAccount(userId, parsed.data);
  if (!result.ok) return failure(result, result.error.startsWith("totp") ? "totpCode" : "password");
  // The discreet-mode cookie stays: the neutral tab title keeps protecting her on this browser.
  return { ok: true };
}
