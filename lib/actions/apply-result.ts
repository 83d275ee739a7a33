// Maps a failed ActionResult onto a react-hook-form form: field messages to fields, the rest to "root".
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "./result";

export function applyActionErrors<T extends FieldValues>(result: ActionResult<unknown>, setError: UseFormSetError<T>, fields: readonly string[]): void {
  if (result.ok) return;
  let placed = false;
  for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
    if (fields.includes(field)) {
      setError(field as Path<T>, { message });
      placed = true;
    }
  }
  if (!placed) setError("root" as Path<T>, { message: result.error, type: String(result.retryAfterSeconds ?? "") });
}
