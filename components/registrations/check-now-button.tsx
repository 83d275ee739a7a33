"use client";
import { callAction } from "@/components/use-form-action";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/error-text";
import { checkNowAction } from "@/lib/registrations/actions";

/** Runs a check and shows its verdict in place; the list refreshes around it without a page reload. */
export function CheckNowButton({ registrationId, label }: { registrationId: string; label?: string }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();

  function check() {
    setMessage(undefined);
    startTransition(async () => {
      const result = await callAction(() => checkNowAction(registrationId));
      if (!result.ok) return setMessage(errorText(result.error));
      const { verdict, reason } = result.data!;
      setMessage(
        t("dashboard.checkResult", { verdict: t(`verdict.${verdict.toUpperCase()}`), reason: t.has(`reasons.${reason}`) ? t(`reasons.${reason}`) : reason }),
      );
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col items-start gap-1">
      <button
        type="button"
        onClick={check}
        disabled={pending}
        className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-sm font-medium hover:bg-stone-100 disabled:text-stone-400"
      >
        {pending ? t("dashboard.checking") : (label ?? t("dashboard.checkNow"))}
      </button>
      <p role="status" aria-live="polite" className="text-sm text-stone-700">
        {message}
      </p>
    </div>
  );
}
