// The second factor for confirming a deletion, when she has two-step sign-in on: a current TOTP code or an unused
// recovery code, checked (and its failures limited) by lib/auth/two-factor.ts.
import "server-only";
import { verifySecondFactor } from "../auth/two-factor";

export async function confirmSecondFactor(userId: string, code: string): Promise<boolean> {
  return code !== "" && (await verifySecondFactor(userId, code));
}
