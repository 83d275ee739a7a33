"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { authedAction, publicAction } from "../actions/authed-action";
import { getCurrentUser } from "../auth/session";
import { db } from "../db/client";
import { appCookieOptions } from "../security/https";
import { localeCookie, locales } from "./config";

const localeSchema = z.enum(locales, { error: "invalidInput" });
const oneYear = 60 * 60 * 24 * 365;

/** Remembers the language in a cookie and, when signed in, on the account. Signed out is fine: the landing page. */
export const setLocaleAction = publicAction({
  schema: localeSchema,
  run: async (locale) => {
    (await cookies()).set(localeCookie, locale, appCookieOptions(oneYear));
    const user = await getCurrentUser();
    if (user) await db.user.updateMany({ where: { id: user.id }, data: { locale } });
    return { ok: true };
  },
});

/** After signing in on a new device: use the language saved on the account. */
export const applyAccountLocaleAction = authedAction({
  schema: z.undefined(),
  run: async ({ userId }) => {
    // The same (request-cached) read that signed her in; userId says that happened.
    const locale = localeSchema.safeParse(userId && (await getCurrentUser())?.locale);
    if (locale.success) (await cookies()).set(localeCookie, locale.data, appCookieOptions(oneYear));
    return { ok: true };
  },
});
