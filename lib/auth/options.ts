// next-auth 4 with login name + password. Sessions are JWTs (the Credentials provider requires them) that name a session
// row (lib/auth/sessions.ts) and carry the user's sessionVersion. The jwt callback checks both on every use of the
// token, the session endpoint included: a token whose row is gone (signed out, quick exit, idle too long) or whose
// version is stale (signed out everywhere, password changed, account deleted) gets no session and its cookie is
// cleared, instead of a fresh copy.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getSecrets } from "../config/secrets";
import { cookies } from "next/headers";
import { clientAddressOf } from "../security/client-address";
import { appCookieOptions } from "../security/https";
import { deviceCookie, deviceCookieMaxAgeSeconds, deviceCookiePath } from "./device";
import { authenticate } from "./authenticate";
import { endSession, isSessionLive, startSession } from "./sessions";

/** Thrown by the jwt callback for a session that is over; next-auth then answers "no session" and clears the cookie. */
class SessionEnded extends Error {
  constructor() {
    super("SESSION_ENDED");
    this.name = "SessionEnded";
  }
}
const isSessionEnded = (value: unknown) => value instanceof SessionEnded || (value as { error?: unknown } | undefined)?.error instanceof SessionEnded;

export const authOptions: NextAuthOptions = {
  secret: getSecrets().nextAuthSecret,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  // Codes only: next-auth's default logger can print request details, and logs must hold no personal data.
  logger: {
    error: (code, metadata) => {
      // An ended session is an expected answer, not an error.
      if (!isSessionEnded(metadata)) console.error(`[auth] ${code}`);
    },
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
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.sid = await startSession(user.id);
        return token;
      }
      if (!(await isSessionLive(token))) throw new SessionEnded();
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as string | undefined, sv: token.sv as number | undefined, sid: token.sid as string | undefined };
    },
  },
  events: {
    // A plain sign-out ends the session on the server too: a copy of the cookie is worth nothing afterwards.
    async signOut({ token }) {
      await endSession(token?.sid, token?.uid);
    },
  },
};
