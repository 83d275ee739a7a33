// Password hashing (argon2id) and the password policy (server side; the length rule is shared with the browser).
import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as ja from "@zxcvbn-ts/language-ja";

export { maxPasswordLength, minPasswordLength } from "./password-policy";

export function hashPassword(password: string): Promise<string> {
  // @node-rs/argon2 defaults to argon2id.
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Verifying against this when there is no such user keeps "no such user" as slow as "wrong password". */
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("taikai-dummy-password-for-timing");
  return dummyHash;
}

// Strength by zxcvbn with its common-password list (the most used passwords of public breaches, with keyboard runs,
// repeats, dates and l33t spellings) and its Japanese dictionaries (common words, names, romaji). Levenshtein matching
// is off: it made one check take a second. A score under 3 (fewer than about 10^8 guesses) is refused.
let estimator: ZxcvbnFactory | undefined;
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...ja.dictionary }, graphs: common.adjacencyGraphs });
  return estimator;
}

/** Cost grows with length; the first 100 characters of a longer password decide (they are strong or not alone). */
const checkedLength = 100;

/** True for a password that is easy to guess: common, breached, a name or word with digits, a keyboard run, a date.
 *  `userInputs` (her email, her login name) count as known words. */
export function isCommonPassword(password: string, userInputs: string[] = []): boolean {
  // An email address also gives its local part ("himari.h" of himari.h@example.com) as a word of its own.
  const known = userInputs.flatMap((value) => [value, value.split("@")[0]]).filter(Boolean);
  return strength().check(password.slice(0, checkedLength), known).score < 3;
}
