// "She is using the app": the page sends this (at most once a minute) while she types or taps without loading
// anything, so her idle timeout counts from her last touch, not her last page. 401 once the session is over.
import { getCurrentUser } from "@/lib/auth/session";
import { isSameOrigin } from "@/lib/security/request-guard";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!isSameOrigin(request.headers.get("origin"), request.headers.get("host"))) return new Response("Forbidden", { status: 403 });
  const user = await getCurrentUser();
  return new Response(null, { status: user ? 204 : 401, headers: { "cache-control": "no-store" } });
}
