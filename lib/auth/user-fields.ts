// Her login name as stored: a keyed HMAC to find her account by (loginNameHash) and the name itself encrypted to
// show her (loginNameEnc). Neither can be searched for a guessed name without the data key.
import { decryptOptional, encryptField } from "../db/crypto";
import { lookupHash, lookupHashes } from "../db/lookup-hash";

const context = (userId: string) => ({ model: "User", field: "loginNameEnc", id: userId });

/** `login` already normalised (normaliseLogin). */
export function sealLoginName(userId: string, login: string, dataKey?: Buffer) {
  return { loginNameHash: lookupHash("login", login, dataKey), loginNameEnc: encryptField(login, context(userId), dataKey) };
}

export function openLoginName(userId: string, stored: string | null): string {
  return decryptOptional(stored, context(userId)) ?? "";
}

/** A where clause that finds the account with this (normalised) login under the current or a previous key. */
export function byLogin(login: string) {
  return { loginNameHash: { in: lookupHashes("login", login) } };
}
