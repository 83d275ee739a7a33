import "server-only";
import { db } from "../db/client";
import type { PreferencesInput } from "./schema";

export async function updatePreferences(userId: string, input: PreferencesInput): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id: userId },
    data: { discreetMode: input.discreetMode, quickExitUrl: input.quickExitUrl || null },
  });
  return count === 1;
}

/** Every JWT issued before this carries the old version and stops working at once. */
export async function signOutEverywhere(userId: string): Promise<boolean> {
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  return count === 1;
}
