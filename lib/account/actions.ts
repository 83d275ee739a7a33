"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "../actions/authed-action";
import { checkFailure, unauthenticated } from "../actions/result";
import { recordAuditEvent } from "../auth/audit";
import { allowExport } from "../auth/sessions";
import { appCookieOptions } from "../security/https";
import { confirmIdentity } from "./confirm-identity";
import { deleteAccount } from "./delete-account";
import { discreetCookie } from "./discreet";
import { signOutEverywhere, updateExitSettings, updatePreferences } from "./mutations";
import { changePassword } from "./password";
import { changePasswordSchema, deleteAccountSchema, exitSettingsSchema, identitySchema, preferencesSchema } from "./schema";

/** A failed identity check: the code field for a second-factor problem, the password field otherwise. */
const identityField = (error: string) => (error.startsWith("totp") ? "totpCode" : "password");

export const updatePreferencesAction = authedAction({
  schema: preferencesSchema,
  run: async ({ userId, input }) => {
    if (!(await updatePreferences(userId, input))) return unauthenticated;
    const jar = await cookies();
    if (input.discreetMode) jar.set(discreetCookie, "1", appCookieOptions(60 * 60 * 24 * 365));
    else jar.delete(discreetCookie);
    await recordAuditEvent(userId, "SETTINGS_CHANGED");
    revalidatePath("/", "layout");
    return { ok: true };
  },
});

/** Quick exit's address and sign-out, and the idle timeout: her password (and code) first, so whoever holds her phone
 *  cannot point quick exit at a page of theirs, or keep her signed in after it. */
export const updateExitSettingsAction = authedAction({
  schema: exitSettingsSchema,
  run: async ({ userId, input }) => {
    const check = await confirmIdentity(userId, input);
    if (!check.ok) return checkFailure(check, identityField(check.error));
    if (!(await updateExitSettings(userId, input))) return unauthenticated;
    await recordAuditEvent(userId, "SETTINGS_CHANGED");
    revalidatePath("/", "layout");
    return { ok: true };
  },
});

/** Her password (and code) before an export: the next two minutes, this browser may download it once. */
export const allowExportAction = authedAction({
  schema: identitySchema,
  run: async ({ userId, sessionId, input }) => {
    const check = await confirmIdentity(userId, input);
    if (!check.ok) return checkFailure(check, identityField(check.error));
    return (await allowExport(sessionId, userId)) ? { ok: true } : unauthenticated;
  },
});

export const signOutEverywhereAction = authedAction({
  schema: z.undefined(),
  run: async ({ userId }) => {
    await signOutEverywhere(userId);
    await recordAuditEvent(userId, "SIGNED_OUT_EVERYWHERE");
    return { ok: true };
  },
});

export const changePasswordAction = authedAction({
  schema: changePasswordSchema,
  run: async ({ userId, input }) => {
    const result = await changePassword(userId, input);
    if (!result.ok) return checkFailure(result, result.error === "passwordCommon" ? "newPassword" : "currentPassword");
    return { ok: true };
  },
});

/** On success the account is gone; the browser then signs out and shows the goodbye page. */
export const deleteAccountAction = authedAction({
  schema: deleteAccountSchema,
  run: async ({ userId, input }) => {
    const result = await deleteAccount(userId, input);
    if (!result.ok) return checkFailure(result, identityField(result.error));
    // The discreet-mode cookie stays: the neutral tab title keeps protecting her on this browser.
    return { ok: true };
  },
});
