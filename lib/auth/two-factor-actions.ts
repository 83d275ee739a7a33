"use server";
// Settings actions for the TOTP second step. Expected failures travel as field errors whose messages are keys
// under "twoFactor.errors" (wrong code) or "errors" (required, tooLong); see components/settings/two-factor.tsx.
import { revalidatePath } from "next/cache";
import { unauthenticated, validationFailure, type ActionResult } from "../actions/result";
import { getUserIdForAction } from "./session";
import { confirmIdentity } from "../account/confirm-identity";
import { disableTwoFactorSchema, regenerateRecoveryCodesSchema, startTwoFactorSchema, twoFactorCodeSchema } from "./schema";
import { confirmTotpSetup, disableTotp, regenerateRecoveryCodes, startTotpSetup, type TwoFactorFailure } from "./two-factor";

export type TotpSetup = { secret: string; qrDataUrl: string };

/** Needs her password: with a live session alone, whoever holds her phone could enrol their own authenticator and
 *  keep the recovery codes. */
export async function startTotpSetupAction(input: unknown): Promise<ActionResult<TotpSetup>> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsed = startTwoFactorSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const check = await confirmIdentity(userId, { password: parsed.data.password });
  if (!check.ok) {
    if (check.error === "rateLimited") return { ok: false, error: "rateLimited", retryAfterSeconds: check.retryAfterSeconds };
    // Two-step sign-in is on already (a code was asked for) or the account is gone: the page is out of date.
    if (check.error !== "wrongPassword") return { ok: false, error: "notFound" };
    return { ok: false, error: "invalidInput", fieldErrors: { password: "passwordInvalid" } };
  }
  const setup = await startTotpSetup(userId);
  if (!setup) return { ok: false, error: "notFound" };
  return { ok: true, data: { secret: setup.secret, qrDataUrl: setup.qrDataUrl } };
}

export async function confirmTotpSetupAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsed = twoFactorCodeSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const result = await confirmTotpSetup(userId, parsed.data.code);
  if (!result.ok) return failure(result, "code");
  revalidatePath("/settings");
  return { ok: true, data: { recoveryCodes: result.recoveryCodes } };
}

export async function regenerateRecoveryCodesAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsed = regenerateRecoveryCodesSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const result = await regenerateRecoveryCodes(userId, parsed.data);
  // One message for a wrong password or a wrong code, as for turning it off.
  if (!result.ok) return failure(result, "code", "passwordOrCodeInvalid");
  revalidatePath("/settings");
  return { ok: true, data: { recoveryCodes: result.recoveryCodes } };
}

export async function disableTotpAction(input: unknown): Promise<ActionResult> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsed = disableTwoFactorSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const result = await disableTotp(userId, parsed.data);
  // One message for a wrong password or a wrong code: a borrowed session learns nothing about the password.
  if (!result.ok) return failure(result, "code", "passwordOrCodeInvalid");
  revalidatePath("/settings");
  return { ok: true };
}

function failure(result: TwoFactorFailure, field: string, invalidMessage = "codeInvalid"): ActionResult<never> {
  if (result.error === "rateLimited") return { ok: false, error: "rateLimited", retryAfterSeconds: result.retryAfterSeconds };
  if (result.error === "notFound") return { ok: false, error: "notFound" };
  return { ok: false, error: "invalidInput", fieldErrors: { [field]: invalidMessage } };
}
