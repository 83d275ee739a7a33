"use client";
import { callAction } from "@/components/use-form-action";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { deleteTroubleAction } from "@/lib/trouble/actions";

/** Deleting asks once more, and says the evidence files stay. */
export function DeleteTrouble({ troubleId }: { troubleId: string }) {
  const t = useTranslations("trouble.record");
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
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await callAction(() => deleteTroubleAction(troubleId));
              if (!result.ok) return setError(errorText(result.error));
              router.replace("/trouble");
              router.refresh();
            })
          }
        >
          {pending ? t("deleting") : t("delete")}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}
