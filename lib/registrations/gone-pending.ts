import type { RegistrationStatus, Verdict } from "../db/enums";
import { goneConfirmationGapMs } from "./next-state";

/** The last check found the profile gone, but one gone result is not proof: a second, an hour or more later, is. */
export function goneAwaitingConfirmation(status: RegistrationStatus, lastVerdict: Verdict | null | undefined): boolean {
  return lastVerdict === "GONE" && status !== "CONFIRMED_GONE" && status !== "REAPPEARED";
}

/** The earliest time a second gone result can confirm it. */
export function goneConfirmableAt(goneSinceAt: Date | null | undefined, lastCheckedAt: Date | null): Date | null {
  const since = goneSinceAt ?? lastCheckedAt;
  return since ? new Date(since.getTime() + goneConfirmationGapMs) : null;
}
