import "server-only";
// The one way to write a server action. It signs her in (or answers "unauthenticated"), checks the record id (a
// malformed one is "notFound", as a foreign one is), parses the input with the action's schema (failures become
// field errors), and only then runs the action's own code. An exception in that code is logged without its data and
// answered "generic": an action never answers with a 500.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser } from "../auth/session";
import { recordId } from "../validation/ids";
import { notFound, unauthenticated, validationFailure, type ActionResult } from "./result";

declare const fromSession: unique symbol;
/** A user id read from her session. Only authedAction makes one, so code that takes a UserId was reached signed in. */
export type UserId = string & { readonly [fromSession]: true };

/** What the action's own code gets: who she is, the record id (when the action takes one) and the parsed input. */
export type ActionContext<I, Id = never, E = undefined> = { userId: UserId; sessionId: string; input: I; id: Id; extra: E };

type IdRule = true | "nullable" | undefined;
type IdOf<R extends IdRule> = R extends true ? string : R extends "nullable" ? string | null : never;

/**
 * `authedAction({ schema, run })` is called as `(input)`; with `id: true` as `(id, input)` (`"nullable"`: the id may be
 * null, for a record not made yet); with `extra` a further argument follows, parsed by that schema.
 */
export function authedAction<I, T = undefined, R extends IdRule = undefined, E = undefined>(spec: {
  id?: R;
  schema: z.ZodType<I>;
  extra?: z.ZodType<E>;
  run: (context: ActionContext<I, IdOf<R>, E>) => Promise<ActionResult<T>>;
}): (...args: unknown[]) => Promise<ActionResult<T>> {
  return async (...args: unknown[]): Promise<ActionResult<T>> => {
    const user = await getCurrentUser();
    if (!user) return unauthenticated;
    let id: string | null = null;
    if (spec.id) {
      const given = args.shift();
      if (!(spec.id === "nullable" && given === null)) {
        const parsedId = recordId.safeParse(given);
        if (!parsedId.success) return notFound;
        id = parsedId.data;
      }
    }
    const parsed = spec.schema.safeParse(args[0]);
    if (!parsed.success) return validationFailure(parsed.error);
    const extra = spec.extra ? spec.extra.safeParse(args[1]) : { success: true as const, data: undefined as E };
    if (!extra.success) return { ok: false, error: "invalidInput" };
    const context = { userId: user.id as UserId, sessionId: user.sessionId, input: parsed.data, id: id as IdOf<R>, extra: extra.data };
    return guarded(() => spec.run(context));
  };
}

/** An action anyone may call (sign-up, the language): the same validation and failure handling, no session. */
export function publicAction<I, T = undefined>(spec: { schema: z.ZodType<I>; run: (input: I) => Promise<ActionResult<T>> }) {
  return async (input?: unknown): Promise<ActionResult<T>> => {
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) return validationFailure(parsed.error);
    return guarded(() => spec.run(parsed.data));
  };
}

async function guarded<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (error) {
    unstable_rethrow(error); // Next.js's redirect() and notFound() travel as exceptions
    // The name only: a message can quote her input.
    console.error(`server action failed: ${error instanceof Error ? error.name : typeof error}`);
    return { ok: false, error: "generic" };
  }
}
