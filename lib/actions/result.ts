// What every server action returns. Error codes, for the request and for each field, come from one list
// (./error-codes.ts), translated once under "errors".
import type { z } from "zod";
import { isErrorCode, type ErrorCode } from "./error-codes";

export type { ErrorCode } from "./error-codes";

export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | { ok: false; error: ErrorCode; fieldErrors?: Record<string, ErrorCode>; retryAfterSeconds?: number };

export type ActionFailure = Extract<ActionResult, { ok: false }>;

/** Zod's issues as field errors. A message that is not one of the codes (zod's own English) becomes invalidInput. */
export function validationFailure(error: z.ZodError): ActionFailure {
  const fieldErrors: Record<string, ErrorCode> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "root";
    fieldErrors[field] ??= isErrorCode(issue.message) ? issue.message : "invalidInput";
  }
  return { ok: false, error: "invalidInput", fieldErrors };
}

export const unauthenticated = { ok: false, error: "unauthenticated" } as const;
export const notFound = { ok: false, error: "notFound" } as const;

export function fieldError(field: string, code: ErrorCode): ActionFailure {
  return { ok: false, error: "invalidInput", fieldErrors: { [field]: code } };
}

export function rateLimited(retryAfterSeconds: number): ActionFailure {
  return { ok: false, error: "rateLimited", retryAfterSeconds };
}

/**
 * A lower layer's failed check as the action's answer, the same for every action: a rate limit keeps its wait; her
 * account gone ("notFound" from a look-up of her own row) means signed out; a state that changed under the page
 * stays a request error; anything else belongs to `field`, as `fieldCode` when given (one message for a wrong
 * password or a wrong code, so a borrowed session learns nothing about the password).
 */
export function checkFailure(result: { error: ErrorCode; retryAfterSeconds?: number }, field: string, fieldCode?: ErrorCode): ActionFailure {
  if (result.error === "rateLimited") return rateLimited(result.retryAfterSeconds ?? 60);
  if (result.error === "notFound") return unauthenticated;
  if (result.error === "settingsChanged") return { ok: false, error: "settingsChanged" };
  return fieldError(field, fieldCode ?? result.error);
}
