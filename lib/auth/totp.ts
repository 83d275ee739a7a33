// Pure TOTP and recovery-code helpers (RFC 6238: SHA1, 6 digits, 30 s), no database. The server side lives in
// two-factor.ts.
import { createHmac, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { renderSVG } from "uqr";

export const totpPeriodSeconds = 30;
export const recoveryCodeCount = 10;
const base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function totpFor(secret: string, label = "account", issuer = "Taikai"): TOTP {
  return new TOTP({ issuer, label, algorithm: "SHA1", digits: 6, period: totpPeriodSeconds, secret: Secret.fromBase32(secret) });
}

/** A new random secret (160 bits), base32 as authenticator apps expect it. */
export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address the QR code carries. A neutral issuer keeps the app's name off her phone in discreet mode. */
export function totpUri(secret: string, { label, discreet }: { label: string; discreet: boolean }): string {
  return totpFor(secret, label, discreet ? "Memo" : "Taikai").toString();
}

/** The QR code as an SVG data: URL, drawn here: the secret never goes to a QR service. */
export function qrCodeDataUrl(text: string): string {
  const svg = renderSVG(text, { ecc: "M", border: 2, pixelSize: 6 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
}

/** The code an authenticator shows at `at` (tests and e2e compute codes with this). */
export function totpCodeAt(secret: string, at: Date): string {
  return totpFor(secret).generate({ timestamp: at.getTime() });
}

/** The 30-second time step a time falls in. */
export function totpTimeStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / totpPeriodSeconds);
}

/**
 * The time step the code belongs to when it is right for the previous, current or next step (clock drift), else
 * null. The caller refuses a step already used (replay).
 */
export function matchTotpCode(secret: string, code: string, at: Date): number | null {
  const token = code.replace(/\s/g, "");
  if (!isTotpCodeFormat(token)) return null;
  const delta = totpFor(secret).validate({ token, timestamp: at.getTime(), window: 1 });
  return delta === null ? null : totpTimeStep(at) + delta;
}

export function isTotpCodeFormat(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ""));
}

/** Twelve base32 characters (60 random bits) shown as xxxx-xxxx-xxxx. */
export function generateRecoveryCodes(count = recoveryCodeCount): string[] {
  return Array.from({ length: count }, () => {
    const chars = [...randomBytes(12)]
      .map((b) => base32[b & 31])
      .join("")
      .toLowerCase();
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/** The canonical form of a typed recovery code (case, spaces and dashes ignored; 0/1 read as O/L), or null. */
export function normalizeRecoveryCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]/g, "").replace(/0/g, "O").replace(/1/g, "L");
  return /^[A-Z2-7]{12}$/.test(plain) ? plain : null;
}

/**
 * What is stored for a recovery code: HMAC-SHA-256 under a server key. The codes carry 60 random bits, so a slow
 * hash adds nothing; the key means a copy of the database alone cannot be used to test guesses. Being
 * deterministic, the hash can be looked up and marked used in one conditional update.
 */
export function hashRecoveryCode(normalized: string, key: Buffer): string {
  return createHmac("sha256", key).update(`taikai-recovery-code:${normalized}`).digest("base64url");
}
