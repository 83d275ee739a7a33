"use server";
import { revalidatePath } from "next/cache";
import { getUserIdForAction } from "../auth/session";
import { unauthenticated, validationFailure, type ActionResult } from "../actions/result";
import { hitRateLimit, rateLimitKey } from "../auth/rate-limit";
import { checkRegistration } from "./check-registration";
import { createRegistration, deleteRegistration, updateRegistration } from "./mutations";
import { idSchema, registrationSchema } from "./schema";

export type CheckNowResult = { verdict: string; reason: string; httpStatus: number | null };

// Checks reach other people's servers: a person needs a few, a script hammering the button does not get many. Saving a
// new registration checks it at once, so it counts against the same limit.
const checkRule = { limit: 60, windowMs: 10 * 60 * 1000 };
const checkLimitKey = (userId: string) => rateLimitKey("check-now:user", userId);

/** Saves a new registration, then checks it at once: the first visible check records the baseline. */
export async function createRegistrationAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsed = registrationSchema.safeParse(input);
  if (!parsed.success) return validationFailure(parsed.error);
  const limit = await hitRateLimit(checkLimitKey(userId), checkRule);
  if (limit.blocked) return { ok: false, error: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  const saved = await createRegistration(userId, parsed.data);
  if (!saved.ok) return saved.limitReached ? { ok: false, error: "limitReached" } : { ok: false, error: "invalidInput", fieldErrors: saved.fieldErrors };
  await checkRegistration(userId, saved.id);
  revalidatePath("/dashboard");
  return { ok: true, data: { id: saved.id } };
}

export async function updateRegistrationAction(id: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsedId = idSchema.safeParse(id);
  const parsed = registrationSchema.safeParse(input);
  if (!parsedId.success) return { ok: false, error: "notFound" };
  if (!parsed.success) return validationFailure(parsed.error);
  const saved = await updateRegistration(userId, parsedId.data, parsed.data);
  if (!saved.ok) return saved.notFound ? { ok: false, error: "notFound" } : { ok: false, error: "invalidInput", fieldErrors: saved.fieldErrors };
  revalidatePath("/dashboard");
  revalidatePath(`/dashboard/registrations/${saved.id}`);
  return { ok: true, data: { id: saved.id } };
}

export async function deleteRegistrationAction(id: unknown): Promise<ActionResult> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsedId = idSchema.safeParse(id);
  if (!parsedId.success || !(await deleteRegistration(userId, parsedId.data))) return { ok: false, error: "notFound" };
  revalidatePath("/dashboard");
  return { ok: true };
}

/** "Check now": runs one check and answers with its verdict, so the page can show it without a reload. */
export async function checkNowAction(id: unknown): Promise<ActionResult<CheckNowResult>> {
  const userId = await getUserIdForAction();
  if (!userId) return unauthenticated;
  const parsedId = idSchema.safeParse(id);
  if (!parsedId.success) return { ok: false, error: "notFound" };
  const limit = await hitRateLimit(checkLimitKey(userId), checkRule);
  if (limit.blocked) return { ok: false, error: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  const result = await checkRegistration(userId, parsedId.data);
  if (!result) return { ok: false, error: "notFound" };
  revalidatePath("/dashboard");
  return { ok: true, data: { verdict: result.verdict, reason: result.reason, httpStatus: result.httpStatus } };
}
