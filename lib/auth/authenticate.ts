// The one place a password is checked. Rate limits: per account (failures) and per IP (failures).
// With TOTP on, the right password alone gives TOTP_REQUIRED (no session); a wrong or reused code gives
// TOTP_INVALID and counts as a failure like a wrong password.
import { db } from "../db/client";
import { getDummyHash, verifyPassword } from "./password";
import { hitRateLimit, peekRateLimit, rateLimitKey, resetRateLimit, rules } from "./rate-limit";
import { signInSchema } from "./schema";
import { recordAuditEvent } from "./audit";
import { consumeSecondFactor } from "./two-factor";

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; sessionVersion: number } }
  | { ok: false; error: string };

export async function authenticate(credentials: Record<string, unknown>, ip: string): Promise<AuthenticateResult> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, error: "INVALID_INPUT" };
  const { email, password, totp } = parsed.data;
  const accountKey = rateLimitKey("signin:account", email);
  const ipKey = rateLimitKey("signin:ip", ip);

  for (const [key, rule] of [[accountKey, rules.signInPerAccount], [ipKey, rules.signInPerIp]] as const) {
    const state = await peekRateLimit(key, rule);
    if (state.blocked) return { ok: false, error: `RATE_LIMITED:${state.retryAfterSeconds}` };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, sessionVersion: true, totpEnabledAt: true, totpSecretEnc: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !valid) {
    await hitRateLimit(accountKey, rules.signInPerAccount);
    await hitRateLimit(ipKey, rules.signInPerIp);
    if (user) await recordAuditEvent(user.id, "SIGN_IN_FAILED");
    // The same answer whether the account exists or not.
    return { ok: false, error: "INVALID_CREDENTIALS" };
  }

  if (user.totpEnabledAt && user.totpSecretEnc) {
    // Asking for the code neither counts as a failure nor resets the count: only a full sign-in does.
    if (!totp) return { ok: false, error: "TOTP_REQUIRED" };
    const used = await consumeSecondFactor(user.id, user.totpSecretEnc, totp);
    if (!used) {
      await hitRateLimit(accountKey, rules.signInPerAccount);
      await hitRateLimit(ipKey, rules.signInPerIp);
      await recordAuditEvent(user.id, "SIGN_IN_FAILED");
      return { ok: false, error: "TOTP_INVALID" };
    }
    if (used === "recovery") await recordAuditEvent(user.id, "RECOVERY_CODE_USED");
  }

  await resetRateLimit(accountKey);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await recordAuditEvent(user.id, "SIGN_IN");
  return { ok: true, user: { id: user.id, email: user.email, sessionVersion: user.sessionVersion } };
}
