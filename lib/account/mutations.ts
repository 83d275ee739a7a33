import "server-only";
import { db } from "../db/client";
import type { ExitSettingsOutput, PreferencesInput } from "./schema";

export async function updatePreferences(userId: string, input: PreferencesInput): Promise<boolean> {
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { discreetMode: input.discreetMode } });
  return count === 1;
}

/** Quick exit's address and sign-out, and her idle timeout. The caller has confirmed it is her (confirmIdentity). */
export async function updateExitSettings(
  userId: string,
  input: Pick<ExitSettingsOutput, "quickExitUrl" | "quickExitSignsOut" | "idleTimeoutMinutes">,
): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id: userId },
    data: { quickExitUrl: input.quickExitUrl || null, quickExitSignsOut: input.quickExitSignsOut, idleTimeoutMinutes: input.idleTimeoutMinutes },
  });
  return count === 1;
}

/** Every JWT issued before this carries the old version and names a deleted session: each stops working at once. */
export async function signOutEverywhere(userId: string): Promise<boolean> {
  const [{ count }] = await db.$transaction([
    db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }),
    db.session.deleteMany({ where: { userId } }),
  ]);
  return count === 1;
}
