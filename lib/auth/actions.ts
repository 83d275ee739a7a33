"use server";
import { cookies, headers } from "next/headers";
import { db } from "../db/client";
import { validationFailure, type ActionResult } from "../actions/result";
import { defaultLocale, isLocale, localeCookie } from "../i18n/config";
import { recordAuditEvent } from "./audit";
import { clientAddressOf } from "../security/client-address";
import { hashPassword, isCommonPassword } from "./password";
import { hitRateLimit, rateLimitKey, rules } from "./rate-limit";
import { registerSchema } from "./schema";

/** Creates an account. The browser then signs in through next-auth with the same credentials. */
export async function registerAction(input: unknown): Promise<ActionResult> {
  const parsed = registerSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const { email, password } = parsed.data;
  if (isCommonPassword(password) || password.toLowerCase() === email) {
    return { ok: false, error: "invalidInput", fieldErrors: { password: "passwordCommon" } };
  }

  const limit = await hitRateLimit(rateLimitKey("register:ip", clientAddressOf(await headers())), rules.registerPerIp);
  if (limit.blocked) return { ok: false, error: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };

  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return { ok: false, error: "emailUnavailable" };

  const cookieLocale = (await cookies()).get(localeCookie)?.value;
  try {
    const user = await db.user.create({
      data: { email, passwordHash: await hashPassword(password), locale: isLocale(cookieLocale) ? cookieLocale : defaultLocale },
      select: { id: true },
    });
    await recordAuditEvent(user.id, "REGISTERED");
  } catch {
    // A concurrent registration of the same address won the race.
    return { ok: false, error: "emailUnavailable" };
  }
  return { ok: true };
}
