// Pages only a signed-in user may open. Keep in step with app/(app)/.
export const appSections = ["dashboard", "withdrawal", "escalation", "evidence", "settings"] as const;
export type AppSection = (typeof appSections)[number];

export function isAppPath(pathname: string): boolean {
  return appSections.some((section) => pathname === `/${section}` || pathname.startsWith(`/${section}/`));
}

/** Where to go after signing in: only a path of this app, never another site ("//evil.example", "https://..."). */
export function safeCallbackPath(value: string | null | undefined, fallback = "/dashboard"): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  try {
    const url = new URL(value, "http://taikai.invalid");
    return url.origin === "http://taikai.invalid" ? url.pathname + url.search : fallback;
  } catch {
    return fallback;
  }
}
