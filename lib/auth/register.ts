// Creating an account. Nothing in the answer depends on anyone else's account except a chosen login name that is
// taken, which says only that a pseudonym exists (and a suggested one cannot be guessed to be probed for).
import "server-only";
import { db } from "../db/client";
import { newId } from "../db/new-id";
import type { ActionResult } from "../actions/result";
import { recordAuditEvent } from "./audit";
import { hashPassword, isCommonPassword } from "./password";
import { hitRateLimit, rateLimitKey, rules } from "./rate-limit";
import type { RegisterInput } from "./schema";
import { byLogin, sealLoginName } from "./user-fields";

const taken = { ok: false, error: "invalidInput", fieldErrors: { loginName: "loginNameUnavailable" } } as const;

export async function registerAccount(input: RegisterInput, { ip, locale }: { ip: string; locale: string }): Promise<ActionResult> {
  const { loginName, password } = input;
  if (isCommonPassword(password, [loginName]) || password.toLowerCase() === loginName) {
    return { ok: false, error: "invalidInput", fieldErrors: { password: "passwordCommon" } };
  }
  const limit = await hitRateLimit(rateLimitKey("register:ip", ip), rules.registerPerIp);
  if (limit.blocked) return { ok: false, error: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };

  if (await db.user.findFirst({ where: byLogin(loginName), select: { id: true } })) return taken;
  const id = newId();
  try {
    await db.user.create({ data: { id, ...sealLoginName(id, loginName), passwordHash: await hashPassword(password), locale }, select: { id: true } });
  } catch {
    // A concurrent registration of the same name won the race (the unique index on loginNameHash).
    return taken;
  }
  await recordAuditEvent(id, "REGISTERED");
  return { ok: true };
}
