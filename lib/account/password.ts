// Changing her password: the current one first, the same policy as registration, and every other session ends
// (sessionVersion goes up; the browser that changed it signs in again with the new password).
import "server-only";
import { recordAuditEvent } from "../auth/audit";
import { hashPassword, isCommonPassword } from "../auth/password";
import { db } from "../db/client";
import { clearFailedConfirmations, confirmPassword } from "./confirm-password";
import type { ChangePasswordInput } from "./schema";

export type ChangePasswordResult =
  | { ok: true }
  | { ok: false; error: "wrongPassword" | "passwordCommon" | "notFound" }
  | { ok: false; error: "rateLimited"; retryAfterSeconds: number };

export async function changePassword(userId: string, input: ChangePasswordInput): Promise<ChangePasswordResult> {
  const check = await confirmPassword(userId, input.currentPassword);
  if (!check.ok) return check;
  await clearFailedConfirmations(userId);
  if (isCommonPassword(input.newPassword, [check.loginName]) || input.newPassword.toLowerCase() === check.loginName)
    return { ok: false, error: "passwordCommon" };
  // Only if the hash is still the one just checked: two changes at once cannot both win.
  const { count } = await db.user.updateMany({
    where: { id: userId, passwordHash: check.passwordHash },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
  });
  if (count !== 1) return { ok: false, error: "notFound" };
  await recordAuditEvent(userId, "PASSWORD_CHANGED");
  return { ok: true };
}
