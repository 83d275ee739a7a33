// The one place a password is checked. Limits, all on failures only:
// - from a browser with her device cookie (lib/auth/device.ts): growing delays for that browser alone;
// - from any other browser: a fixed window per address (every account), growing delays per account and address,
//   and a fixed window per account over all addresses (a ceiling for someone trying from many addresses).
// So failures by someone else, wherever from, never hold up a browser she has signed in on before.
// With TOTP on, the right password alone gives TOTP_REQUIRED (no session); a wrong or reused code gives
// TOTP_INVALID and counts as a failure like a wrong password.
import { db } from "../db/client";
import { issueDeviceToken, knownDeviceId } from "./device";
import { byLogin } from "./user-fields";
import { getDummyHash, verifyPassword } from "./password";
import { backoffRules, hitBackoff, hitRateLimit, peekBackoff, peekRateLimit, rateLimitKey, resetRateLimit, rules, type RateLimitState } from "./rate-limit";
import { signInSchema } from "./schema";
import { recordAuditEvent } from "./audit";
import { consumeSecondFactor } from "./two-factor";

export type AuthenticateResult = { ok: true; user: { id: string; sessionVersion: number }; deviceToken: string } | { ok: false; error: string };

type Counter = { key: string; peek: () => Promise<RateLimitState>; hit: () => Promise<unknown>; resetOnSuccess: boolean };

export async function authenticate(credentials: Record<string, unknown>, ip: string, deviceToken?: string): Promise<AuthenticateResult> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, error: "INVALID_INPUT" };
  const { login, password, totp } = parsed.data;

  const user = await db.user.findFirst({
    where: byLogin(login),
    select: { id: true, passwordHash: true, sessionVersion: true, totpEnabledAt: true, totpSecretEnc: true },
  });
  // Only a real account can have a device cookie; without one, a name with no account is treated exactly like hers.
  const deviceId = user ? knownDeviceId(deviceToken, user.id, user.sessionVersion) : null;
  const counters = signInCounters(login, ip, deviceId);
  for (const counter of counters) {
    const state = await counter.peek();
    if (state.blocked) return { ok: false, error: `RATE_LIMITED:${state.retryAfterSeconds}` };
  }
  const failed = async () => {
    for (const counter of counters) await counter.hit();
    if (user) await recordAuditEvent(user.id, "SIGN_IN_FAILED");
  };

  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !valid) {
    await failed();
    // The same answer whether the account exists or not.
    return { ok: false, error: "INVALID_CREDENTIALS" };
  }

  if (user.totpEnabledAt && user.totpSecretEnc) {
    // Asking for the code neither counts as a failure nor resets the count: only a full sign-in does.
    if (!totp) return { ok: false, error: "TOTP_REQUIRED" };
    const used = await consumeSecondFactor(user.id, user.totpSecretEnc, totp);
    if (!used) {
      await failed();
      return { ok: false, error: "TOTP_INVALID" };
    }
    if (used === "recovery") await recordAuditEvent(user.id, "RECOVERY_CODE_USED");
  }

  for (const counter of counters) if (counter.resetOnSuccess) await resetRateLimit(counter.key);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await recordAuditEvent(user.id, "SIGN_IN");
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion }, deviceToken: issueDeviceToken(user.id, user.sessionVersion) };
}

/** The rate-limit keys of one sign-in's failures (see the top of this file). */
export function signInKeys(login: string, ip: string, deviceId: string | null) {
  return {
    ip: rateLimitKey("signin:ip", ip),
    device: deviceId ? rateLimitKey("signin:device", deviceId) : null,
    accountAddress: rateLimitKey("signin:account-address", `${login}\n${ip}`),
    account: signInAccountKey(login),
  };
}

export function signInAccountKey(login: string): string {
  return rateLimitKey("signin:account", login);
}

function signInCounters(login: string, ip: string, deviceId: string | null): Counter[] {
  const keys = signInKeys(login, ip, deviceId);
  const window = (key: string, rule: { limit: number; windowMs: number }, resetOnSuccess = false): Counter => ({
    key,
    peek: () => peekRateLimit(key, rule),
    hit: () => hitRateLimit(key, rule),
    resetOnSuccess,
  });
  const backoff = (key: string, rule: (typeof backoffRules)[keyof typeof backoffRules]): Counter => ({
    key,
    peek: () => peekBackoff(key, rule),
    hit: () => hitBackoff(key, rule),
    resetOnSuccess: true,
  });
  // Her own browser is not held up by the address either: she may share it (a dormitory, the agency's room) with
  // the very person trying to get in. A device cookie cannot be made without the server's secret.
  if (keys.device) return [backoff(keys.device, backoffRules.signInPerDevice)];
  return [window(keys.ip, rules.signInPerIp), backoff(keys.accountAddress, backoffRules.signInPerAccountAddress), window(keys.account, rules.signInPerAccount)];
}
