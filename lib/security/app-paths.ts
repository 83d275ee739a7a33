// Pages only a signed-in user may open. Keep in step with app/(app)/.
export const appSections = ["dashboard", "withdrawal", "escalation", "evidence", "settings"] as const;
export type AppSection = (typeof appSections)[number];
/** Signed-in pages reached from other pages rather than the menu (the bottom bar holds five on a phone). */
const linkedSections = ["trouble"] as const;

export function isAppPath(pathname: string): boolean {
  return [...appSections, ...linkedSections].some((section) => pathname === `/${section}` || pathname.startsWith(`/${section}/`));
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
