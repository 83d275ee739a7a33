// Optional TOTP second step: setup, confirmation, recovery codes, disabling, and checking a code.
// The secret is stored encrypted (User.totpSecretEnc) and only counts once totpEnabledAt is set.
// Replay: the last accepted time step is kept in the RateLimit table under "totp:last:<hash of user id>"
// (attempts = that step), claimed with a conditional update, so a code is accepted at most once per account even
// across processes. The row is only needed for about 90 seconds (the ±1 step window); it holds no personal data.
import "server-only";
import { createHmac } from "node:crypto";
import { db } from "../db/client";
import { decryptField, encryptField } from "../db/crypto";
import { getSecrets } from "../config/secrets";
import { recordAuditEvent } from "./audit";
import { verifyPassword } from "./password";
import { openLoginName } from "./user-fields";
import { hitRateLimit, peekRateLimit, rateLimitKey, rules } from "./rate-limit";
import {
  createTotpSecret,
  generateRecoveryCodes,
  hashRecoveryCode,
  isTotpCodeFormat,
  matchTotpCode,
  normalizeRecoveryCode,
  qrCodeDataUrl,
  totpUri,
} from "./totp";

/** notFound: her account is gone; settingsChanged: two-step sign-in is not in the state the page showed (another tab). */
export type TwoFactorFailure = { ok: false; error: "notFound" | "settingsChanged" | "codeInvalid" | "rateLimited"; retryAfterSeconds?: number };

const secretContext = (userId: string) => ({ model: "User", field: "totpSecretEnc", id: userId });
const replayKey = (userId: string) => rateLimitKey("totp:last", userId);
/** Failed codes in settings (and account deletion), per account. */
export const secondFactorKey = (userId: string) => rateLimitKey("reauth:second-factor", userId);

/**
 * Recovery-code hashes are keyed with a key derived from the data key; every key still accepted for decryption
 * is tried, so rotating the data key does not lock anyone out.
 */
function recoveryKeys(): Buffer[] {
  const { dataKey, previousDataKeys } = getSecrets();
  return [dataKey, ...previousDataKeys].map((k) => createHmac("sha256", k).update("taikai-recovery-codes-v1").digest());
}

export async function isTotpEnabled(userId: string): Promise<boolean> {
  const user = await db.user.findFirst({ where: { id: userId }, select: { totpEnabledAt: true, totpSecretEnc: true } });
  return Boolean(user?.totpEnabledAt && user.totpSecretEnc);
}

export async function getTwoFactorStatus(userId: string): Promise<{ enabledAt: Date | null; recoveryCodesLeft: number } | null> {
  const user = await db.user.findFirst({ where: { id: userId }, select: { totpEnabledAt: true, totpSecretEnc: true } });
  if (!user) return null;
  if (!user.totpEnabledAt || !user.totpSecretEnc) return { enabledAt: null, recoveryCodesLeft: 0 };
  const recoveryCodesLeft = await db.recoveryCode.count({ where: { userId, usedAt: null } });
  return { enabledAt: user.totpEnabledAt, recoveryCodesLeft };
}

/** A new secret, stored but not yet in force; null when the user is gone or TOTP is already on. */
export async function startTotpSetup(userId: string): Promise<{ secret: string; uri: string; qrDataUrl: string } | null> {
  const user = await db.user.findFirst({ where: { id: userId }, select: { loginNameEnc: true, discreetMode: true } });
  if (!user) return null;
  const secret = createTotpSecret();
  const { count } = await db.user.updateMany({
    where: { id: userId, totpEnabledAt: null },
    data: { totpSecretEnc: encryptField(secret, secretContext(userId)) },
  });
  if (count !== 1) return null;
  await db.rateLimit.deleteMany({ where: { key: replayKey(userId) } });
  const uri = totpUri(secret, { label: openLoginName(userId, user.loginNameEnc), discreet: user.discreetMode });
  return { secret, uri, qrDataUrl: qrCodeDataUrl(uri) };
}

/** Turns TOTP on when the code matches the pending secret; returns the recovery codes, shown once. */
export async function confirmTotpSetup(userId: string, code: string): Promise<{ ok: true; recoveryCodes: string[] } | TwoFactorFailure> {
  const user = await db.user.findFirst({ where: { id: userId, totpEnabledAt: null }, select: { totpSecretEnc: true } });
  if (!user?.totpSecretEnc) return { ok: false, error: "settingsChanged" };
  if (!isTotpCodeFormat(code) || (await consumeSecondFactor(userId, user.totpSecretEnc, code)) !== "totp") return { ok: false, error: "codeInvalid" };
  const recoveryCodes = generateRecoveryCodes();
  const enabled = await db.$transaction(async (tx) => {
    // Only the secret she just proved she holds (another tab may have started a new setup meanwhile).
    const { count } = await tx.user.updateMany({
      where: { id: userId, totpEnabledAt: null, totpSecretEnc: user.totpSecretEnc },
      data: { totpEnabledAt: new Date() },
    });
    if (count !== 1) return false;
    await replaceRecoveryCodes(tx, userId, recoveryCodes);
    return true;
  });
  if (!enabled) return { ok: false, error: "codeInvalid" };
  await recordAuditEvent(userId, "TOTP_ENABLED");
  return { ok: true, recoveryCodes };
}

/** New recovery codes (the old ones stop working); needs the password and a current code (or an unused recovery
 *  code): with a code alone, whoever holds her phone with the authenticator on it could take a fresh set. */
export async function regenerateRecoveryCodes(
  userId: string,
  { password, code }: { password: string; code: string },
): Promise<{ ok: true; recoveryCodes: string[] } | TwoFactorFailure> {
  const user = await db.user.findFirst({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) return { ok: false, error: "notFound" };
  const checked = await checkWithAccountLimit(userId, code, () => verifyPassword(user.passwordHash, password));
  if (!checked.ok) return checked;
  const recoveryCodes = generateRecoveryCodes();
  await db.$transaction((tx) => replaceRecoveryCodes(tx, userId, recoveryCodes));
  await recordAuditEvent(userId, "RECOVERY_CODES_REGENERATED");
  return { ok: true, recoveryCodes };
}

/** Turns TOTP off: needs the password and a current code (or a recovery code). Clears secret and codes. */
export async function disableTotp(userId: string, { password, code }: { password: string; code: string }): Promise<{ ok: true } | TwoFactorFailure> {
  const user = await db.user.findFirst({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) return { ok: false, error: "notFound" };
  const checked = await checkWithAccountLimit(userId, code, () => verifyPassword(user.passwordHash, password));
  if (!checked.ok) return checked;
  await db.$transaction([
    db.user.updateMany({ where: { id: userId }, data: { totpSecretEnc: null, totpEnabledAt: null } }),
    db.recoveryCode.deleteMany({ where: { userId } }),
    db.rateLimit.deleteMany({ where: { key: replayKey(userId) } }),
  ]);
  await recordAuditEvent(userId, "TOTP_DISABLED");
  return { ok: true };
}

/**
 * For other features that ask for the second factor again (account deletion). Call it only when
 * isTotpEnabled(userId): it answers false when TOTP is off. Accepts a current TOTP code (once) or an unused
 * recovery code (which it uses up). Wrong codes count toward a per-account limit (secondFactorKey); over the limit it
 * answers false without checking.
 */
export async function verifySecondFactor(userId: string, code: string): Promise<boolean> {
  return (await checkWithAccountLimit(userId, code)).ok;
}

/**
 * Checks and uses up a code against an enabled secret: "totp" for a fresh TOTP code, "recovery" for an unused
 * recovery code, null otherwise. No rate limiting here: callers count failures.
 */
export async function consumeSecondFactor(userId: string, secretEnc: string, code: string, now = new Date()): Promise<"totp" | "recovery" | null> {
  if (isTotpCodeFormat(code)) {
    const step = matchTotpCode(decryptField(secretEnc, secretContext(userId)), code, now);
    return step !== null && (await claimTimeStep(userId, step, now)) ? "totp" : null;
  }
  const normalized = normalizeRecoveryCode(code);
  if (!normalized) return null;
  const hashes = recoveryKeys().map((key) => hashRecoveryCode(normalized, key));
  // Atomic: of two concurrent uses of one code, exactly one updates the row.
  const { count } = await db.recoveryCode.updateMany({ where: { userId, codeHash: { in: hashes }, usedAt: null }, data: { usedAt: now } });
  return count > 0 ? "recovery" : null;
}

async function checkWithAccountLimit(userId: string, code: string, alsoRequire?: () => Promise<boolean>): Promise<{ ok: true } | TwoFactorFailure> {
  const user = await db.user.findFirst({ where: { id: userId }, select: { totpEnabledAt: true, totpSecretEnc: true } });
  if (!user?.totpEnabledAt || !user.totpSecretEnc) return { ok: false, error: "settingsChanged" };
  // Per account, for a signed-in session, apart from sign-in's own limits (which a borrowed session must not be
  // able to use up against her).
  const accountKey = secondFactorKey(userId);
  const state = await peekRateLimit(accountKey, rules.reauthPerAccount);
  if (state.blocked) return { ok: false, error: "rateLimited", retryAfterSeconds: state.retryAfterSeconds };
  // The password (when asked) first, so a wrong password does not use up a code.
  const passed = (!alsoRequire || (await alsoRequire())) && (await consumeSecondFactor(userId, user.totpSecretEnc, code)) !== null;
  if (passed) return { ok: true };
  const limit = await hitRateLimit(accountKey, rules.reauthPerAccount);
  return limit.blocked ? { ok: false, error: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds } : { ok: false, error: "codeInvalid" };
}

/** For account deletion: drops the replay row (a hash of the user id and a time step), so nothing is left. */
export async function forgetTotpReplayState(userId: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: replayKey(userId) } });
}

/** Records `step` as the last used time step unless it (or a later one) was used already. */
async function claimTimeStep(userId: string, step: number, now: Date): Promise<boolean> {
  const key = replayKey(userId);
  const advance = () => db.rateLimit.updateMany({ where: { key, attempts: { lt: step } }, data: { attempts: step, windowStartsAt: now } });
  if ((await advance()).count === 1) return true;
  try {
    await db.rateLimit.create({ data: { key, attempts: step, windowStartsAt: now } });
    return true;
  } catch {
    // The row exists: a step at least this late was used (a replay), or a concurrent claim created it first.
    return (await advance()).count === 1;
  }
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
async function replaceRecoveryCodes(tx: Tx, userId: string, codes: string[]): Promise<void> {
  const [key] = recoveryKeys();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(normalizeRecoveryCode(code)!, key) })) });
}
