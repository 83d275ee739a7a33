// After adding a partner site offered in the wizard she goes back to the wizard's first step, and nowhere else:
// an arbitrary ?back= would make the form an open redirect.
import { isRecordId } from "../validation/ids";

export function wizardReturnPath(back: unknown): string | undefined {
  if (back === "/withdrawal/new") return back;
  const id = typeof back === "string" ? /^\/withdrawal\/([^/]+)\/step\/1$/.exec(back)?.[1] : undefined;
  return id && isRecordId(id) ? `/withdrawal/${id}/step/1` : undefined;
}
