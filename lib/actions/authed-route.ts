import "server-only";
// The one way to write a route handler that serves her data: signed in (or 401), every id-like path parameter a
// well-formed record id (or the same 404 as a record of someone else's), and every failure a short text in her
// language from the one list of error codes, never an English word or a stack.
import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getCurrentUser } from "../auth/session";
import { defaultLocale, isLocale, localeCookie } from "../i18n/config";
import { loadMessages } from "../i18n/messages";
import { isRecordId } from "../validation/ids";
import type { UserId } from "./authed-action";
import type { ErrorCode } from "./error-codes";

export type RouteContext<P> = { userId: UserId; sessionId: string; params: P; request: Request };

const statusOf: Partial<Record<ErrorCode, number>> = {
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  invalidInput: 400,
  unsupportedCharacters: 422,
  rateLimited: 429,
  generic: 500,
};

/** `ids` names the path parameters that must be record ids. */
export function authedRoute<P extends Record<string, string>>(spec: { ids: readonly (keyof P)[]; run: (context: RouteContext<P>) => Promise<Response> }) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return failureResponse("unauthenticated");
    const resolved = await params;
    if (spec.ids.some((name) => !isRecordId(resolved[name]))) return failureResponse("notFound");
    try {
      return await spec.run({ userId: user.id as UserId, sessionId: user.sessionId, params: resolved, request });
    } catch (error) {
      unstable_rethrow(error);
      console.error(`route failed: ${error instanceof Error ? error.name : typeof error}`);
      return failureResponse("generic");
    }
  };
}

/** A failure as a plain-text page in her language (the cookie's, as every page), never cached. */
export async function failureResponse(code: ErrorCode, status = statusOf[code] ?? 400): Promise<Response> {
  const fromCookie = (await cookies()).get(localeCookie)?.value;
  const messages = (await loadMessages(isLocale(fromCookie) ? fromCookie : defaultLocale)) as { errors: Record<ErrorCode, string> };
  const text = messages.errors[code].replace("{minutes}", "1").replace("{max}", "");
  return new Response(text, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
}
