"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

/**
 * Leaves at once for a neutral page. location.replace() swaps the current history entry, and every link in the
 * app navigates with replace too, so the app holds a single history entry and Back cannot return to it.
 */
export function QuickExit({ target }: { target: string }) {
  const t = useTranslations("quickExit");

  useEffect(() => {
    let lastEscape = 0;
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      const now = Date.now();
      if (now - lastEscape < 800) leave(target);
      lastEscape = now;
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [target]);

  return (
    <button
      type="button"
      onClick={() => leave(target)}
      title={t("hint")}
      className="min-h-11 rounded-lg bg-stone-800 px-3 py-2 text-sm font-semibold text-white hover:bg-stone-950"
    >
      {t("button")}
    </button>
  );
}

function leave(target: string) {
  try {
    sessionStorage.clear();
  } catch {}
  document.title = "";
  window.location.replace(target);
}
