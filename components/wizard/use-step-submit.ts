"use client";
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { applyActionErrors } from "@/lib/actions/apply-result";
import type { ActionResult } from "@/lib/actions/result";

/** Saves a step through its action, then goes on to the next step (replacing history, like all app links). */
export function useStepSubmit<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly string[]) {
  const router = useRouter();
  return async (save: () => Promise<ActionResult<{ caseId: string }>>, next: (caseId: string) => string) => {
    const result = await save().catch(() => ({ ok: false as const, error: "generic" as const }));
    if (!result.ok) return applyActionErrors(result, setError, fields);
    router.replace(next(result.data!.caseId));
    router.refresh();
  };
}
