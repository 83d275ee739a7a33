"use client";
// The one way the browser calls a server action. A request that never got an answer (offline, the server gone) is
// "network"; with a form, each field error goes to its field and anything else to the form's root, where
// <FormError> shows it (the rate limit's wait travels in the root error's type).
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";

const network: ActionFailure = { ok: false, error: "network" };

export async function callAction<R>(action: () => Promise<ActionResult<R>>): Promise<ActionResult<R>> {
  return action().catch(() => network);
}

/** `const run = useFormAction(form)`, then `const result = await run(() => someAction(values))`. */
export function useFormAction<T extends FieldValues>(form: UseFormReturn<T>) {
  return async <R>(action: () => Promise<ActionResult<R>>): Promise<ActionResult<R>> => {
    const result = await callAction(action);
    if (!result.ok) placeErrors(form, result);
    return result;
  };
}

function placeErrors<T extends FieldValues>(form: UseFormReturn<T>, failure: ActionFailure) {
  const fields = new Set(pathsOf(form.getValues()));
  let placed = false;
  for (const [field, code] of Object.entries(failure.fieldErrors ?? {})) {
    if (!fields.has(field)) continue;
    form.setError(field as Path<T>, { message: code });
    placed = true;
  }
  if (!placed) form.setError("root" as Path<T>, { message: failure.error, type: String(failure.retryAfterSeconds ?? "") });
}

/** "a", "b.c", "items.0": the names react-hook-form gives the form's fields. */
function pathsOf(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || value instanceof Date || value instanceof Blob) return prefix ? [prefix] : [];
  const entries = Object.entries(value);
  const own = prefix ? [prefix] : [];
  return [...own, ...entries.flatMap(([key, inner]) => pathsOf(inner, prefix ? `${prefix}.${key}` : key))];
}
