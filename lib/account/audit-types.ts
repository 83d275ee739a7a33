import type { AuditEventType } from "../auth/audit";

/** Types with their own message under account.audit.types; any other type shows as "other". */
export const labelledAuditEventTypes = [
  "SIGN_IN",
  "SIGN_IN_FAILED",
  "REGISTERED",
  "SIGNED_OUT_EVERYWHERE",
  "PASSWORD_CHANGED",
  "PASSWORD_CHECK_FAILED",
  "EXPORTED",
  "SETTINGS_CHANGED",
  "TOTP_ENABLED",
  "TOTP_DISABLED",
  "RECOVERY_CODE_USED",
  "RECOVERY_CODES_REGENERATED",
] as const satisfies readonly AuditEventType[];
