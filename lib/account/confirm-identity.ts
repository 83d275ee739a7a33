// "Is it really her?" before anything that someone holding her unlocked phone for a minute could abuse: her password,
// and the current code of her authenticator (or a recovery code) when two-step sign-in is on. Failures count toward
// the per-account re-authentication limit and show in her security log.
import "server-only";
import { clearFailedConfirmations, confirmPassword, countFailedConfirmation } from "./confirm-password";
import { confirmSecondFactor } from "./second-factor";

export type IdentityCheck =
  | { ok: true; loginName: string; passwordHash: string }
  | { ok: false; error: "wrongPassword" | "totpRequired" | "totpInvalid" | "notFound" }
  | { ok: false; error: "rateLimited"; retryAfterSeconds: number };

export async function confirmIdentity(userId: string, input: { password: string; totpCode?: string }): Promise<IdentityCheck> {
  const check = await confirmPassword(userId, input.password);
  if (!check.ok) return check;
  if (check.totpEnabled) {
    if (!input.totpCode) return { ok: false, error: "totpRequired" };
    if (!(await confirmSecondFactor(userId, input.totpCode))) {
      await countFailedConfirmation(userId);
      return { ok: false, error: "totpInvalid" };
    }
  }
  await clearFailedConfirmations(userId);
  return { ok: true, loginName: check.loginName, passwordHash: check.passwordHash };
}
