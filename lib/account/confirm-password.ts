// Asking a signed-in user for her password again before a change that cannot be undone (new password, deletion).
// Failures are limited per account like sign-in, so a stolen session cannot be used to guess the password.
import "server-only";
import { recordAuditEvent } from "../auth/audit";
import { getDummyHash, verifyPassword } from "../auth/password";
import { hitRateLimit, peekRateLimit, rateLimitKey, resetRateLimit, rules } from "../auth/rate-limit";
import { openLoginName } from "../auth/user-fields";
import { db } from "../db/client";

export type PasswordCheck =
  | { ok: true; loginName: string; passwordHash: string; totpEnabled: boolean }
  | { ok: false; error: "wrongPassword" | "notFound" }
  | { ok: false; error: "rateLimited"; retryAfterSeconds: number };

export function confirmationKey(userId: string): string {
  return rateLimitKey("reauth:account", userId);
}

/** Counts a failed confirmation (a wrong password or second-factor code) and reports it in her security log. */
export async function countFailedConfirmation(userId: string): Promise<void> {
  await hitRateLimit(confirmationKey(userId), rules.reauthPerAccount);
  await recordAuditEvent(userId, "PASSWORD_CHECK_FAILED");
}

export async function confirmPassword(userId: string, password: string): Promise<PasswordCheck> {
  const limit = await peekRateLimit(confirmationKey(userId), rules.reauthPerAccount);
  if (limit.blocked) return { ok: false, error: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  const user = await db.user.findUnique({ where: { id: userId }, select: { loginNameEnc: true, passwordHash: true, totpEnabledAt: true } });
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user) return { ok: false, error: "notFound" };
  if (!valid) {
    await countFailedConfirmation(userId);
    return { ok: false, error: "wrongPassword" };
  }
  return { ok: true, loginName: openLoginName(userId, user.loginNameEnc), passwordHash: user.passwordHash, totpEnabled: user.totpEnabledAt !== null };
}

/** After the whole confirmation succeeded (password and, when on, the second factor). */
export async function clearFailedConfirmations(userId: string): Promise<void> {
  await resetRateLimit(confirmationKey(userId));
}
