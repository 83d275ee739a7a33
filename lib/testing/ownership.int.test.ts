// User A must never read, change or delete anything of user B's through any data or mutation function.
// Each capability adds its functions to `cases` (the last test fails on any it forgot); the test runs each as A against B's ids and then proves that
// every row B owns is byte-for-byte what it was.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { signOutEverywhere, updateExitSettings, updatePreferences } from "../account/mutations";
import { listAgencyNames } from "../agencies/data";
import { checkRegistration } from "../registrations/check-registration";
import { getDashboard, getRegistration, getRegistrationForEdit, listRegisteredSiteSlugs } from "../registrations/data";
import { createRegistration, deleteRegistration, updateRegistration } from "../registrations/mutations";
import { recordCheck } from "../registrations/record-check";
import type { RegistrationInput } from "../registrations/schema";
import { getCase, getWizardCase, listAgenciesWithContacts, listCases } from "../cases/data";
import { getCaseAlerts } from "../cases/alerts";
import { caseRecordState, getDocument, listCaseDocuments, saveLetterDocument } from "../cases/documents";
import { buildCaseLetter } from "../escalation/case-letters";
import { deleteDraft, saveDates, saveFacts, saveRequests, saveSender, saveWho } from "../cases/mutations";
import { addEvent, editEvent, markSent } from "../cases/timeline";
import { emptyAgencyFields } from "../agencies/schema";
import { buildCaseBundle } from "../evidence/bundle";
import { caseBelongsTo, getCaseBundle, getEvidenceDownload, getEvidenceUsage, listCaseChoices, listEvidence, listStorageKeys } from "../evidence/data";
import { createUploadedEvidence, deleteAllEvidenceFiles, deleteEvidence, planUpload, removeOrphans, updateEvidence } from "../evidence/mutations";
import {
  confirmTotpSetup,
  consumeSecondFactor,
  disableTotp,
  forgetTotpReplayState,
  getTwoFactorStatus,
  isTotpEnabled,
  regenerateRecoveryCodes,
  startTotpSetup,
  verifySecondFactor,
} from "../auth/two-factor";
import { getAccountSecurity, listSecurityEvents } from "../account/audit-data";
import { clearFailedConfirmations, confirmPassword, countFailedConfirmation } from "../account/confirm-password";
import { recordAuditEvent } from "../auth/audit";
import { allowExport, claimExport, endSession, isSessionLive, startSession, touchSession } from "../auth/sessions";
import { deleteAccount, eraseAccount } from "../account/delete-account";
import { buildAccountExport } from "../account/export";
import { getAccountData } from "../account/export-data";
import { changePassword } from "../account/password";
import { buildTroubleLetter } from "../trouble/build-letter";
import { getTrouble, listTroubleDocuments, listTroubles } from "../trouble/data";
import { createTrouble, deleteTrouble, saveTroubleDocument, updateTrouble } from "../trouble/mutations";
import { emptyTroubleLetter } from "../trouble/schema";
import { troubleIsHers } from "../evidence/data";
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

/** A letter with nothing in it: the save functions must refuse it for someone else's record before reading it. */
const emptyLetter = { title: "x", date: "", paragraphs: [], sender: { name: "", address: "" }, recipient: { name: "", address: "" } };

const input = (b: World, overrides: Partial<RegistrationInput> = {}): RegistrationInput => ({
  siteId: "other",
  customSiteName: "X",
  confirmOtherDomain: true,
  handle: "taken",
  profileUrl: "https://example.test/p/taken",
  confirmProfileUrl: true,
  agencyId: b.agency.id,
  newAgencyName: "",
  registeredOn: "",
  withdrawalRequestedOn: "",
  ...overrides,
});
const isNull = (result: unknown) => expect(result).toBeNull();
const notOk = (result: unknown) => expect(result).toMatchObject({ ok: false });
const facts = {
  fixedShifts: "yes",
  attendanceChecks: "yes",
  finesForLateness: "no",
  workplace: "home",
  canRefuseWork: "yes",
  payBasis: "share_of_sales",
  writtenContract: "yes",
  contractTitle: "outsourcing",
  fixedTerm: "no",
} as const;
const checkResult = {
  verdict: "gone",
  reason: "http_404",
  httpStatus: 404,
  finalUrl: null,
  durationMs: 1,
  bodySha256: null,
  excerpt: null,
  title: null,
  handleFound: null,
} as const;

const cases: OwnershipCase[] = [
  { name: "account: updatePreferences", attempt: (a) => updatePreferences(a.user.id, { discreetMode: true }) },
  {
    name: "account: updateExitSettings",
    attempt: (a) => updateExitSettings(a.user.id, { quickExitUrl: "https://example.test/", quickExitSignsOut: false, idleTimeoutMinutes: 480 }),
  },
  { name: "account: signOutEverywhere", attempt: (a) => signOutEverywhere(a.user.id) },
  {
    name: "agencies: listAgencyNames",
    attempt: (a) => listAgencyNames(a.user.id),
    expectResult: (r, b) => expect(JSON.stringify(r)).not.toContain(b.agency.id),
  },
  {
    name: "registrations: getDashboard",
    attempt: (a) => getDashboard(a.user.id),
    expectResult: (r, b) => expect(JSON.stringify(r)).not.toContain(b.registration.id),
  },
  { name: "registrations: getRegistration", attempt: (a, b) => getRegistration(a.user.id, b.registration.id), expectResult: isNull },
  { name: "registrations: getRegistrationForEdit", attempt: (a, b) => getRegistrationForEdit(a.user.id, b.registration.id), expectResult: isNull },
  {
    name: "registrations: listRegisteredSiteSlugs",
    attempt: (a) => listRegisteredSiteSlugs(a.user.id),
    expectResult: (r) => expect(Array.isArray(r)).toBe(true),
  },
  {
    name: "registrations: createRegistration with her agency",
    attempt: (a, b) => createRegistration(a.user.id, input(b)),
    expectResult: (r) => expect(r).toMatchObject({ ok: false }),
  },
  {
    name: "registrations: updateRegistration",
    attempt: (a, b) => updateRegistration(a.user.id, b.registration.id, input(b, { agencyId: "" })),
    expectResult: (r) => expect(r).toEqual({ ok: false, notFound: true }),
  },
  {
    name: "registrations: deleteRegistration",
    attempt: (a, b) => deleteRegistration(a.user.id, b.registration.id),
    expectResult: (r) => expect(r).toBe(false),
  },
  {
    name: "registrations: recordCheck",
    attempt: (a, b) => recordCheck(a.user.id, b.registration.id, checkResult, { profileUrl: "https://example.test/" }),
    expectResult: isNull,
  },
  { name: "registrations: checkRegistration", attempt: (a, b) => checkRegistration(a.user.id, b.registration.id), expectResult: isNull },
  { name: "cases: listCases", attempt: (a) => listCases(a.user.id), expectResult: (r, b) => expect(JSON.stringify(r)).not.toContain(b.withdrawal.id) },
  { name: "cases: getCaseAlerts", attempt: (a) => getCaseAlerts(a.user.id), expectResult: (r, b) => expect(JSON.stringify(r)).not.toContain(b.withdrawal.id) },
  {
    name: "escalation: buildCaseLetter",
    attempt: (a, b) => buildCaseLetter(a.user.id, b.withdrawal.id, { kind: "reminder", situations: [], wants: "", appiData: [], registrationId: "" }),
    expectResult: isNull,
  },
  {
    name: "documents: saveLetterDocument",
    attempt: (a, b) => saveLetterDocument(a.user.id, b.withdrawal.id, "memo", emptyLetter),
    expectResult: isNull,
  },
  { name: "documents: caseRecordState", attempt: (a, b) => caseRecordState(a.user.id, b.withdrawal.id), expectResult: isNull },
  { name: "documents: listCaseDocuments", attempt: (a, b) => listCaseDocuments(a.user.id, b.withdrawal.id), expectResult: (r) => expect(r).toEqual([]) },
  { name: "documents: getDocument", attempt: (a, b) => getDocument(a.user.id, b.document.id), expectResult: isNull },
  { name: "cases: getWizardCase", attempt: (a, b) => getWizardCase(a.user.id, b.withdrawal.id), expectResult: isNull },
  { name: "cases: getCase", attempt: (a, b) => getCase(a.user.id, b.withdrawal.id), expectResult: isNull },
  {
    name: "cases: saveWho with her agency",
    attempt: (a, b) => saveWho(a.user.id, null, { agencyId: b.agency.id, newAgency: emptyAgencyFields, registrationIds: [] }),
    expectResult: notOk,
  },
  {
    name: "cases: saveWho with her registration",
    attempt: (a, b) => saveWho(a.user.id, null, { agencyId: "new", newAgency: { ...emptyAgencyFields, name: "x" }, registrationIds: [b.registration.id] }),
    expectResult: notOk,
  },
  {
    name: "cases: saveWho on her case",
    attempt: (a, b) => saveWho(a.user.id, b.withdrawal.id, { agencyId: a.agency.id, newAgency: emptyAgencyFields, registrationIds: [] }),
    expectResult: notOk,
  },
  { name: "cases: saveFacts", attempt: (a, b) => saveFacts(a.user.id, b.withdrawal.id, facts, null), expectResult: notOk },
  { name: "cases: saveRequests", attempt: (a, b) => saveRequests(a.user.id, b.withdrawal.id, { items: ["delete_accounts"] }), expectResult: notOk },
  {
    name: "cases: saveDates",
    attempt: (a, b) => saveDates(a.user.id, b.withdrawal.id, { noticeDate: "2026-11-25", replyDeadline: "2026-12-09" }),
    expectResult: notOk,
  },
  {
    name: "cases: saveSender",
    attempt: (a, b) => saveSender(a.user.id, b.withdrawal.id, { senderName: "", senderAddress: "", agencyAddress: "", grid: "20x26", vertical: false }),
    expectResult: notOk,
  },
  { name: "cases: deleteDraft", attempt: (a, b) => deleteDraft(a.user.id, b.withdrawal.id), expectResult: (r) => expect(r).toBe(false) },
  {
    name: "cases: markSent",
    attempt: (a, b) => markSent(a.user.id, b.withdrawal.id, { sentOn: "2026-11-25", channel: "EMAIL" }, []),
    expectResult: (r) => expect(r).toBe(false),
  },
  {
    name: "cases: addEvent",
    attempt: (a, b) => addEvent(a.user.id, b.withdrawal.id, { type: "NOTE", occurredOn: "2026-11-25", note: "x", newDeadline: "" }),
    expectResult: (r) => expect(r).toBe(false),
  },
  {
    name: "cases: editEvent",
    attempt: (a, b) => editEvent(a.user.id, b.event.id, { occurredOn: "2026-11-25", note: "x" }),
    expectResult: (r) => expect(r).toBe(false),
  },
  { name: "evidence: listEvidence", attempt: (a) => listEvidence(a.user.id), expectResult: (r, b) => expect(JSON.stringify(r)).not.toContain(b.evidence.id) },
  {
    name: "evidence: listCaseChoices",
    attempt: (a) => listCaseChoices(a.user.id),
    expectResult: (r, b) => expect(JSON.stringify(r)).not.toContain(b.withdrawal.id),
  },
  { name: "evidence: getEvidenceUsage", attempt: (a) => getEvidenceUsage(a.user.id), expectResult: (r) => expect(r).toBe(0) },
  { name: "evidence: getEvidenceDownload", attempt: (a, b) => getEvidenceDownload(a.user.id, b.evidence.id), expectResult: isNull },
  { name: "evidence: getCaseBundle", attempt: (a, b) => getCaseBundle(a.user.id, b.withdrawal.id), expectResult: isNull },
  { name: "evidence: buildCaseBundle", attempt: (a, b) => buildCaseBundle(a.user.id, b.withdrawal.id), expectResult: isNull },
  { name: "evidence: planUpload into her case", attempt: (a, b) => planUpload(a.user.id, { caseId: b.withdrawal.id, size: 10 }), expectResult: notOk },
  {
    name: "evidence: createUploadedEvidence into her case",
    attempt: (a, b) =>
      createUploadedEvidence(a.user.id, {
        evidenceId: "cownershiptest",
        caseId: b.withdrawal.id,
        fileName: "x.pdf",
        stored: {
          storageKey: "0".repeat(32),
          sha256: "0".repeat(64),
          storedBytes: 1,
          receivedBytes: 1,
          metadataRemoved: false,
          type: { mime: "application/pdf", ext: "pdf", kind: "pdf", strippable: false },
        },
        meta: { fileName: "x.pdf", size: 1, description: "", capturedAt: "2026-01-01T00:00:00.000Z", caseId: b.withdrawal.id, stripMetadata: false },
      }),
    expectResult: notOk,
  },
  {
    name: "evidence: updateEvidence",
    attempt: (a, b) => updateEvidence(a.user.id, b.evidence.id, { description: "x", caseId: "" }),
    expectResult: (r) => expect(r).toBe(false),
  },
  {
    name: "evidence: updateEvidence into her case",
    attempt: (a, b) => updateEvidence(a.user.id, a.evidence.id, { description: "x", caseId: b.withdrawal.id }),
    expectResult: (r) => expect(r).toBe(false),
  },
  { name: "evidence: deleteEvidence", attempt: (a, b) => deleteEvidence(a.user.id, b.evidence.id), expectResult: (r) => expect(r).toBe(false) },
  { name: "evidence: removeOrphans", attempt: (a) => removeOrphans(a.user.id) },
  { name: "twoFactor: isTotpEnabled", attempt: (a) => isTotpEnabled(a.user.id), expectResult: (r) => expect(r).toBe(false) },
  {
    name: "twoFactor: getTwoFactorStatus",
    attempt: (a) => getTwoFactorStatus(a.user.id),
    expectResult: (r) => expect(r).toEqual({ enabledAt: null, recoveryCodesLeft: 0 }),
  },
  {
    name: "twoFactor: startTotpSetup",
    attempt: (a) => startTotpSetup(a.user.id),
    expectResult: (r) => expect(r).toMatchObject({ secret: expect.any(String) }),
  },
  { name: "twoFactor: confirmTotpSetup", attempt: (a) => confirmTotpSetup(a.user.id, "000000"), expectResult: notOk },
  {
    name: "twoFactor: regenerateRecoveryCodes",
    attempt: (a) => regenerateRecoveryCodes(a.user.id, { password: "x", code: "abcd-efgh-2345" }),
    expectResult: notOk,
  },
  { name: "twoFactor: disableTotp", attempt: (a) => disableTotp(a.user.id, { password: "x", code: "abcd-efgh-2345" }), expectResult: notOk },
  { name: "twoFactor: verifySecondFactor", attempt: (a) => verifySecondFactor(a.user.id, "abcd-efgh-2345"), expectResult: (r) => expect(r).toBe(false) },
  { name: "twoFactor: forgetTotpReplayState", attempt: (a) => forgetTotpReplayState(a.user.id) },
  {
    name: "sessions: isSessionLive with her session id",
    attempt: (a, b) => isSessionLive({ sid: b.session.id, uid: a.user.id, sv: a.user.sessionVersion }),
    expectResult: (r) => expect(r).toBe(false),
  },
  { name: "sessions: startSession", attempt: (a) => startSession(a.user.id) },
  { name: "sessions: touchSession", attempt: (a, b) => touchSession(b.session.id, a.user.id, new Date(Date.now() + 3600_000)) },
  { name: "sessions: endSession", attempt: (a, b) => endSession(b.session.id, a.user.id) },
  { name: "sessions: allowExport", attempt: (a, b) => allowExport(b.session.id, a.user.id), expectResult: (r) => expect(r).toBe(false) },
  { name: "sessions: claimExport", attempt: (a, b) => claimExport(b.session.id, a.user.id), expectResult: (r) => expect(r).toBe(false) },
  {
    name: "account: getAccountData",
    attempt: (a) => getAccountData(a.user.id),
    expectResult: (r, b) => expect(JSON.stringify(r)).not.toContain(b.registration.id),
  },
  {
    name: "account: buildAccountExport",
    attempt: async (a) => {
      const parts: Uint8Array[] = [];
      for await (const chunk of (await buildAccountExport(a.user.id))!.stream) parts.push(chunk);
      return Buffer.concat(parts).toString("latin1");
    },
    expectResult: (r, b) => expect(r).not.toContain(b.registration.id),
  },
  { name: "account: listSecurityEvents", attempt: (a) => listSecurityEvents(a.user.id), expectResult: (r) => expect(r).not.toEqual([]) },
  { name: "account: getAccountSecurity", attempt: (a) => getAccountSecurity(a.user.id) },
  {
    name: "account: changePassword",
    attempt: (a) => changePassword(a.user.id, { currentPassword: "guess-1234567", newPassword: "a-new-password-99", newPasswordConfirm: "a-new-password-99" }),
    expectResult: notOk,
  },
  { name: "account: deleteAccount", attempt: (a) => deleteAccount(a.user.id, { password: "guess-1234567", totpCode: "", confirm: true }), expectResult: notOk },
  {
    name: "account: confirmPassword",
    attempt: (a) => confirmPassword(a.user.id, "guess-1234567"),
    expectResult: (r) => expect(r).not.toMatchObject({ ok: true }),
  },
  { name: "account: countFailedConfirmation", attempt: (a) => countFailedConfirmation(a.user.id) },
  { name: "account: clearFailedConfirmations", attempt: (a) => clearFailedConfirmations(a.user.id) },
  { name: "account: recordAuditEvent", attempt: (a) => recordAuditEvent(a.user.id, "SETTINGS_CHANGED") },
  { name: "twoFactor: consumeSecondFactor", attempt: (a) => consumeSecondFactor(a.user.id, "x", "abcd-efgh-2345"), expectResult: isNull },
  {
    name: "cases: listAgenciesWithContacts",
    attempt: (a) => listAgenciesWithContacts(a.user.id),
    expectResult: (r, b) => expect(JSON.stringify(r)).not.toContain(b.agency.id),
  },
  { name: "evidence: caseBelongsTo", attempt: (a, b) => caseBelongsTo(a.user.id, b.withdrawal.id), expectResult: (r) => expect(r).toBe(false) },
  {
    name: "evidence: listStorageKeys",
    attempt: async (a) => [...(await listStorageKeys(a.user.id))],
    expectResult: (r, b) => expect(r).not.toContain(b.evidence.storageKey),
  },
  { name: "evidence: deleteAllEvidenceFiles", attempt: (a) => deleteAllEvidenceFiles(a.user.id) },
  { name: "trouble: listTroubles", attempt: (a) => listTroubles(a.user.id), expectResult: (r, b) => expect(JSON.stringify(r)).not.toContain(b.trouble.id) },
  { name: "trouble: getTrouble", attempt: (a, b) => getTrouble(a.user.id, b.trouble.id), expectResult: isNull },
  { name: "evidence: troubleIsHers", attempt: (a, b) => troubleIsHers(a.user.id, b.trouble.id), expectResult: (r) => expect(r).toBe(false) },
  { name: "trouble: listTroubleDocuments", attempt: (a, b) => listTroubleDocuments(a.user.id, b.trouble.id), expectResult: (r) => expect(r).toEqual([]) },
  {
    name: "trouble: createTrouble (makes her own, touches nothing of B's)",
    attempt: (a) =>
      createTrouble(a.user.id, { siteSlug: "", siteName: "", customerId: "x", kind: "STALKING", whatHappened: "x", firstContactOn: "", lastIncidentOn: "" }),
    expectResult: (r) => expect(r).toMatchObject({ ok: true }),
  },
  {
    name: "trouble: updateTrouble",
    attempt: (a, b) =>
      updateTrouble(a.user.id, b.trouble.id, {
        siteSlug: "",
        siteName: "",
        customerId: "x",
        kind: "MONEY",
        whatHappened: "x",
        firstContactOn: "",
        lastIncidentOn: "",
      }),
    expectResult: (r) => expect(r).toEqual({ ok: false, error: "notFound" }),
  },
  { name: "trouble: deleteTrouble", attempt: (a, b) => deleteTrouble(a.user.id, b.trouble.id), expectResult: (r) => expect(r).toBe(false) },
  {
    name: "trouble: saveTroubleDocument",
    attempt: (a, b) => saveTroubleDocument(a.user.id, b.trouble.id, "site_report", emptyLetter),
    expectResult: isNull,
  },
  {
    name: "trouble: buildTroubleLetter",
    attempt: (a, b) => buildTroubleLetter(a.user.id, b.trouble.id, { ...emptyTroubleLetter, kind: "memo" }),
    expectResult: isNull,
  },
  {
    name: "evidence: planUpload into her trouble record",
    attempt: (a, b) => planUpload(a.user.id, { caseId: "", troubleId: b.trouble.id, size: 10 }),
    expectResult: notOk,
  },
  {
    name: "account: eraseAccount of a third user",
    attempt: async () => eraseAccount((await createUserWithEverything(db)).user.id),
    expectResult: (r) => expect(r).toBe(true),
  },
];

function userOwnedModels(): string[] {
  const models = readFileSync("prisma/models.prisma", "utf8")
    .split(/^model /m)
    .slice(1);
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

// The list above must cover every function that takes a user id and touches the database: found here from the
// modules' own exports (any lib module importing the db client), so a new data or mutation function without a
// case fails this test instead of going unchecked.
const NOT_USER_SCOPED_ON_PURPOSE: Record<string, string> = {
  "lib/account/confirm-password.ts:confirmationKey": "a pure function: builds a rate-limit key, reads nothing",
  "lib/auth/two-factor.ts:secondFactorKey": "a pure function: builds a rate-limit key, reads nothing",
};

function dbModules(dir = "lib"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "testing" || entry.name === "fixtures" ? [] : dbModules(path);
    if (!/\.ts$/.test(entry.name) || /(\.test|test-factory)\.ts$/.test(entry.name) || entry.name === "actions.ts") return [];
    return /from ["'](\.\.\/)+db\/client["']/.test(readFileSync(path, "utf8")) ? [path] : [];
  });
}

const takesUserIdFirst = (fn: unknown) => typeof fn === "function" && /^(async\s+)?(function\s*\w*\s*)?\(\s*userId\b/.test(fn.toString());

describe("ownership cases cover every user-scoped function", () => {
  it("has a case for each exported function whose first parameter is userId", async () => {
    const covered = new Set(cases.map((c) => /^\w+: (\w+)/.exec(c.name)?.[1]));
    const uncovered: string[] = [];
    for (const path of dbModules()) {
      const exports = await import(/* @vite-ignore */ `../../${path}`);
      for (const [name, value] of Object.entries(exports)) {
        if (!takesUserIdFirst(value) || covered.has(name) || NOT_USER_SCOPED_ON_PURPOSE[`${path}:${name}`]) continue;
        uncovered.push(`${path}:${name}`);
      }
    }
    expect(uncovered).toEqual([]);
  });
});
