// Whether the app is served over HTTPS. NEXTAUTH_URL is the one switch: next-auth names and marks its cookies
// "__Secure-" / Secure from it, and the app's own cookies and HSTS follow the same setting, so they never disagree.

export function servedOverHttps(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/** The app's own cookies (language, discreet mode): never readable by scripts, sent on same-site navigation only,
 *  and only over HTTPS when the app is served over HTTPS. */
export function appCookieOptions(maxAgeSeconds: number) {
  return { maxAge: maxAgeSeconds, sameSite: "lax" as const, httpOnly: true, secure: servedOverHttps(), path: "/" };
}

/** Two years, subdomains included: the value hstspreload.org asks for. Sent only on HTTPS answers. */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";
