"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

/**
 * Leaves at once for a neutral page. location.replace() swaps the current history entry, and every link in the
 * app navigates with replace too, so the app holds a single history entry and Back cannot return to it.
 * With `signOut` (her setting, on by default) it also ends the session on the server: a beacon, sent as the page
 * leaves, so leaving is not delayed by it and the request still goes out once the page is gone.
 */
export function QuickExit({ target, signOut = false }: { target: string; signOut?: boolean }) {
  const t = useTranslations("quickExit");

  useEffect(() => {
    let lastEscape = 0;
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      const now = Date.now();
      if (now - lastEscape < 800) leave(target, signOut);
      lastEscape = now;
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [target, signOut]);

  return (
    <button
      type="button"
      onClick={() => leave(target, signOut)}
      title={t("hint")}
      className="min-h-11 rounded-lg bg-stone-800 px-3 py-2 text-sm font-semibold text-white hover:bg-stone-950"
    >
      {t("button")}
    </button>
  );
}

function leave(target: string, signOut: boolean) {
  if (signOut) endSession();
  try {
    sessionStorage.clear();
  } catch {}
  document.title = "";
  window.location.replace(target);
}

function endSession() {
  try {
    if (navigator.sendBeacon?.("/api/session/end")) return;
  } catch {}
  // No beacon (or it was refused): a keepalive request also outlives the page.
  void fetch("/api/session/end", { method: "POST", keepalive: true, credentials: "same-origin" }).catch(() => {});
}
