"use client";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { useLeave } from "@/components/ui/use-leave";
import { applyActionErrors } from "@/lib/actions/apply-result";
import type { ActionResult } from "@/lib/actions/result";

/** Saves a step through its action, then goes on to the next step; `busy` covers both, so one tap saves once. */
export function useStepSubmit<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly string[], isSubmitting: boolean) {
  const { leaving, leave } = useLeave();
  const submit = async (save: () => Promise<ActionResult<{ caseId: string }>>, next: (caseId: string) => string) => {
    const result = await save().catch(() => ({ ok: false as const, error: "generic" as const }));
    if (!result.ok) return applyActionErrors(result, setError, fields);
    leave(next(result.data!.caseId));
  };
  return { submit, busy: isSubmitting || leaving };
}
