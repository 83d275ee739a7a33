// Saving a registration makes the server fetch a URL she typed at once: limited like "check now", capped per
// account, and only to ports 80 and 443.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../db/client";
import { hitRateLimit, rateLimitKey } from "../auth/rate-limit";
import { createUser } from "../testing/factories";
import { provider } from "../testing/databases";
import type { RegistrationInput } from "./schema";

const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("../auth/session", () => ({ getCurrentUser: async () => (signedIn.userId ? { id: signedIn.userId, sessionId: "test-session" } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("./check-registration", () => ({
  checkRegistration: async () => {
    checks.count++;
    return null;
  },
}));
const { createRegistrationAction } = await import("./actions");

const input = (overrides: Partial<RegistrationInput> = {}): RegistrationInput => ({
  siteId: "other",
  customSiteName: "テストサイト",
  confirmOtherDomain: true,
  handle: "himari",
  profileUrl: "https://example.test/profile/himari",
  confirmProfileUrl: true,
  agencyId: "",
  newAgencyName: "",
  registeredOn: "",
  withdrawalRequestedOn: "",
  ...overrides,
});
const registrations = (userId: string) => db.registration.count({ where: { userId } });

describe(`creating a registration (${provider})`, () => {
  beforeEach(async () => {
    signedIn.userId = (await createUser(db)).id;
    checks.count = 0;
  });
  afterEach(() => vi.unstubAllEnvs());
  afterAll(() => db.$disconnect());

  it("counts against the check-now limit: over it, nothing is saved and nothing is fetched", async () => {
    const userId = signedIn.userId!;
    for (let i = 0; i < 60; i++) await hitRateLimit(rateLimitKey("check-now:user", userId), { limit: 60, windowMs: 10 * 60 * 1000 });
    const result = await createRegistrationAction(input());
    expect(result).toMatchObject({ ok: false, error: "rateLimited" });
    expect((result as { retryAfterSeconds?: number }).retryAfterSeconds).toBeGreaterThan(0);
    expect(await registrations(userId)).toBe(0);
    expect(checks.count).toBe(0);
  });

  it("each creation uses up one check", async () => {
    const userId = signedIn.userId!;
    expect(await createRegistrationAction(input())).toMatchObject({ ok: true });
    expect(checks.count).toBe(1);
    const row = await db.rateLimit.findUnique({ where: { key: rateLimitKey("check-now:user", userId) } });
    expect(row?.attempts).toBe(1);
  });

  it("is capped per account (TAIKAI_REGISTRATIONS_PER_USER)", async () => {
    vi.stubEnv("TAIKAI_REGISTRATIONS_PER_USER", "2");
    const userId = signedIn.userId!;
    expect(await createRegistrationAction(input({ handle: "a" }))).toMatchObject({ ok: true });
    expect(await createRegistrationAction(input({ handle: "b" }))).toMatchObject({ ok: true });
    expect(await createRegistrationAction(input({ handle: "c" }))).toEqual({ ok: false, error: "limitReached" });
    expect(await registrations(userId)).toBe(2);
    expect(checks.count).toBe(2);
  });

  it("refuses a profile address on a port other than 80 and 443", async () => {
    const userId = signedIn.userId!;
    for (const profileUrl of ["https://example.test:8443/profile/himari", "http://example.test:25/", "http://example.test:6379/x"]) {
      expect(await createRegistrationAction(input({ profileUrl }))).toEqual({ ok: false, error: "invalidInput", fieldErrors: { profileUrl: "urlPort" } });
    }
    expect(await registrations(userId)).toBe(0);
    expect(checks.count).toBe(0);
    expect(await createRegistrationAction(input({ profileUrl: "https://example.test:443/profile/himari" }))).toMatchObject({ ok: true });
  });

  it("answers unauthenticated without a session", async () => {
    signedIn.userId = null;
    expect(await createRegistrationAction(input())).toEqual({ ok: false, error: "unauthenticated" });
  });
});
