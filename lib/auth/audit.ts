import { db } from "../db/client";

export type AuditEventType = "SIGN_IN" | "SIGN_IN_FAILED" | "REGISTERED" | "SIGNED_OUT_EVERYWHERE" | "PASSWORD_CHANGED" | "EXPORTED" | "SETTINGS_CHANGED";

/** Security events the user can review. Holds the event type and time only: no secrets, no content. */
export async function recordAuditEvent(userId: string, type: AuditEventType): Promise<void> {
  await db.auditEvent.create({ data: { userId, type } });
}
