// Server-side sessions. The JWT in her cookie names its session row (`sid`); the row is the session. Deleting it
// ends the session at once, whatever the cookie says: sign-out, quick exit, sign out everywhere. A session also ends
// when it has been idle longer than her idle timeout: lastActiveAt moves forward on every page, action and download
// (at most once a minute, to spare the database), and the check refuses (and deletes) a session idle for longer.
// The rows hold no device or location data.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../db/client";
import { defaultIdleTimeoutMinutes, maxIdleTimeoutMinutes } from "./session-policy";

/** lastActiveAt is written at most this often, so the timeout is exact to within a minute. */
export const activityResolutionMs = 60_000;
/** How long a confirmed export may take to start (she re-entered her password, then the download begins). */
export const exportGrantMs = 2 * 60_000;

/** TAIKAI_IDLE_TIMEOUT_MINUTES (whole minutes, 1 to 1440), 30 when unset or invalid. */
export function serverIdleTimeoutMinutes(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.TAIKAI_IDLE_TIMEOUT_MINUTES);
  return Number.isInteger(value) && value >= 1 && value <= maxIdleTimeoutMinutes ? value : defaultIdleTimeoutMinutes;
}

export function idleTimeoutMinutesOf(user: { idleTimeoutMinutes: number | null }): number {
  return user.idleTimeoutMinutes ?? serverIdleTimeoutMinutes();
}

/** A new session for a sign-in; returns its id for the JWT. Her sessions idle longer than any timeout are swept. */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  await db.session.deleteMany({ where: { userId, lastActiveAt: { lt: new Date(now.getTime() - maxIdleTimeoutMinutes * 60_000) } } });
  const id = randomBytes(24).toString("base64url");
  await db.session.create({ data: { id, userId, createdAt: now, lastActiveAt: now } });
  return id;
}

export type SessionClaims = Record<string, unknown> & { sid?: unknown; uid?: unknown; sv?: unknown };

/** Whether the token's session is still on: its row exists, her sessionVersion matches, and it is not idle too long. */
export async function isSessionLive(claims: SessionClaims, now = new Date()): Promise<boolean> {
  const { sid, uid, sv } = claims;
  if (typeof sid !== "string" || typeof uid !== "string" || typeof sv !== "number") return false;
  const row = await db.session.findFirst({
    where: { id: sid, userId: uid },
    select: { lastActiveAt: true, user: { select: { sessionVersion: true, idleTimeoutMinutes: true } } },
  });
  if (!row) return false;
  const idleMs = now.getTime() - row.lastActiveAt.getTime();
  if (row.user.sessionVersion !== sv || idleMs > idleTimeoutMinutesOf(row.user) * 60_000) {
    await endSession(sid, uid);
    return false;
  }
  return true;
}

/** She did something: the idle clock starts again (written at most once a minute). */
export async function touchSession(sid: string, userId: string, now = new Date()): Promise<void> {
  await db.session.updateMany({
    where: { id: sid, userId, lastActiveAt: { lt: new Date(now.getTime() - activityResolutionMs) } },
    data: { lastActiveAt: now },
  });
}

/** Ends one session (the claims come from her verified token). */
export async function endSession(sid: unknown, userId: unknown): Promise<void> {
  if (typeof sid === "string" && sid && typeof userId === "string" && userId) await db.session.deleteMany({ where: { id: sid, userId } });
}

/** After she re-entered her password: this session may start one export within the next two minutes. */
export async function allowExport(sid: string, userId: string, now = new Date()): Promise<boolean> {
  const { count } = await db.session.updateMany({ where: { id: sid, userId }, data: { exportAllowedUntil: new Date(now.getTime() + exportGrantMs) } });
  return count === 1;
}

/** Uses up the export permission of this session; false when there is none (or it ran out). Atomic: one export each. */
export async function claimExport(sid: string, userId: string, now = new Date()): Promise<boolean> {
  const { count } = await db.session.updateMany({ where: { id: sid, userId, exportAllowedUntil: { gt: now } }, data: { exportAllowedUntil: null } });
  return count === 1;
}
