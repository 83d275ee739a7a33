import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db/client";
import { authOptions } from "./options";
import { openLoginName } from "./user-fields";

export type CurrentUser = { id: string; loginName: string; locale: string; discreetMode: boolean; quickExitUrl: string | null };

/** The signed-in user, or null. A token whose sessionVersion is stale (signed out everywhere) counts as none. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: { id: true, loginNameEnc: true, locale: true, discreetMode: true, quickExitUrl: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== session.sv) return null;
  const { sessionVersion: _version, loginNameEnc, ...current } = user;
  return { ...current, loginName: openLoginName(user.id, loginNameEnc) };
});

/** For pages: the user, or a redirect to sign-in that comes back here. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = (await headers()).get("x-taikai-path") ?? "/dashboard";
  redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
}

/** For server actions: the user's id, or null (the action then answers UNAUTHENTICATED). */
export async function getUserIdForAction(): Promise<string | null> {
  return (await getCurrentUser())?.id ?? null;
}
