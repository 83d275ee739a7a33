// Quick exit's settings and the export need her password (and code) again: a borrowed session is not enough.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "../auth/password";
import { totpCodeAt } from "../auth/totp";
import { confirmTotpSetup, startTotpSetup } from "../auth/two-factor";
import { db } from "../db/client";
import { createUser } from "../testing/factories";
import { provider } from "../testing/databases";

const signedIn = vi.hoisted(() => ({ user: null as { id: string; sessionId: string } | null }));
vi.mock("../auth/session", () => ({
  getCurrentUser: async () => signedIn.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ cookies: async () => ({ set: () => {}, delete: () => {}, get: () => undefined }) }));
const { allowExportAction, updateExitSettingsAction, updatePreferencesAction } = await import("./actions");

const password = "kawa-no-nagare-wo-miru-31";
let passwordHash: string;
const exit = { quickExitUrl: "https://example.test/weather", quickExitSignsOut: false, idleTimeoutMinutes: 480 };
const settingsOf = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { quickExitUrl: true, quickExitSignsOut: true, idleTimeoutMinutes: true } });
const untouched = { quickExitUrl: null, quickExitSignsOut: true, idleTimeoutMinutes: null };

describe(`re-authentication in settings (${provider})`, () => {
  beforeEach(async () => {
    passwordHash ??= await hashPassword(password);
    const user = await createUser(db);
    await db.user.update({ where: { id: user.id }, data: { passwordHash } });
    const session = await db.session.create({ data: { id: `s-${user.id}`, userId: user.id } });
    signedIn.user = { id: user.id, sessionId: session.id };
  });
  afterAll(() => db.$disconnect());

  it("the preferences form can no longer change the quick-exit address", async () => {
    const { id } = signedIn.user!;
    expect(await updatePreferencesAction({ discreetMode: true, quickExitUrl: "https://agency.example/" })).toEqual({ ok: true });
    expect((await settingsOf(id)).quickExitUrl).toBeNull();
  });

  it("quick exit's address, its sign-out and the idle timeout change only with her password", async () => {
    const { id } = signedIn.user!;
    expect(await updateExitSettingsAction(exit)).toMatchObject({ ok: false, error: "invalidInput", fieldErrors: { password: "required" } });
    expect(await updateExitSettingsAction({ ...exit, password: "not-her-password-1" })).toEqual({
      ok: false,
      error: "invalidInput",
      fieldErrors: { password: "wrongPassword" },
    });
    expect(await settingsOf(id)).toEqual(untouched);
    expect(await updateExitSettingsAction({ ...exit, password })).toEqual({ ok: true });
    expect(await settingsOf(id)).toEqual(exit);
  });

  it("refuses bad values with a field error and changes nothing", async () => {
    const { id } = signedIn.user!;
    expect(await updateExitSettingsAction({ ...exit, quickExitUrl: "javascript:alert(1)", password })).toMatchObject({ fieldErrors: { quickExitUrl: "url" } });
    expect(await updateExitSettingsAction({ ...exit, idleTimeoutMinutes: 0, password })).toMatchObject({ fieldErrors: { idleTimeoutMinutes: "invalidInput" } });
    expect(await updateExitSettingsAction({ ...exit, idleTimeoutMinutes: "30", password })).toMatchObject({
      fieldErrors: { idleTimeoutMinutes: "invalidInput" },
    });
    expect(await settingsOf(id)).toEqual(untouched);
  });

  it("with two-step sign-in on, also needs a current code", async () => {
    const { id } = signedIn.user!;
    const setup = await startTotpSetup(id);
    await confirmTotpSetup(id, totpCodeAt(setup!.secret, new Date(Date.now() - 30_000)));
    expect(await updateExitSettingsAction({ ...exit, password })).toEqual({ ok: false, error: "invalidInput", fieldErrors: { totpCode: "totpRequired" } });
    expect(
      await updateExitSettingsAction({ ...exit, password, totpCode: "000000" === totpCodeAt(setup!.secret, new Date()) ? "111111" : "000000" }),
    ).toMatchObject({ fieldErrors: { totpCode: "totpInvalid" } });
    expect(await settingsOf(id)).toEqual(untouched);
    expect(await updateExitSettingsAction({ ...exit, password, totpCode: totpCodeAt(setup!.secret, new Date()) })).toEqual({ ok: true });
    expect(await settingsOf(id)).toEqual(exit);
  });

  it("the export is allowed only after her password, for this session", async () => {
    const { id, sessionId } = signedIn.user!;
    const grant = async () => (await db.session.findUniqueOrThrow({ where: { id: sessionId } })).exportAllowedUntil;
    expect(await allowExportAction({ password: "not-her-password-1" })).toMatchObject({ ok: false, fieldErrors: { password: "wrongPassword" } });
    expect(await grant()).toBeNull();
    expect(await allowExportAction({ password })).toEqual({ ok: true });
    expect((await grant())!.getTime()).toBeGreaterThan(Date.now());
    expect(await db.session.count({ where: { userId: id, exportAllowedUntil: { not: null } } })).toBe(1);
  });

  it("answers unauthenticated without a session", async () => {
    signedIn.user = null;
    expect(await updateExitSettingsAction({ ...exit, password })).toEqual({ ok: false, error: "unauthenticated" });
    expect(await allowExportAction({ password })).toEqual({ ok: false, error: "unauthenticated" });
  });
});
