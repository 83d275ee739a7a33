// Ends this browser's session on the server. Quick exit sends it as a beacon while the page is already leaving, so it
// needs nothing the page would wait for (no CSRF round trip): it can only sign her out, which a forged request cannot
// turn against her, and SameSite=Lax keeps the cookie off cross-site POSTs anyway.
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { endSession } from "@/lib/auth/sessions";
import { getSecrets } from "@/lib/config/secrets";
import { servedOverHttps } from "@/lib/security/https";
import { isSameOrigin } from "@/lib/security/request-guard";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest) {
  if (!isSameOrigin(request.headers.get("origin"), request.headers.get("host"))) return new Response("Forbidden", { status: 403 });
  const token = await getToken({ req: request, secret: getSecrets().nextAuthSecret });
  await endSession(token?.sid, token?.uid);
  // The row is what counts; clearing the cookie too leaves nothing behind in this browser.
  const secure = servedOverHttps();
  const name = `${secure ? "__Secure-" : ""}next-auth.session-token`;
  return new Response(null, {
    status: 204,
    headers: { "cache-control": "no-store", "set-cookie": `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}` },
  });
}
