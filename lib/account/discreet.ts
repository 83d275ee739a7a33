import "server-only";
import { cookies } from "next/headers";

/** Set with the account's discreet mode so the neutral title also shows before sign-in on this browser. */
export const discreetCookie = "taikai_discreet";

export async function isDiscreet(): Promise<boolean> {
  return (await cookies()).get(discreetCookie)?.value === "1";
}
