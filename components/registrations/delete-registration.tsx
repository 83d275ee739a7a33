"use client";
import { callAction } from "@/components/use-form-action";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { deleteRegistrationAction } from "@/lib/registrations/actions";

/** Deleting asks once more: nothing she saved is lost by a slip. */
export function DeleteRegistration({ registrationId }: { registrationId: string }) {
  const t = useTranslations("registration");
  const errorText = useErrorText();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  if (!confirming)
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t("delete")}
      </Button>
    );
  return (
    <div className="space-y-3 rounded-xl border border-red-200 bg-red-50 p-3">
      <p className="text-sm">{t("deleteConfirm")}</p>
      {error && <Notice tone="error">{error}</Notice>}
      <div className="flex gap-2">
        <Button
          variant="danger"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await callAction(() => deleteRegistrationAction(registrationId));
              if (!result.ok) return setError(errorText(result.error));
              router.replace("/dashboard");
              router.refresh();
            })
          }
        >
          {t("deleteYes")}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}
