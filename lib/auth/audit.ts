import { db } from "../db/client";

export type AuditEventType =
  | "SIGN_IN"
  | "SIGN_IN_FAILED"
  | "REGISTERED"
  | "SIGNED_OUT_EVERYWHERE"
  | "PASSWORD_CHANGED"
  | "EXPORTED"
  | "SETTINGS_CHANGED"
  // A wrong current password when changing the password or deleting the account (a stolen session guessing).
  | "PASSWORD_CHECK_FAILED"
  | "TOTP_ENABLED"
  | "TOTP_DISABLED"
  | "RECOVERY_CODE_USED"
  | "RECOVERY_CODES_REGENERATED";

/** Security events the user can review. Holds the event type and time only: no secrets, no content. */
export async function recordAuditEvent(userId: string, type: AuditEventType): Promise<void> {
  await db.auditEvent.create({ data: { userId, type } });
}
