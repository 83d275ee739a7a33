// Keyed HMACs for finding a row by a value that is stored only encrypted (her login name), and for rate-limit keys.
// The key is derived from the data key, so a copy of the database alone cannot be used to test guesses (a plain
// hash of a known email or address could be). Every key still accepted for decryption gives one candidate, so a
// key rotation does not lock anyone out before `npm run db:reencrypt` has rewritten the hashes.
import { createHmac } from "node:crypto";
import { getSecrets } from "../config/secrets";

export type LookupKind = "login" | "rate-limit";

function lookupKey(dataKey: Buffer): Buffer {
  return createHmac("sha256", dataKey).update("taikai-lookup-v1").digest();
}

export function lookupHash(kind: LookupKind, value: string, dataKey = getSecrets().dataKey): string {
  return createHmac("sha256", lookupKey(dataKey)).update(`${kind}:${value}`).digest("base64url");
}

/** The hash under the current key first, then under each previous key. */
export function lookupHashes(kind: LookupKind, value: string): string[] {
  const { dataKey, previousDataKeys } = getSecrets();
  return [dataKey, ...previousDataKeys].map((key) => lookupHash(kind, value, key));
}
