"use server";
import { cookies } from "next/headers";
import { appCookieOptions } from "../security/https";
import { z } from "zod";
import { getCurrentUser } from "../auth/session";
import { db } from "../db/client";
import type { ActionResult } from "../actions/result";
import { localeCookie, locales } from "./config";

const localeSchema = z.enum(locales);
const oneYear = 60 * 60 * 24 * 365;

/** Remembers the language in a cookie and, when signed in, on the account. */
export async function setLocaleAction(input: unknown): Promise<ActionResult> {
  const parsed = localeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalidInput" };
  (await cookies()).set(localeCookie, parsed.data, appCookieOptions(oneYear));
  const user = await getCurrentUser();
  if (user) await db.user.updateMany({ where: { id: user.id }, data: { locale: parsed.data } });
  return { ok: true };
}

/** After signing in on a new device: use the language saved on the account. */
export async function applyAccountLocaleAction(): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "unauthenticated" };
  const locale = localeSchema.safeParse(user.locale);
  if (locale.success) (await cookies()).set(localeCookie, locale.data, appCookieOptions(oneYear));
  return { ok: true };
}
