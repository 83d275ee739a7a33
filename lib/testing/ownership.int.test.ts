// User A must never read, change or delete anything of user B's through any data or mutation function.
// Each capability adds its functions to `cases`; the test runs each as A against B's ids and then proves that
// every row B owns is byte-for-byte what it was.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { signOutEverywhere, updatePreferences } from "../account/mutations";
import { listAgencyNames } from "../agencies/data";
import { checkRegistration } from "../registrations/check-registration";
import { getDashboard, getRegistration, getRegistrationForEdit } from "../registrations/data";
import { createRegistration, deleteRegistration, updateRegistration } from "../registrations/mutations";
import { recordCheck } from "../registrations/record-check";
import type { RegistrationInput } from "../registrations/schema";
import { createUserWithEverything } from "./factories";
import { provider } from "./databases";

type World = Awaited<ReturnType<typeof createUserWithEverything>>;
type OwnershipCase = {
  name: string;
  /** Runs as A (a.user.id) while naming B's rows; resolves to what A got back. */
  attempt: (a: World, b: World) => Promise<unknown>;
  /** What A must get back: nothing of B's. */
  expectResult?: (result: unknown, b: World) => void;
};

const input = (b: World, overrides: Partial<RegistrationInput> = {}): RegistrationInput => ({
  siteId: "other", customSiteName: "X", confirmOtherDomain: true, handle: "taken", profileUrl: "https://example.test/p/taken",
  agencyId: b.agency.id, newAgencyName: "", registeredOn: "", withdrawalRequestedOn: "", ...overrides,
});
const isNull = (result: unknown) => expect(result).toBeNull();
const checkResult = { verdict: "gone", reason: "http_404", httpStatus: 404, finalUrl: null, durationMs: 1, bodySha256: null, excerpt: null, title: null, handleFound: null } as const;

const cases: OwnershipCase[] = [
  { name: "account: updatePreferences", attempt: (a) => updatePreferences(a.user.id, { discreetMode: true, quickExitUrl: "https://example.test/" }) },
  { name: "account: signOutEverywhere", attempt: (a) => signOutEverywhere(a.user.id) },
  { name: "agencies: listAgencyNames", attempt: (a) => listAgencyNames(a.user.id), expectResult: (r, b) => expect(JSON.stringify(r)).not.toContain(b.agency.id) },
  { name: "registrations: getDashboard", attempt: (a) => getDashboard(a.user.id), expectResult: (r, b) => expect(JSON.stringify(r)).not.toContain(b.registration.id) },
  { name: "registrations: getRegistration", attempt: (a, b) => getRegistration(a.user.id, b.registration.id), expectResult: isNull },
  { name: "registrations: getRegistrationForEdit", attempt: (a, b) => getRegistrationForEdit(a.user.id, b.registration.id), expectResult: isNull },
  { name: "registrations: createRegistration with her agency", attempt: (a, b) => createRegistration(a.user.id, input(b)), expectResult: (r) => expect(r).toMatchObject({ ok: false }) },
  { name: "registrations: updateRegistration", attempt: (a, b) => updateRegistration(a.user.id, b.registration.id, input(b, { agencyId: "" })), expectResult: (r) => expect(r).toEqual({ ok: false, notFound: true }) },
  { name: "registrations: deleteRegistration", attempt: (a, b) => deleteRegistration(a.user.id, b.registration.id), expectResult: (r) => expect(r).toBe(false) },
  { name: "registrations: recordCheck", attempt: (a, b) => recordCheck(a.user.id, b.registration.id, checkResult, { profileUrl: "https://example.test/" }), expectResult: isNull },
  { name: "registrations: checkRegistration", attempt: (a, b) => checkRegistration(a.user.id, b.registration.id), expectResult: isNull },
];

function userOwnedModels(): string[] {
  const models = readFileSync("prisma/models.prisma", "utf8").split(/^model /m).slice(1);
  return models.filter((m) => /^\s+userId\s+String/m.test(m)).map((m) => m.split(/\s/)[0]);
}

type FindDelegate = { findMany(args: unknown): Promise<unknown[]> };
async function snapshotOf(userId: string) {
  const rows: Record<string, unknown> = { user: await db.user.findUnique({ where: { id: userId } }) };
  for (const model of userOwnedModels()) {
    const delegate = (db as unknown as Record<string, FindDelegate>)[model[0].toLowerCase() + model.slice(1)];
    rows[model] = await delegate.findMany({ where: { userId }, orderBy: { id: "asc" } });
  }
  return rows;
}

describe(`ownership (${provider})`, () => {
  let a: World;
  let b: World;
  beforeAll(async () => {
    a = await createUserWithEverything(db);
    b = await createUserWithEverything(db);
  });
  afterAll(() => db.$disconnect());

  it.each(cases)("$name cannot touch another user's data", async ({ attempt, expectResult }) => {
    const before = await snapshotOf(b.user.id);
    const result = await attempt(a, b);
    expectResult?.(result, b);
    expect(JSON.stringify(result ?? null)).not.toContain(b.user.id);
    expect(await snapshotOf(b.user.id)).toEqual(before);
  });
});
