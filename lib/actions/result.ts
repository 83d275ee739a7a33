// What every server action returns. Error codes and field messages are translation keys under "errors".
import type { z } from "zod";

export type ErrorCode = "invalidInput" | "unauthenticated" | "rateLimited" | "notFound" | "generic" | "limitReached";

export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | { ok: false; error: ErrorCode; fieldErrors?: Record<string, string>; retryAfterSeconds?: number };

export function validationFailure(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "root";
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, error: "invalidInput", fieldErrors };
}

export const unauthenticated = { ok: false, error: "unauthenticated" } as const;
