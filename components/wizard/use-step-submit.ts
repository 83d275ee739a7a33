"use client";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useLeave } from "@/components/ui/use-leave";
import { useFormAction } from "@/components/use-form-action";
import type { ActionResult } from "@/lib/actions/result";

/** Saves a step through its action, then goes on to the next step; `busy` covers both, so one tap saves once. */
export function useStepSubmit<T extends FieldValues>(form: UseFormReturn<T>) {
  const { leaving, leave } = useLeave();
  const run = useFormAction(form);
  const submit = async (save: () => Promise<ActionResult<{ caseId: string }>>, next: (caseId: string) => string) => {
    const result = await run(save);
    if (result.ok) leave(next(result.data!.caseId));
  };
  return { submit, busy: form.formState.isSubmitting || leaving };
}
