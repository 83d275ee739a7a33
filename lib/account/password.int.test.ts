import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "../auth/authenticate";
import { db } from "../db/client";
import { createUser } from "../testing/factories";
import { provider } from "../testing/databases";
import { hashPassword } from "../auth/password";
import { changePassword } from "./password";

const oldPassword = "asa-no-umi-wo-miru-31";
const newPassword = "yuugure-no-yama-ni-noboru-58";
const change = (currentPassword: string, next = newPassword) => ({ currentPassword, newPassword: next, newPasswordConfirm: next });

async function userWithPassword() {
  const user = await createUser(db);
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(oldPassword) } });
  return user;
}

describe(`changing the password (${provider})`, () => {
  afterAll(() => db.$disconnect());

  it("needs the current password, then the old one stops working, the new one works and other sessions end", async () => {
    const user = await userWithPassword();
    expect(await changePassword(user.id, change("not-the-password"))).toEqual({ ok: false, error: "wrongPassword" });
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });

    expect(await changePassword(user.id, change(oldPassword))).toEqual({ ok: true });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect((await authenticate({ login: user.login, password: oldPassword }, "198.51.100.1")).ok).toBe(false);
    expect(await authenticate({ login: user.login, password: newPassword }, "198.51.100.1")).toMatchObject({
      ok: true,
      user: { sessionVersion: after.sessionVersion },
    });
    const events = (await db.auditEvent.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } })).map((e) => e.type);
    expect(events).toEqual(expect.arrayContaining(["PASSWORD_CHECK_FAILED", "PASSWORD_CHANGED"]));
  });

  it("refuses a common password or her login name as the new one", async () => {
    const user = await userWithPassword();
    expect(await changePassword(user.id, change(oldPassword, "password1234"))).toEqual({ ok: false, error: "passwordCommon" });
    expect(await changePassword(user.id, change(oldPassword, user.login))).toEqual({ ok: false, error: "passwordCommon" });
    expect((await authenticate({ login: user.login, password: oldPassword }, "198.51.100.2")).ok).toBe(true);
  });

  it("is rate limited after repeated wrong current passwords", async () => {
    const user = await userWithPassword();
    for (let i = 0; i < 5; i++) await changePassword(user.id, change(`wrong-password-${i}`));
    expect(await changePassword(user.id, change(oldPassword))).toMatchObject({ ok: false, error: "rateLimited" });
  });
});
