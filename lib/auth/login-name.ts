// Login names: what she signs in with, instead of her email (which the agency and customers may know). Shared by
// the browser (the form and its "suggest another" button) and the server, so it holds no Node imports.
// A name she chooses must have no "@": an identifier with one is an email address, which only accounts made
// before login names use, so a chosen name can never be used to test whether an email has an account.
import { z } from "zod";

export const minLoginNameLength = 3;
export const maxLoginNameLength = 32;
const allowed = /^[\p{L}\p{N}._-]+$/u;

/** The form sign-in compares: Unicode NFKC (full-width letters become plain), no surrounding spaces, lower case. */
export function normaliseLogin(value: string): string {
  return value.normalize("NFKC").trim().toLowerCase();
}

/** A login name to choose at sign-up. */
export const loginNameField = z
  .string({ error: "required" })
  .transform(normaliseLogin)
  .pipe(
    z
      .string()
      .min(1, { error: "required" })
      .min(minLoginNameLength, { error: "loginNameTooShort" })
      .max(maxLoginNameLength, { error: "tooLong" })
      .refine((v) => allowed.test(v), { error: "loginNameCharacters" }),
  );

/** What sign-in accepts: a login name, or the email address of an account made before login names. */
export const loginField = z
  .string({ error: "required" })
  .transform(normaliseLogin)
  .pipe(z.string().min(1, { error: "required" }).max(254, { error: "tooLong" }));

// Easy to read aloud and type on a phone; the random part is what makes a suggestion impossible to guess.
const words = ["sora", "umi", "kaze", "hoshi", "tsuki", "mori", "yuki", "hana", "kumo", "niji", "nami", "aki", "haru", "natsu", "fuyu", "mizu"];
const alphabet = "abcdefghijkmnpqrstuvwxyz23456789"; // no l, o, 0, 1: nothing to mistake

/**
 * A name nobody could guess (a word and 10 random characters: 50 random bits), from the platform's CSPRNG in
 * the browser and on the server alike. Being unguessable, it also cannot be probed for at sign-up.
 */
export function suggestLoginName(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(11));
  const word = words[bytes[0] % words.length];
  const random = [...bytes.slice(1)].map((b) => alphabet[b % alphabet.length]).join("");
  return `${word}-${random.slice(0, 5)}-${random.slice(5)}`;
}
