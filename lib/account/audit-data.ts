// Her security log for the settings page: what happened and when, nothing else.
import "server-only";
import { db } from "../db/client";

export type SecurityEvent = { id: string; type: string; createdAt: Date };

export async function listSecurityEvents(userId: string, take = 50): Promise<SecurityEvent[]> {
  return db.auditEvent.findMany({
    where: { userId },
    select: { id: true, type: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
}

/** What the settings page needs to know about her sign-in protection. */
export async function getAccountSecurity(userId: string): Promise<{ totpEnabled: boolean } | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  return user && { totpEnabled: user.totpEnabledAt !== null };
}
