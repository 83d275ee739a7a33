// next-auth 4 with login name + password. Sessions are JWTs (the Credentials provider requires them); each token
// carries the user's sessionVersion, and requireUser() compares it with the database on every request, so
// "sign out everywhere" and account deletion take effect at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getSecrets } from "../config/secrets";
import { cookies } from "next/headers";
import { clientAddressOf } from "../security/client-address";
import { appCookieOptions } from "../security/https";
import { deviceCookie, deviceCookieMaxAgeSeconds, deviceCookiePath } from "./device";
import { authenticate } from "./authenticate";

export const authOptions: NextAuthOptions = {
  secret: getSecrets().nextAuthSecret,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  // Codes only: next-auth's default logger can print request details, and logs must hold no personal data.
  logger: {
    error: (code) => console.error(`[auth] ${code}`),
    warn: (code) => {
      if (code !== "NEXTAUTH_URL") console.warn(`[auth] ${code}`);
    },
    debug: () => {},
  },
  providers: [
    CredentialsProvider({
      name: "login",
      // totp: the second step (a TOTP code or a recovery code), sent only once authorize asked for it.
      credentials: { login: { type: "text" }, password: { type: "password" }, totp: { type: "text" } },
      async authorize(credentials, request) {
        const jar = await cookies();
        const result = await authenticate(credentials ?? {}, clientAddressOf(request?.headers), jar.get(deviceCookie)?.value);
        // next-auth hands a thrown error's message to signIn() in the browser: a code, never details.
        if (!result.ok) throw new Error(result.error);
        // Next adds cookies set here to the route handler's answer.
        jar.set(deviceCookie, result.deviceToken, { ...appCookieOptions(deviceCookieMaxAgeSeconds), path: deviceCookiePath });
        return { id: result.user.id, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as string | undefined, sv: token.sv as number | undefined };
    },
  },
};
