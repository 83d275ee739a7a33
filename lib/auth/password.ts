// Password hashing (argon2id) and the password policy.
import { hash, verify } from "@node-rs/argon2";
import { readFileSync } from "node:fs";
import { join } from "node:path";

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

let commonPasswords: Set<string> | undefined;
function loadCommonPasswords(): Set<string> {
  const file = join(process.cwd(), "lib/auth/common-passwords.txt");
  const lines = readFileSync(file, "utf8").split("\n");
  return new Set(lines.map((l) => l.trim().toLowerCase()).filter((l) => l && !l.startsWith("#")));
}

/** True for passwords on the shipped list, one repeated character, or a plain run like "abcdefghijk". */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= loadCommonPasswords();
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return true;
  if (new Set(lower).size === 1) return true;
  const codes = [...lower].map((c) => c.codePointAt(0)!);
  const steps = new Set(codes.slice(1).map((c, i) => c - codes[i]));
  return steps.size === 1 && [1, -1].includes([...steps][0]);
}
