// Registration must not tell anyone whether an email address has an account: sign-up asks for a login name only,
// and whatever else a request carries changes nothing in the answer.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "../db/client";
import { provider } from "../testing/databases";
import { authenticate } from "./authenticate";
import { suggestLoginName } from "./login-name";

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-taikai-client-address": `192.0.2.${randomBytes(1)[0]}` }),
  cookies: async () => ({ get: () => undefined }),
}));
const { registerAction } = await import("./actions");

const password = "mado-no-soto-no-ame-5";
const form = (fields: Record<string, string>) => ({ password, passwordConfirm: password, ...fields });

describe(`registration (${provider})`, () => {
  afterAll(() => db.$disconnect());

  it("answers the same whether or not an email sent with it already has an account", async () => {
    const email = `hanako-${randomBytes(4).toString("hex")}@example.test`;
    const first = await registerAction(form({ email, loginName: suggestLoginName() }));
    const again = await registerAction(form({ email, loginName: suggestLoginName() }));
    const fresh = await registerAction(form({ email: `other-${randomBytes(4).toString("hex")}@example.test`, loginName: suggestLoginName() }));
    expect(again).toEqual(fresh);
    expect(first).toEqual(fresh);
    expect(fresh).toEqual({ ok: true });
  });

  it("stores no email and signs in with the login name, kept only as a keyed hash and ciphertext", async () => {
    const loginName = suggestLoginName();
    expect(await registerAction(form({ loginName: loginName.toUpperCase(), email: "kept-nowhere@example.test" }))).toEqual({ ok: true });
    const signedIn = await authenticate({ login: loginName, password }, "192.0.2.1");
    expect(signedIn.ok).toBe(true);
    const row = await db.user.findUniqueOrThrow({ where: { id: signedIn.ok ? signedIn.user.id : "" } });
    expect(JSON.stringify(row)).not.toContain(loginName);
    expect(JSON.stringify(row)).not.toContain("kept-nowhere");
    expect(row.loginNameEnc).toMatch(/^v1\./);
  });

  it("says a chosen name is taken (a pseudonym, never an email), and refuses a password equal to the name", async () => {
    const loginName = `hoshi-${randomBytes(3).toString("hex")}`;
    expect(await registerAction(form({ loginName }))).toEqual({ ok: true });
    expect(await registerAction(form({ loginName: ` ${loginName.toUpperCase()} ` }))).toEqual({
      ok: false,
      error: "invalidInput",
      fieldErrors: { loginName: "loginNameUnavailable" },
    });
    const sameAsName = `${loginName}-long-enough`;
    expect(await registerAction({ loginName: sameAsName, password: sameAsName, passwordConfirm: sameAsName })).toMatchObject({
      fieldErrors: { password: "passwordCommon" },
    });
    // An email as the login name is refused before anything is looked up.
    expect(await registerAction(form({ loginName: "hanako@example.test" }))).toMatchObject({ ok: false, fieldErrors: { loginName: "loginNameCharacters" } });
  });
});
