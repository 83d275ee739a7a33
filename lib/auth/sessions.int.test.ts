// The JWT is only a pointer: its session row and the user's sessionVersion decide, on every use of the token (the
// jwt callback runs for every page, action, route and the next-auth session endpoint).
import type { JWT } from "next-auth/jwt";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { signOutEverywhere } from "../account/mutations";
import { db } from "../db/client";
import { createUser } from "../testing/factories";
import { provider } from "../testing/databases";
import { authOptions } from "./options";
import { claimExport, allowExport, serverIdleTimeoutMinutes, touchSession } from "./sessions";

type JwtCallback = (params: { token: JWT; user?: unknown; trigger?: string }) => Promise<JWT>;
const jwt = authOptions.callbacks!.jwt as unknown as JwtCallback;

/** What next-auth does at sign-in: the jwt callback with the user authorize() returned. */
async function signedIn(overrides: { idleTimeoutMinutes?: number | null } = {}) {
  const user = await createUser(db);
  if (overrides.idleTimeoutMinutes !== undefined) await db.user.update({ where: { id: user.id }, data: { idleTimeoutMinutes: overrides.idleTimeoutMinutes } });
  const token = await jwt({ token: {}, user: { id: user.id, sessionVersion: user.sessionVersion }, trigger: "signIn" });
  return { user, token };
}
const live = (token: JWT) =>
  jwt({ token }).then(
    () => true,
    () => false,
  );
const idleFor = (token: JWT, minutes: number) =>
  db.session.updateMany({ where: { id: token.sid as string }, data: { lastActiveAt: new Date(Date.now() - minutes * 60_000) } });

describe(`sessions (${provider})`, () => {
  afterEach(() => vi.unstubAllEnvs());
  afterAll(() => db.$disconnect());

  it("a token names a session row of hers and stays valid while it exists", async () => {
    const { user, token } = await signedIn();
    expect(token.sid).toEqual(expect.any(String));
    expect(await db.session.count({ where: { id: token.sid as string, userId: user.id } })).toBe(1);
    expect(await live(token)).toBe(true);
  });

  it("after 'sign out everywhere' an old token gets no session (the session endpoint used to renew it)", async () => {
    const { user, token } = await signedIn();
    const other = await jwt({ token: {}, user: { id: user.id, sessionVersion: user.sessionVersion }, trigger: "signIn" });
    await signOutEverywhere(user.id);
    expect(await live(token)).toBe(false);
    expect(await live(other)).toBe(false);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a stale sessionVersion alone ends the session too (password changed, account deleted)", async () => {
    const { user, token } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await live(token)).toBe(false);
    expect(await db.session.count({ where: { id: token.sid as string } })).toBe(0);
  });

  it("a plain sign-out ends that session on the server: a copy of the cookie is worth nothing", async () => {
    const { user, token } = await signedIn();
    const elsewhere = await jwt({ token: {}, user: { id: user.id, sessionVersion: user.sessionVersion }, trigger: "signIn" });
    await authOptions.events!.signOut!({ token, session: undefined as never });
    expect(await live(token)).toBe(false);
    // Her other browsers stay signed in.
    expect(await live(elsewhere)).toBe(true);
  });

  it("refuses a session idle longer than the default 30 minutes", async () => {
    const { token } = await signedIn();
    await idleFor(token, 29);
    expect(await live(token)).toBe(true);
    await idleFor(token, 31);
    expect(await live(token)).toBe(false);
    expect(await db.session.count({ where: { id: token.sid as string } })).toBe(0);
    // Gone for good: coming back within the window does not revive it.
    expect(await live(token)).toBe(false);
  });

  it("uses her own idle timeout, and the server default from TAIKAI_IDLE_TIMEOUT_MINUTES", async () => {
    const { user, token } = await signedIn({ idleTimeoutMinutes: 120 });
    await idleFor(token, 90);
    expect(await live(token)).toBe(true);
    await db.user.update({ where: { id: user.id }, data: { idleTimeoutMinutes: 5 } });
    await idleFor(token, 6);
    expect(await live(token)).toBe(false);

    vi.stubEnv("TAIKAI_IDLE_TIMEOUT_MINUTES", "10");
    expect(serverIdleTimeoutMinutes()).toBe(10);
    const fallback = await signedIn({ idleTimeoutMinutes: null });
    await idleFor(fallback.token, 11);
    expect(await live(fallback.token)).toBe(false);
    for (const bad of ["0", "-5", "1.5", "abc", "100000"]) expect(serverIdleTimeoutMinutes({ TAIKAI_IDLE_TIMEOUT_MINUTES: bad })).toBe(30);
  });

  it("activity moves the idle clock, at most once a minute", async () => {
    const { user, token } = await signedIn();
    const sid = token.sid as string;
    await idleFor(token, 20);
    await touchSession(sid, user.id);
    const touched = await db.session.findUniqueOrThrow({ where: { id: sid } });
    expect(Date.now() - touched.lastActiveAt.getTime()).toBeLessThan(5_000);
    await touchSession(sid, user.id, new Date(Date.now() + 30_000));
    expect((await db.session.findUniqueOrThrow({ where: { id: sid } })).lastActiveAt).toEqual(touched.lastActiveAt);
  });

  it("an export permission is for this session, once, for two minutes", async () => {
    const { user, token } = await signedIn();
    const sid = token.sid as string;
    expect(await claimExport(sid, user.id)).toBe(false);
    expect(await allowExport(sid, user.id)).toBe(true);
    expect(await claimExport(sid, user.id)).toBe(true);
    expect(await claimExport(sid, user.id)).toBe(false);
    await allowExport(sid, user.id);
    expect(await claimExport(sid, user.id, new Date(Date.now() + 3 * 60_000))).toBe(false);
  });
});
