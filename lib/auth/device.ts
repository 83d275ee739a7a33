// The device cookie: set by a good sign-in, it tells later sign-ins on this browser that it is one she has used.
// Failures from such a browser are counted for that browser alone, so someone who knows her login name and fails
// from elsewhere (the agency, a customer) can lock out only browsers that never signed in to her account.
// Value: <random id>.<HMAC over user id, sessionVersion and id>. Nothing is stored: "sign out everywhere" and a
// password change (sessionVersion goes up) make every earlier device cookie worthless.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getSecrets } from "../config/secrets";

export const deviceCookie = "taikai_device";
export const deviceCookieMaxAgeSeconds = 180 * 24 * 60 * 60;
/** Only the sign-in endpoint reads it. */
export const deviceCookiePath = "/api/auth";

function mac(userId: string, sessionVersion: number, id: string): Buffer {
  const key = createHmac("sha256", getSecrets().nextAuthSecret).update("taikai-device-cookie-v1").digest();
  return createHmac("sha256", key).update(`${userId}.${sessionVersion}.${id}`).digest();
}

export function issueDeviceToken(userId: string, sessionVersion: number): string {
  const id = randomBytes(16).toString("base64url");
  return `${id}.${mac(userId, sessionVersion, id).toString("base64url")}`;
}

/** The device's id when the token was issued to this account at its current sessionVersion, else null. */
export function knownDeviceId(token: string | undefined, userId: string, sessionVersion: number): string | null {
  const [id, tag, extra] = token?.split(".") ?? [];
  if (!id || !tag || extra !== undefined || !/^[A-Za-z0-9_-]{22}$/.test(id)) return null;
  const expected = mac(userId, sessionVersion, id);
  const given = Buffer.from(tag, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
