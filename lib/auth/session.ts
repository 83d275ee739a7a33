import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db/client";
import { authOptions } from "./options";
import { idleTimeoutMinutesOf, touchSession } from "./sessions";
import { openLoginName } from "./user-fields";

export type CurrentUser = {
  id: string;
  loginName: string;
  locale: string;
  discreetMode: boolean;
  quickExitUrl: string | null;
  quickExitSignsOut: boolean;
  /** Her idle timeout in minutes (her choice or the server default). */
  idleTimeoutMinutes: number;
  /** This browser's session (lib/auth/sessions.ts). */
  sessionId: string;
};

/**
 * The signed-in user, or null. next-auth's jwt callback has already refused an ended session (row gone, idle too
 * long, stale sessionVersion); this counts as activity, so her idle clock starts again.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: string; sv?: number; sid?: string } | null;
  if (!session?.uid || !session.sid) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: {
      id: true,
      loginNameEnc: true,
      locale: true,
      discreetMode: true,
      quickExitUrl: true,
      quickExitSignsOut: true,
      idleTimeoutMinutes: true,
      sessionVersion: true,
    },
  });
  if (!user || user.sessionVersion !== session.sv) return null;
  await touchSession(session.sid, user.id);
  const { sessionVersion: _version, loginNameEnc, ...current } = user;
  return { ...current, loginName: openLoginName(user.id, loginNameEnc), idleTimeoutMinutes: idleTimeoutMinutesOf(current), sessionId: session.sid };
});

/** For pages: the user, or a redirect to sign-in that comes back here. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = (await headers()).get("x-taikai-path") ?? "/dashboard";
  redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
}
