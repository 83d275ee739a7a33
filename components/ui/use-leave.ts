"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";

/**
 * Goes on to the next page after a save (replacing history, like all app links). `leaving` stays true until that
 * page is on screen: the form's isSubmitting is already false by then, and a second tap would save twice.
 */
export function useLeave() {
  const router = useRouter();
  const [leaving, startTransition] = useTransition();
  const leave = (href: string) =>
    startTransition(() => {
      router.replace(href);
      router.refresh();
    });
  return { leaving, leave };
}
