import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createUser } from "../testing/factories";
import { provider } from "../testing/databases";
import { authenticate, signInKeys } from "./authenticate";
import { hashPassword } from "./password";
import { rateLimitKey } from "./rate-limit";
import { totpCodeAt } from "./totp";
import {
  confirmTotpSetup,
  disableTotp,
  forgetTotpReplayState,
  getTwoFactorStatus,
  isTotpEnabled,
  regenerateRecoveryCodes,
  startTotpSetup,
  verifySecondFactor,
} from "./two-factor";

const password = "hoshi-ga-kirei-na-yoru-9";
let passwordHash: string;
const ip = () => `203.0.113.${randomBytes(1)[0]}-${randomBytes(4).toString("hex")}`;
/** The code for the time step `offset` steps from now (-1, 0, +1 are accepted). */
const code = (secret: string, offset = 0) => totpCodeAt(secret, new Date(Date.now() + offset * 30_000));

async function userWithPassword() {
  passwordHash ??= await hashPassword(password);
  const user = await createUser(db);
  return { ...(await db.user.update({ where: { id: user.id }, data: { passwordHash } })), login: user.login };
}

/** TOTP on, confirmed with the previous step's code, so the current and next steps are still fresh. */
async function enabledUser() {
  const user = await userWithPassword();
  const setup = await startTotpSetup(user.id);
  const confirmed = await confirmTotpSetup(user.id, code(setup!.secret, -1));
  if (!confirmed.ok) throw new Error("setup failed");
  return { user, secret: setup!.secret, recoveryCodes: confirmed.recoveryCodes };
}

const signIn = (login: string, totp?: string) => authenticate(totp === undefined ? { login, password } : { login, password, totp }, ip());
const types = async (userId: string) => (await db.auditEvent.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((e) => e.type);

describe(`two-step sign-in (${provider})`, () => {
  afterAll(() => db.$disconnect());

  it("stores a started setup encrypted and not in force until a current code confirms it", async () => {
    const user = await userWithPassword();
    const setup = await startTotpSetup(user.id);
    expect(setup?.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(setup?.uri).toContain("issuer=Taikai");
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpSecretEnc).toMatch(/^v1\./);
    expect(stored.totpSecretEnc).not.toContain(setup!.secret);
    expect(stored.totpEnabledAt).toBeNull();
    expect(await isTotpEnabled(user.id)).toBe(false);
    expect((await signIn(user.login)).ok).toBe(true);

    expect(await confirmTotpSetup(user.id, "000000")).toMatchObject({ ok: false, error: "codeInvalid" });
    expect(await confirmTotpSetup(user.id, "abcd-efgh-2345")).toMatchObject({ ok: false, error: "codeInvalid" });
    const confirmed = await confirmTotpSetup(user.id, code(setup!.secret));
    expect(confirmed.ok).toBe(true);
    const codes = confirmed.ok ? confirmed.recoveryCodes : [];
    expect(codes).toHaveLength(10);
    expect(await isTotpEnabled(user.id)).toBe(true);
    expect(await getTwoFactorStatus(user.id)).toMatchObject({ recoveryCodesLeft: 10 });
    const hashes = (await db.recoveryCode.findMany({ where: { userId: user.id } })).map((r) => r.codeHash).join();
    for (const c of codes) expect(hashes.toLowerCase()).not.toContain(c.replace(/-/g, ""));
    expect(await types(user.id)).toContain("TOTP_ENABLED");
    // Started again while on: refused, the secret in force stays.
    expect(await startTotpSetup(user.id)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecretEnc).toBe(stored.totpSecretEnc);
  });

  it("names a neutral issuer when discreet mode is on", async () => {
    const user = await userWithPassword();
    await db.user.update({ where: { id: user.id }, data: { discreetMode: true } });
    const setup = await startTotpSetup(user.id);
    expect(setup?.uri).toContain("issuer=Memo");
    expect(setup?.uri).not.toContain("Taikai");
  });

  it("asks for the code after the right password, refuses a wrong or reused code, and signs in with a fresh one", async () => {
    const { user, secret } = await enabledUser();
    expect(await signIn(user.login)).toEqual({ ok: false, error: "TOTP_REQUIRED" });
    expect(await signIn(user.login, "")).toEqual({ ok: false, error: "TOTP_REQUIRED" });
    expect(await authenticate({ login: user.login, password: "wrong-password-1", totp: code(secret) }, ip())).toEqual({
      ok: false,
      error: "INVALID_CREDENTIALS",
    });
    const wrong = code(secret) === "123456" ? "654321" : "123456";
    expect(await signIn(user.login, wrong)).toEqual({ ok: false, error: "TOTP_INVALID" });
    // Two steps away is outside the window.
    expect(await signIn(user.login, code(secret, 3))).toEqual({ ok: false, error: "TOTP_INVALID" });

    const fresh = code(secret);
    expect((await signIn(user.login, fresh)).ok).toBe(true);
    expect(await signIn(user.login, fresh)).toEqual({ ok: false, error: "TOTP_INVALID" });
    // The setup code's step (-1) is older than the last one used: refused too.
    expect(await signIn(user.login, code(secret, -1))).toEqual({ ok: false, error: "TOTP_INVALID" });
    // The next step is still accepted (clock drift), once.
    expect((await signIn(user.login, code(secret, 1))).ok).toBe(true);
    const events = await types(user.id);
    expect(events.filter((t) => t === "SIGN_IN")).toHaveLength(2);
    expect(events.filter((t) => t === "SIGN_IN_FAILED").length).toBeGreaterThanOrEqual(4);
  });

  it("counts wrong codes as sign-in failures and does not reset the count when only asking for the code", async () => {
    const { user, secret } = await enabledUser();
    const from = ip();
    const signInFrom = (totp?: string) => authenticate(totp === undefined ? { login: user.login, password } : { login: user.login, password, totp }, from);
    const wrong = (i: number) => (`99999${i}` === code(secret) ? "888888" : `99999${i}`);
    for (let i = 0; i < 4; i++) {
      expect(await signInFrom(wrong(i))).toEqual({ ok: false, error: "TOTP_INVALID" });
      expect(await signInFrom()).toEqual({ ok: false, error: "TOTP_REQUIRED" });
    }
    expect(await signInFrom(wrong(4))).toEqual({ ok: false, error: "TOTP_INVALID" });
    expect((await db.rateLimit.findUnique({ where: { key: signInKeys(user.login, from, null).accountAddress } }))?.attempts).toBe(5);
    const blocked = await signInFrom(code(secret));
    expect(blocked.ok).toBe(false);
    expect(!blocked.ok && blocked.error).toMatch(/^RATE_LIMITED:\d+$/);
  });

  it("accepts a recovery code once, in any case and with spaces, also when two requests race", async () => {
    const { user, recoveryCodes } = await enabledUser();
    const [first, second] = recoveryCodes;
    expect((await signIn(user.login, ` ${first.toUpperCase().replace(/-/g, " ")} `)).ok).toBe(true);
    expect(await signIn(user.login, first)).toEqual({ ok: false, error: "TOTP_INVALID" });
    expect(await types(user.id)).toContain("RECOVERY_CODE_USED");

    const raced = await Promise.all([signIn(user.login, second), signIn(user.login, second), signIn(user.login, second)]);
    expect(raced.filter((r) => r.ok)).toHaveLength(1);
    expect(await getTwoFactorStatus(user.id)).toMatchObject({ recoveryCodesLeft: 8 });
    const other = await enabledUser();
    expect(await signIn(other.user.login, recoveryCodes[2])).toEqual({ ok: false, error: "TOTP_INVALID" });
  });

  it("lets one of two concurrent uses of the same TOTP code through", async () => {
    const { user, secret } = await enabledUser();
    const now = code(secret);
    const results = await Promise.all([verifySecondFactor(user.id, now), verifySecondFactor(user.id, now), verifySecondFactor(user.id, now)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("verifySecondFactor: false when TOTP is off; a code or a recovery code once when on", async () => {
    const plain = await userWithPassword();
    expect(await verifySecondFactor(plain.id, "123456")).toBe(false);
    expect(await isTotpEnabled(plain.id)).toBe(false);
    const started = await startTotpSetup(plain.id);
    expect(await verifySecondFactor(plain.id, code(started!.secret))).toBe(false);

    const { user, secret, recoveryCodes } = await enabledUser();
    expect(await verifySecondFactor(user.id, "not a code")).toBe(false);
    expect(await verifySecondFactor(user.id, recoveryCodes[0])).toBe(true);
    expect(await verifySecondFactor(user.id, recoveryCodes[0])).toBe(false);
    expect(await verifySecondFactor(user.id, code(secret))).toBe(true);
    expect(await verifySecondFactor(user.id, code(secret))).toBe(false);
    // The replay row holds a hash of the id and a time step only; account deletion can drop it.
    const replay = await db.rateLimit.findUnique({ where: { key: rateLimitKey("totp:last", user.id) } });
    expect(replay?.key).not.toContain(user.id);
    await forgetTotpReplayState(user.id);
    expect(await db.rateLimit.findUnique({ where: { key: rateLimitKey("totp:last", user.id) } })).toBeNull();
  });

  it("makes new recovery codes only with the password and a valid code; the old ones stop working", async () => {
    const { user, secret, recoveryCodes } = await enabledUser();
    expect(await regenerateRecoveryCodes(user.id, { password, code: "000000" === code(secret) ? "111111" : "000000" })).toMatchObject({ ok: false });
    // A code alone (her authenticator is on the phone someone holds) is not enough, and is not used up.
    expect(await regenerateRecoveryCodes(user.id, { password: "wrong-password-1", code: recoveryCodes[3] })).toMatchObject({ ok: false, error: "codeInvalid" });
    expect(await verifySecondFactor(user.id, recoveryCodes[3])).toBe(true);
    const renewed = await regenerateRecoveryCodes(user.id, { password, code: code(secret) });
    expect(renewed.ok).toBe(true);
    const fresh = renewed.ok ? renewed.recoveryCodes : [];
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(recoveryCodes[0]);
    expect(await verifySecondFactor(user.id, recoveryCodes[1])).toBe(false);
    expect(await verifySecondFactor(user.id, fresh[0])).toBe(true);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(10);
    expect(await types(user.id)).toContain("RECOVERY_CODES_REGENERATED");
  });

  it("turns off only with the password and a code, clearing the secret and the recovery codes", async () => {
    const { user, secret, recoveryCodes } = await enabledUser();
    expect(await disableTotp(user.id, { password: "wrong-password-1", code: recoveryCodes[0] })).toMatchObject({ ok: false, error: "codeInvalid" });
    expect(await disableTotp(user.id, { password, code: "000000" === code(secret) ? "111111" : "000000" })).toMatchObject({ ok: false, error: "codeInvalid" });
    expect(await isTotpEnabled(user.id)).toBe(true);
    // The wrong password did not use up the recovery code.
    expect(await disableTotp(user.id, { password, code: recoveryCodes[0] })).toEqual({ ok: true });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([stored.totpSecretEnc, stored.totpEnabledAt]).toEqual([null, null]);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.rateLimit.findUnique({ where: { key: rateLimitKey("totp:last", user.id) } })).toBeNull();
    expect(await types(user.id)).toContain("TOTP_DISABLED");
    expect((await signIn(user.login)).ok).toBe(true);
    expect(await disableTotp(user.id, { password, code: code(secret) })).toMatchObject({ ok: false, error: "settingsChanged" });
  });

  it("refuses settings changes once the account is over its limit", async () => {
    const { user, secret } = await enabledUser();
    for (let i = 0; i < 5; i++) await regenerateRecoveryCodes(user.id, { password, code: "zzzz-zzzz-zzzz" });
    expect(await regenerateRecoveryCodes(user.id, { password, code: code(secret) })).toMatchObject({ ok: false, error: "rateLimited" });
    expect(await verifySecondFactor(user.id, code(secret))).toBe(false);
  });
});
