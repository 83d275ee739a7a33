"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/error-text";
import { callAction } from "@/components/use-form-action";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "./button";
import { Notice } from "./notice";

type Labels = { delete: string; confirm: string; yes: string; pending: string; cancel: string };

/** Deleting asks once more: nothing she saved is lost by a slip. Then it goes to `then`. */
export function ConfirmDelete({ labels, remove, then }: { labels: Labels; remove: () => Promise<ActionResult>; then: string }) {
  const errorText = useErrorText();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  if (!confirming)
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {labels.delete}
      </Button>
    );
  return (
    <div className="space-y-3 rounded-xl border border-red-200 bg-red-50 p-3">
      <p className="text-sm">{labels.confirm}</p>
      {error && <Notice tone="error">{error}</Notice>}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await callAction(remove);
              if (!result.ok) return setError(errorText(result.error));
              router.replace(then);
              router.refresh();
            })
          }
        >
          {pending ? labels.pending : labels.yes}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {labels.cancel}
        </Button>
      </div>
    </div>
  );
}
