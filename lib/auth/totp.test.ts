import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  createTotpSecret,
  generateRecoveryCodes,
  hashRecoveryCode,
  isTotpCodeFormat,
  matchTotpCode,
  normalizeRecoveryCode,
  qrCodeDataUrl,
  totpCodeAt,
  totpTimeStep,
  totpUri,
} from "./totp";

// RFC 6238 appendix B: the ASCII secret "12345678901234567890", SHA1, last 6 of the 8 digits.
const rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP codes", () => {
  it.each([
    [59, "287082"],
    [1111111109, "081804"],
    [1234567890, "005924"],
    [2000000000, "279037"],
  ])("matches the RFC 6238 vector at %i s", (seconds, code) => {
    expect(totpCodeAt(rfcSecret, new Date(seconds * 1000))).toBe(code);
  });

  it("makes a new 160-bit base32 secret each time", () => {
    const a = createTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(createTotpSecret()).not.toBe(a);
  });

  it("accepts the previous, current and next 30-second step and says which one", () => {
    const secret = createTotpSecret();
    const now = new Date("2026-11-25T03:00:10Z");
    const step = totpTimeStep(now);
    expect(matchTotpCode(secret, totpCodeAt(secret, now), now)).toBe(step);
    expect(matchTotpCode(secret, totpCodeAt(secret, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(matchTotpCode(secret, totpCodeAt(secret, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
  });

  it("refuses a code two steps away, another secret's code and malformed input", () => {
    const secret = createTotpSecret();
    const now = new Date("2026-11-25T03:00:10Z");
    expect(matchTotpCode(secret, totpCodeAt(secret, new Date(now.getTime() - 60_000)), now)).toBeNull();
    expect(matchTotpCode(secret, totpCodeAt(secret, new Date(now.getTime() + 60_000)), now)).toBeNull();
    const other = totpCodeAt(createTotpSecret(), now);
    if (other !== totpCodeAt(secret, now)) expect(matchTotpCode(secret, other, now)).toBeNull();
    for (const bad of ["", "12345", "1234567", "abcdef", "12345a", "１２３４５６"]) expect(matchTotpCode(secret, bad, now)).toBeNull();
  });

  it("ignores spaces inside a typed code", () => {
    const secret = createTotpSecret();
    const now = new Date();
    const code = totpCodeAt(secret, now);
    expect(matchTotpCode(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(totpTimeStep(now));
    expect(isTotpCodeFormat(" 123 456 ")).toBe(true);
  });
});

describe("setup address and QR code", () => {
  it("names Taikai, or a neutral issuer in discreet mode, with SHA1 / 6 digits / 30 s", () => {
    const secret = createTotpSecret();
    const uri = new URL(totpUri(secret, { label: "hanako@example.test", discreet: false }));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("issuer")).toBe("Taikai");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("algorithm")).toBe("SHA1");
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(uri.searchParams.get("period")).toBe("30");
    const discreet = totpUri(secret, { label: "hanako@example.test", discreet: true });
    expect(new URL(discreet).searchParams.get("issuer")).toBe("Memo");
    expect(discreet).not.toContain("Taikai");
  });

  it("draws the QR code locally as an SVG data URL", () => {
    const url = qrCodeDataUrl("otpauth://totp/Taikai:a?secret=ABC");
    expect(url.startsWith("data:image/svg+xml;base64,")).toBe(true);
    const svg = Buffer.from(url.split(",")[1], "base64").toString("utf8");
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});

describe("recovery codes", () => {
  it("makes ten different codes shaped xxxx-xxxx-xxxx in base32", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
  });

  it.each([
    ["abcd-efgh-2345", "ABCDEFGH2345"],
    [" ABCD EFGH 2345 ", "ABCDEFGH2345"],
    ["abcdefgh2345", "ABCDEFGH2345"],
    ["0bcd-1fgh-2345", "OBCDLFGH2345"],
  ])("reads %j as %s", (input, expected) => {
    expect(normalizeRecoveryCode(input)).toBe(expected);
  });

  it.each(["", "123456", "abcd-efgh-234", "abcd-efgh-23456", "abcd-efgh-2389", "ａｂｃｄ-efgh-2345"])("refuses %j", (input) => {
    expect(normalizeRecoveryCode(input)).toBeNull();
  });

  it("hashes with a key: the same code and key give the same hash, another key another", () => {
    const key = randomBytes(32);
    const hash = hashRecoveryCode("ABCDEFGH2345", key);
    expect(hashRecoveryCode("ABCDEFGH2345", key)).toBe(hash);
    expect(hashRecoveryCode("ABCDEFGH2345", randomBytes(32))).not.toBe(hash);
    expect(hashRecoveryCode("ABCDEFGH2346", key)).not.toBe(hash);
    expect(hash.toLowerCase()).not.toContain("abcdefgh2345");
  });
});
