// Sign-in limits that someone else's failures cannot turn against her: the device cookie from an earlier good
// sign-in exempts her browser from the per-account and per-address limits; other browsers wait longer and longer.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createUser } from "../testing/factories";
import { provider } from "../testing/databases";
import { authenticate, signInKeys } from "./authenticate";
import { hashPassword } from "./password";

const password = "kaze-no-oto-wo-kiku-3";
let passwordHash: string;
const address = () => `203.0.113.${randomBytes(1)[0]}`;
const elsewhere = () => `198.51.100.${randomBytes(1)[0]}`;

async function her() {
  passwordHash ??= await hashPassword(password);
  const user = await createUser(db);
  await db.user.update({ where: { id: user.id }, data: { passwordHash } });
  return user;
}

const attempt = (login: string, ip: string, device?: string, pass = password) => authenticate({ login, password: pass }, ip, device);
const isLimited = (r: { ok: boolean; error?: string }) => !r.ok && /^RATE_LIMITED:\d+$/.test(r.error ?? "");

describe(`sign-in limits someone else cannot use against her (${provider})`, () => {
  afterAll(() => db.$disconnect());

  it("an attacker's 50 failures from other addresses (and from hers) do not stop her signing in on her device", async () => {
    const user = await her();
    const home = address();
    const first = await attempt(user.login, home);
    expect(first.ok).toBe(true);
    const device = first.ok ? first.deviceToken : undefined;

    const attacker = elsewhere();
    for (let i = 0; i < 25; i++) await attempt(user.login, attacker, undefined, `wrong-password-${i}`);
    for (let i = 0; i < 15; i++) await attempt(user.login, elsewhere(), undefined, `wrong-password-${i}`);
    // Even from her own address (a shared connection).
    for (let i = 0; i < 10; i++) await attempt(user.login, home, undefined, `wrong-password-${i}`);
    expect(isLimited(await attempt(user.login, attacker))).toBe(true);
    expect(isLimited(await attempt(user.login, home))).toBe(true);

    const mine = await attempt(user.login, home, device);
    expect(mine.ok).toBe(true);
    // From another address too (her phone on mobile data).
    expect((await attempt(user.login, elsewhere(), mine.ok ? mine.deviceToken : undefined)).ok).toBe(true);
    expect(device).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
  });

  it("without her device cookie, failures from one address hold up only that address, with growing waits", async () => {
    const user = await her();
    const attacker = elsewhere();
    for (let i = 0; i < 5; i++) expect(await attempt(user.login, attacker, undefined, `wrong-${i}`)).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    const blocked = await attempt(user.login, attacker);
    expect(isLimited(blocked)).toBe(true);
    const wait = Number(!blocked.ok && blocked.error.split(":")[1]);
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);
    // Her new phone at another address is not held up.
    expect((await attempt(user.login, address())).ok).toBe(true);
  });

  it("answers a login with no account exactly as hers, limits included", async () => {
    const user = await her();
    const ghost = `ghost-${randomBytes(6).toString("hex")}@example.test`;
    const ip = elsewhere();
    for (let i = 0; i < 5; i++) {
      expect(await attempt(user.login, ip, undefined, `wrong-${i}`)).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
      expect(await attempt(ghost, ip, undefined, `wrong-${i}`)).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    }
    expect(isLimited(await attempt(user.login, ip))).toBe(true);
    expect(isLimited(await attempt(ghost, ip))).toBe(true);
  });

  it("limits a known device too, on its own count", async () => {
    const user = await her();
    const first = await attempt(user.login, address());
    const device = first.ok ? first.deviceToken : "";
    for (let i = 0; i < 5; i++) await attempt(user.login, address(), device, `wrong-${i}`);
    expect(isLimited(await attempt(user.login, address(), device))).toBe(true);
    // Nothing was counted against the account for other browsers.
    const keys = signInKeys(user.login, "x", null);
    expect(await db.rateLimit.count({ where: { key: keys.account } })).toBe(0);
    expect((await attempt(user.login, address())).ok).toBe(true);
  });

  it("honours a device cookie only for the account and the session version it was issued to", async () => {
    const a = await her();
    const b = await her();
    const fromA = await attempt(a.login, address());
    const deviceA = fromA.ok ? fromA.deviceToken : "";
    const ip = elsewhere();
    for (let i = 0; i < 5; i++) await attempt(b.login, ip, undefined, `wrong-${i}`);
    // A's cookie does not exempt a browser trying B's account.
    expect(isLimited(await attempt(b.login, ip, deviceA))).toBe(true);
    // A forged or altered cookie counts as none.
    expect(isLimited(await attempt(b.login, ip, `${deviceA.slice(0, -2)}xx`))).toBe(true);
    expect(isLimited(await attempt(b.login, ip, "garbage"))).toBe(true);

    // After "sign out everywhere" (sessionVersion up) an old cookie no longer exempts.
    for (let i = 0; i < 5; i++) await attempt(a.login, ip, undefined, `wrong-${i}`);
    expect((await attempt(a.login, ip, deviceA)).ok).toBe(true);
    await db.user.update({ where: { id: a.id }, data: { sessionVersion: { increment: 1 } } });
    for (let i = 0; i < 5; i++) await attempt(a.login, ip, undefined, `wrong-${i}`);
    expect(isLimited(await attempt(a.login, ip, deviceA))).toBe(true);
  });

  it("caps failures on one account from many addresses for browsers without the cookie", async () => {
    const user = await her();
    for (let i = 0; i < 50; i++) await attempt(user.login, `192.0.2.${i}`, undefined, `wrong-${i}`);
    expect(isLimited(await attempt(user.login, address()))).toBe(true);
  });
});
