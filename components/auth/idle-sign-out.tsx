"use client";
import { useEffect } from "react";

const reportEveryMs = 60_000;
const activity = ["pointerdown", "keydown", "scroll", "touchstart"] as const;

/**
 * The server ends a session idle longer than her timeout (lib/auth/sessions.ts); this keeps the screen in step. Her
 * taps and typing tell the server she is here (at most once a minute), and once the time is up without any, the page
 * leaves for the sign-in page, so a phone left on a table does not keep showing her account.
 */
export function IdleSignOut({ minutes }: { minutes: number }) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastReport = Date.now();
    const leave = () => window.location.replace("/signin");
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(leave, minutes * 60_000);
    };
    const onActivity = () => {
      restart();
      if (Date.now() - lastReport < reportEveryMs) return;
      lastReport = Date.now();
      fetch("/api/session/active", { method: "POST", credentials: "same-origin" })
        .then((response) => {
          if (response.status === 401) leave();
        })
        .catch(() => {});
    };
    restart();
    for (const type of activity) window.addEventListener(type, onActivity, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of activity) window.removeEventListener(type, onActivity);
    };
  }, [minutes]);
  return null;
}
