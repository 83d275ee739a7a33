// Someone holding her unlocked phone has her session, not her password: turning two-step sign-in on and making new
// recovery codes need the password (and, for the codes, a current code).
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../db/client";
import { createUser } from "../testing/factories";
import { provider } from "../testing/databases";
import { hashPassword } from "./password";
import { totpCodeAt } from "./totp";

const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("./session", () => ({ getCurrentUser: async () => (signedIn.userId ? { id: signedIn.userId, sessionId: "test-session" } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { confirmTotpSetupAction, regenerateRecoveryCodesAction, startTotpSetupAction } = await import("./two-factor-actions");

const password = "tsuki-ga-noboru-made-58";
let passwordHash: string;
const code = (secret: string, offset = 0) => totpCodeAt(secret, new Date(Date.now() + offset * 30_000));
const stored = (userId: string) => db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecretEnc: true, totpEnabledAt: true } });

describe(`two-step sign-in actions (${provider})`, () => {
  beforeEach(async () => {
    passwordHash ??= await hashPassword(password);
    const user = await createUser(db);
    await db.user.update({ where: { id: user.id }, data: { passwordHash } });
    signedIn.userId = user.id;
  });
  afterAll(() => db.$disconnect());

  it("will not start the setup without her password", async () => {
    const userId = signedIn.userId!;
    expect(await startTotpSetupAction({})).toMatchObject({ ok: false, error: "invalidInput", fieldErrors: { password: "required" } });
    expect(await startTotpSetupAction(undefined)).toMatchObject({ ok: false, error: "invalidInput" });
    expect(await startTotpSetupAction({ password: "not-her-password-1" })).toEqual({
      ok: false,
      error: "invalidInput",
      fieldErrors: { password: "wrongPassword" },
    });
    expect(await stored(userId)).toEqual({ totpSecretEnc: null, totpEnabledAt: null });
    expect((await db.auditEvent.findMany({ where: { userId } })).map((e) => e.type)).toContain("PASSWORD_CHECK_FAILED");
  });

  it("starts with the password, and the code then turns it on", async () => {
    const started = await startTotpSetupAction({ password });
    expect(started).toMatchObject({ ok: true, data: { secret: expect.stringMatching(/^[A-Z2-7]{32}$/) } });
    const secret = started.ok ? started.data!.secret : "";
    expect(await confirmTotpSetupAction({ code: code(secret) })).toMatchObject({ ok: true, data: { recoveryCodes: expect.any(Array) } });
    expect((await stored(signedIn.userId!)).totpEnabledAt).not.toBeNull();
    // Already on: a second start is refused even with the password.
    expect(await startTotpSetupAction({ password })).toMatchObject({ ok: false, error: "settingsChanged" });
  });

  it("makes new recovery codes only with the password and a current code", async () => {
    const started = await startTotpSetupAction({ password });
    const secret = started.ok ? started.data!.secret : "";
    const confirmed = await confirmTotpSetupAction({ code: code(secret, -1) });
    const oldCodes = confirmed.ok ? confirmed.data!.recoveryCodes : [];
    expect(await regenerateRecoveryCodesAction({ code: code(secret) })).toMatchObject({
      ok: false,
      error: "invalidInput",
      fieldErrors: { password: "required" },
    });
    expect(await regenerateRecoveryCodesAction({ password: "not-her-password-1", code: code(secret) })).toMatchObject({
      ok: false,
      fieldErrors: { code: "passwordOrCodeInvalid" },
    });
    const renewed = await regenerateRecoveryCodesAction({ password, code: code(secret, 1) });
    expect(renewed).toMatchObject({ ok: true, data: { recoveryCodes: expect.any(Array) } });
    expect(renewed.ok && renewed.data!.recoveryCodes).not.toContain(oldCodes[0]);
  });

  it("answers unauthenticated without a session", async () => {
    signedIn.userId = null;
    expect(await startTotpSetupAction({ password })).toEqual({ ok: false, error: "unauthenticated" });
    expect(await regenerateRecoveryCodesAction({ password, code: "123456" })).toEqual({ ok: false, error: "unauthenticated" });
  });
});
