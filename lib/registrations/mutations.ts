import type { ErrorCode } from "../actions/error-codes";
import "server-only";
import { db } from "../db/client";
import type { RegistrationStatus } from "../db/enums";
import { newId } from "../db/new-id";
import { isWebPort } from "../checker/ports";
import { privateNetworkChecksAllowed } from "../config/private-network";
import { sealAgencyName } from "../agencies/crypto-fields";
import { dateFromInput } from "../time/tokyo-date";
import { openRegistration, sealRegistration } from "./crypto-fields";
import { hostMatchesDomains, newAgency, otherSite, type RegistrationInput } from "./schema";

export type SaveResult = { ok: true; id: string } | { ok: false; fieldErrors?: Record<string, ErrorCode>; notFound?: true; limitReached?: true };

/** Registrations one account may hold (TAIKAI_REGISTRATIONS_PER_USER, default 100): far more than anyone is on. */
export function registrationsPerUser(): number {
  const value = Number(process.env.TAIKAI_REGISTRATIONS_PER_USER);
  return Number.isInteger(value) && value > 0 ? value : 100;
}

/** The checker fetches only ports 80 and 443 (lib/checker/ports.ts); say so when she saves, not at the first check. */
function portError(input: RegistrationInput): Record<string, ErrorCode> | undefined {
  if (privateNetworkChecksAllowed() || isWebPort(new URL(input.profileUrl))) return undefined;
  return { profileUrl: "urlPort" };
}

async function resolveSite(input: RegistrationInput): Promise<{ siteId: string | null; fieldErrors?: Record<string, ErrorCode> }> {
  if (input.siteId === otherSite) {
    return { siteId: null };
  }
  const site = await db.site.findUnique({ where: { id: input.siteId }, select: { id: true, domainsJson: true } });
  if (!site) return { siteId: null, fieldErrors: { siteId: "invalidInput" } };
  if (!hostMatchesDomains(input.profileUrl, JSON.parse(site.domainsJson))) return { siteId: null, fieldErrors: { profileUrl: "domainMismatch" } };
  return { siteId: site.id };
}

/** Her own agency id, a new agency created inline, or none. Someone else's agency id counts as invalid. */
async function resolveAgency(userId: string, input: RegistrationInput): Promise<{ agencyId: string | null; invalid?: true }> {
  if (!input.agencyId) return { agencyId: null };
  if (input.agencyId === newAgency) {
    const agencyId = newId();
    await db.agency.create({ data: { id: agencyId, userId, nameEnc: sealAgencyName(agencyId, input.newAgencyName) } });
    return { agencyId };
  }
  const agency = await db.agency.findFirst({ where: { id: input.agencyId, userId }, select: { id: true } });
  return agency ? { agencyId: agency.id } : { agencyId: null, invalid: true };
}

function fields(id: string, input: RegistrationInput, siteId: string | null) {
  return {
    siteId,
    customSiteNameEnc: siteId ? null : sealRegistration.customSiteName(id, input.customSiteName),
    customBaseUrlEnc: siteId ? null : sealRegistration.customBaseUrl(id, new URL(input.profileUrl).origin),
    handleEnc: sealRegistration.handle(id, input.handle),
    profileUrlEnc: sealRegistration.profileUrl(id, input.profileUrl),
    registeredOn: dateFromInput(input.registeredOn),
    withdrawalRequestedAt: dateFromInput(input.withdrawalRequestedOn),
  };
}

export async function createRegistration(userId: string, input: RegistrationInput): Promise<SaveResult> {
  const badPort = portError(input);
  if (badPort) return { ok: false, fieldErrors: badPort };
  if ((await db.registration.count({ where: { userId } })) >= registrationsPerUser()) return { ok: false, limitReached: true };
  const site = await resolveSite(input);
  if (site.fieldErrors) return { ok: false, fieldErrors: site.fieldErrors };
  const agency = await resolveAgency(userId, input);
  if (agency.invalid) return { ok: false, fieldErrors: { agencyId: "invalidInput" } };
  const id = newId();
  await db.registration.create({
    data: { id, userId, agencyId: agency.agencyId, ...fields(id, input, site.siteId), status: "PENDING", nextCheckAt: new Date() },
  });
  return { ok: true, id };
}

export async function updateRegistration(userId: string, id: string, input: RegistrationInput): Promise<SaveResult> {
  const existing = await db.registration.findFirst({ where: { id, userId }, select: { id: true, handleEnc: true, profileUrlEnc: true, status: true } });
  if (!existing) return { ok: false, notFound: true };
  const badPort = portError(input);
  if (badPort) return { ok: false, fieldErrors: badPort };
  const site = await resolveSite(input);
  if (site.fieldErrors) return { ok: false, fieldErrors: site.fieldErrors };
  const agency = await resolveAgency(userId, input);
  if (agency.invalid) return { ok: false, fieldErrors: { agencyId: "invalidInput" } };
  const data = { agencyId: agency.agencyId, ...fields(id, input, site.siteId), ...stateAfterEdit(existing, input) };
  const { count } = await db.registration.updateMany({ where: { id, userId }, data });
  // A different profile is checked at once by the worker, not at the old one's next turn.
  if (count === 1 && "nextCheckAt" in data) await db.job.updateMany({ where: { userId, uniqueKey: `check:${id}` }, data: { runAt: new Date() } });
  return count === 1 ? { ok: true, id } : { ok: false, notFound: true };
}

/** A different profile or handle is a different thing to watch: its history no longer says anything about it. */
function stateAfterEdit(existing: { id: string; handleEnc: string; profileUrlEnc: string; status: RegistrationStatus }, input: RegistrationInput) {
  const changed =
    openRegistration.handle(existing.id, existing.handleEnc) !== input.handle ||
    openRegistration.profileUrl(existing.id, existing.profileUrlEnc) !== input.profileUrl;
  if (changed) {
    return {
      status: "PENDING" as const,
      lastVerdict: null,
      lastReason: null,
      lastCheckedAt: null,
      lastHttpStatus: null,
      consecutiveGone: 0,
      goneSinceAt: null,
      goneConfirmedAt: null,
      consecutiveFailures: 0,
      baselineAt: null,
      baselineHandleFound: null,
      baselineTitleEnc: null,
      nextCheckAt: new Date(),
    };
  }
  if (input.withdrawalRequestedOn && existing.status === "VISIBLE") return { status: "WITHDRAWAL_REQUESTED" as const };
  if (!input.withdrawalRequestedOn && existing.status === "WITHDRAWAL_REQUESTED") return { status: "VISIBLE" as const };
  return {};
}

/** Deletes the registration with its checks; its evidence is kept for her cases unless she deletes it too. */
export async function deleteRegistration(userId: string, id: string): Promise<boolean> {
  const [, { count }] = await db.$transaction([
    db.job.deleteMany({ where: { userId, uniqueKey: `check:${id}` } }),
    db.registration.deleteMany({ where: { id, userId } }),
  ]);
  return count === 1;
}
