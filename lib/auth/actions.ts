"use server";
import { cookies, headers } from "next/headers";
import { validationFailure, type ActionResult } from "../actions/result";
import { defaultLocale, isLocale, localeCookie } from "../i18n/config";
import { clientAddressOf } from "../security/client-address";
import { registerAccount } from "./register";
import { registerSchema } from "./schema";

/** Creates an account. The browser then signs in through next-auth with the same credentials. */
export async function registerAction(input: unknown): Promise<ActionResult> {
  const parsed = registerSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const cookieLocale = (await cookies()).get(localeCookie)?.value;
  return registerAccount(parsed.data, { ip: clientAddressOf(await headers()), locale: isLocale(cookieLocale) ? cookieLocale : defaultLocale });
}
