"use server";
// Settings actions for the TOTP second step. A wrong code or password is a field error; see
// components/settings/two-factor.tsx.
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { checkFailure } from "../actions/result";
import { confirmIdentity } from "../account/confirm-identity";
import { disableTwoFactorSchema, regenerateRecoveryCodesSchema, startTwoFactorSchema, twoFactorCodeSchema } from "./schema";
import { confirmTotpSetup, disableTotp, regenerateRecoveryCodes, startTotpSetup } from "./two-factor";

export type TotpSetup = { secret: string; qrDataUrl: string };

/** Needs her password: with a live session alone, whoever holds her phone could enrol their own authenticator and
 *  keep the recovery codes. */
export const startTotpSetupAction = authedAction({
  schema: startTwoFactorSchema,
  run: async ({ userId, input }) => {
    const check = await confirmIdentity(userId, { password: input.password });
    // A code asked for means two-step sign-in is on already: the page is out of date.
    if (!check.ok) return checkFailure(check.error === "totpRequired" || check.error === "totpInvalid" ? { error: "settingsChanged" } : check, "password");
    const setup = await startTotpSetup(userId);
    if (!setup) return { ok: false, error: "settingsChanged" };
    return { ok: true, data: { secret: setup.secret, qrDataUrl: setup.qrDataUrl } as TotpSetup };
  },
});

export const confirmTotpSetupAction = authedAction({
  schema: twoFactorCodeSchema,
  run: async ({ userId, input }) => {
    const result = await confirmTotpSetup(userId, input.code);
    if (!result.ok) return checkFailure(result, "code");
    revalidatePath("/settings");
    return { ok: true, data: { recoveryCodes: result.recoveryCodes } };
  },
});

export const regenerateRecoveryCodesAction = authedAction({
  schema: regenerateRecoveryCodesSchema,
  run: async ({ userId, input }) => {
    const result = await regenerateRecoveryCodes(userId, input);
    if (!result.ok) return checkFailure(result, "code", "passwordOrCodeInvalid");
    revalidatePath("/settings");
    return { ok: true, data: { recoveryCodes: result.recoveryCodes } };
  },
});

export const disableTotpAction = authedAction({
  schema: disableTwoFactorSchema,
  run: async ({ userId, input }) => {
    const result = await disableTotp(userId, input);
    if (!result.ok) return checkFailure(result, "code", "passwordOrCodeInvalid");
    revalidatePath("/settings");
    return { ok: true };
  },
});
