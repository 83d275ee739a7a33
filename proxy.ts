// Runs before every page: a fresh CSP nonce per request, and the sign-in gate for the app's own pages.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { getSecrets } from "./lib/config/secrets";
import { contentSecurityPolicy, policyForPath } from "./lib/security/csp";
import { isAppPath } from "./lib/security/app-paths";
import { servedOverHttps, strictTransportSecurity } from "./lib/security/https";
import {
  guardLimits,
  isAcceptableMultipartActionBody,
  isAcceptableTextActionBody,
  isDecodablePath,
  isMisdirectedSignIn,
  isSameOrigin,
} from "./lib/security/request-guard";

/** Server actions are POSTs with a Next-Action header. Next answers a foreign Origin, an oversized body or a body React
 *  cannot decode with a server error; answering here gives the client a plain 4xx instead. */
async function refuseBadAction(request: NextRequest): Promise<Response | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  if (!isSameOrigin(request.headers.get("origin"), request.headers.get("host"))) return plain(403);
  if (Number(request.headers.get("content-length") ?? 0) > guardLimits.maxActionBytes) return plain(413);
  // Next hands the proxy a copy of the body; the action still receives the original.
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.startsWith("multipart/form-data")) {
    const form = await request.formData().catch(() => null);
    return form && isAcceptableMultipartActionBody(form) ? null : plain(400);
  }
  const bytes = new Uint8Array(await request.arrayBuffer());
  return isAcceptableTextActionBody(bytes) ? null : plain(bytes.byteLength > guardLimits.maxActionBytes ? 413 : 400);
}

function plain(status: 400 | 403 | 405 | 413): Response {
  const text = { 400: "Bad Request", 403: "Forbidden", 405: "Method Not Allowed", 413: "Payload Too Large" }[status];
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isDecodablePath(pathname)) return plain(400);
  if (isMisdirectedSignIn(request.method, pathname)) return plain(405);
  const refused = await refuseBadAction(request);
  if (refused) return refused;

  if (isAppPath(pathname)) {
    const token = await getToken({ req: request, secret: getSecrets().nextAuthSecret });
    if (!token) {
      const signIn = new URL("/signin", request.url);
      signIn.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(signIn);
    }
  }

  if (pathname.startsWith("/api/")) {
    // Not a page: the page policy (scripts with a nonce, styles, images) has no business here, and Next would let it
    // replace the strict policy a download route sets for itself.
    const response = NextResponse.next();
    response.headers.set("content-security-policy", policyForPath(pathname, ""));
    if (servedOverHttps()) response.headers.set("strict-transport-security", strictTransportSecurity);
    return response;
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
  if (servedOverHttps()) response.headers.set("strict-transport-security", strictTransportSecurity);
  return response;
}

// Uploads skip the proxy: Next copies a proxied request body into memory and cuts it at 10 MB, and the upload route
// authenticates and checks the Origin itself.
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|api/evidence$).*)" }],
};
