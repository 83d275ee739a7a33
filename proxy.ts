// Runs before every page: a fresh CSP nonce per request, and the sign-in gate for the app's own pages.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { getSecrets } from "./lib/config/secrets";
import { contentSecurityPolicy } from "./lib/security/csp";
import { isAppPath } from "./lib/security/app-paths";

/** Server actions are POSTs with a Next-Action header. Next refuses a foreign Origin and an oversized body with a
 *  server error; answering here gives the client a plain 403 / 413 instead. */
function refuseBadAction(request: NextRequest): Response | null {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const origin = request.headers.get("origin");
  let sameOrigin = origin === null;
  try {
    sameOrigin ||= new URL(origin!).host === request.headers.get("host");
  } catch {}
  if (!sameOrigin) return new Response("Forbidden", { status: 403 });
  if (Number(request.headers.get("content-length") ?? 0) > 1_000_000) return new Response("Payload Too Large", { status: 413 });
  return null;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const refused = refuseBadAction(request);
  if (refused) return refused;

  if (isAppPath(pathname)) {
    const token = await getToken({ req: request, secret: getSecrets().nextAuthSecret });
    if (!token) {
      const signIn = new URL("/signin", request.url);
      signIn.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(signIn);
    }
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce for its own scripts from the request's CSP header.
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-taikai-path", pathname + search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

// Uploads skip the proxy: Next copies a proxied request body into memory and cuts it at 10 MB, and the upload route
// authenticates and checks the Origin itself.
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|api/evidence$).*)" }],
};
