"use server";
import { cookies, headers } from "next/headers";
import { publicAction } from "../actions/authed-action";
import { defaultLocale, isLocale, localeCookie } from "../i18n/config";
import { clientAddressOf } from "../security/client-address";
import { registerAccount } from "./register";
import { registerSchema } from "./schema";

/** Creates an account. The browser then signs in through next-auth with the same credentials. */
export const registerAction = publicAction({
  schema: registerSchema,
  run: async (input) => {
    const cookieLocale = (await cookies()).get(localeCookie)?.value;
    return registerAccount(input, { ip: clientAddressOf(await headers()), locale: isLocale(cookieLocale) ? cookieLocale : defaultLocale });
  },
});
