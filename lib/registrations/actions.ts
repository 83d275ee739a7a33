"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "../actions/authed-action";
import { notFound, rateLimited, type ActionResult } from "../actions/result";
import { hitRateLimit, rateLimitKey } from "../auth/rate-limit";
import { checkRegistration } from "./check-registration";
import { createRegistration, deleteRegistration, updateRegistration } from "./mutations";
import { registrationSchema } from "./schema";

export type CheckNowResult = { verdict: string; reason: string; httpStatus: number | null };

// Checks reach other people's servers: a person needs a few, a script hammering the button does not get many. Saving a
// new registration checks it at once, so it counts against the same limit.
const checkRule = { limit: 60, windowMs: 10 * 60 * 1000 };
const checkLimitKey = (userId: string) => rateLimitKey("check-now:user", userId);

/** Saves a new registration, then checks it at once: the first visible check records the baseline. */
export const createRegistrationAction = authedAction({
  schema: registrationSchema,
  run: async ({ userId, input }): Promise<ActionResult<{ id: string }>> => {
    const limit = await hitRateLimit(checkLimitKey(userId), checkRule);
    if (limit.blocked) return rateLimited(limit.retryAfterSeconds);
    const saved = await createRegistration(userId, input);
    if (!saved.ok) return saved.limitReached ? { ok: false, error: "limitReached" } : { ok: false, error: "invalidInput", fieldErrors: saved.fieldErrors };
    await checkRegistration(userId, saved.id);
    revalidatePath("/dashboard");
    return { ok: true, data: { id: saved.id } };
  },
});

export const updateRegistrationAction = authedAction({
  id: true,
  schema: registrationSchema,
  run: async ({ userId, id, input }): Promise<ActionResult<{ id: string }>> => {
    const saved = await updateRegistration(userId, id, input);
    if (!saved.ok) return saved.notFound ? notFound : { ok: false, error: "invalidInput", fieldErrors: saved.fieldErrors };
    revalidatePath("/dashboard");
    revalidatePath(`/dashboard/registrations/${saved.id}`);
    return { ok: true, data: { id: saved.id } };
  },
});

export const deleteRegistrationAction = authedAction({
  id: true,
  schema: z.undefined(),
  run: async ({ userId, id }) => {
    if (!(await deleteRegistration(userId, id))) return notFound;
    revalidatePath("/dashboard");
    return { ok: true };
  },
});

/** "Check now": runs one check and answers with its verdict, so the page can show it without a reload. */
export const checkNowAction = authedAction({
  id: true,
  schema: z.undefined(),
  run: async ({ userId, id }): Promise<ActionResult<CheckNowResult>> => {
    const limit = await hitRateLimit(checkLimitKey(userId), checkRule);
    if (limit.blocked) return rateLimited(limit.retryAfterSeconds);
    const result = await checkRegistration(userId, id);
    if (!result) return notFound;
    revalidatePath("/dashboard");
    return { ok: true, data: { verdict: result.verdict, reason: result.reason, httpStatus: result.httpStatus } };
  },
});
