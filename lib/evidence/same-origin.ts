// Route handlers, unlike server actions, get no CSRF protection from Next: a state-changing request must come from
// a page of this app, which browsers prove with the Origin header.
export function isSameOrigin(request: Request, publicUrl = process.env.NEXTAUTH_URL): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const allowed = new Set<string>();
  const host = request.headers.get("host");
  if (host) allowed.add(host);
  if (publicUrl) {
    try {
      allowed.add(new URL(publicUrl).host);
    } catch {}
  }
  return allowed.has(originHost);
}
