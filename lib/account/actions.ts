"use server";
import { cookies } from "next/headers";
import { appCookieOptions } from "../security/https";
import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "../auth/audit";
import { getCurrentUser, getUserIdForAction } from "../auth/session";
import { allowExport } from "../auth/sessions";
import { confirmIdentity } from "./confirm-identity";
import { unauthenticated, validationFailure, type ActionResult } from "../actions/result";
import { discreetCookie } from "./discreet";
import { deleteAccount } from "./delete-account";
import { signOutEverywhere, updateExitSettings, updatePreferences } from "./mutations";
import { changePassword } from "./password";
import { changePasswordSchema, deleteAccountSchema, exitSettingsSchema, identitySchema, preferencesSchema } from "./schema";

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

/** Quick exit's address and sign-out, and the idle timeout: her password (and code) first, so whoever holds her phone
 *  cannot point quick exit at a page of theirs, or keep her signed in after it. */
export async function updateExitSettingsAction(input: unknown): Promise<ActionResult> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsed = exitSettingsSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const check = await confirmIdentity(userId, parsed.data);
  if (!check.ok) return failure(check, check.error.startsWith("totp") ? "totpCode" : "password");
  if (!(await updateExitSettings(userId, parsed.data))) return unauthenticated;
  await recordAuditEvent(userId, "SETTINGS_CHANGED");
  revalidatePath("/", "layout");
  return { ok: true };
}

/** Her password (and code) before an export: the next two minutes, this browser may download it once. */
export async function allowExportAction(input: unknown): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return unauthenticated;
  const parsed = identitySchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const check = await confirmIdentity(user.id, parsed.data);
  if (!check.ok) return failure(check, check.error.startsWith("totp") ? "totpCode" : "password");
  return (await allowExport(user.sessionId, user.id)) ? { ok: true } : unauthenticated;
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
