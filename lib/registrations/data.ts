import "server-only";
import { db } from "../db/client";
import type { RegistrationStatus, Verdict } from "../db/enums";
import type { Profile } from "../sites/schema";
import { parseStoredFacts } from "../sites/stored-facts";
import { inputFromDate } from "../time/tokyo-date";
import { openAgencyName } from "../agencies/crypto-fields";
import { openCheck, openRegistration, openSnapshot, registrationSiteName } from "./crypto-fields";

/** Days a profile may stay visible after a withdrawal request before it is raised as an alert. */
export const stillVisibleAlertDays = 14;
/** Failed checks in a row before "could not be checked" becomes an alert. */
export const failuresAlertCount = 3;

export type DashboardRow = {
  id: string;
  siteId: string | null;
  siteName: string;
  handle: string;
  status: RegistrationStatus;
  lastVerdict: Verdict | null;
  lastReason: string | null;
  lastCheckedAt: Date | null;
  lastHttpStatus: number | null;
  withdrawalRequestedAt: Date | null;
  consecutiveFailures: number;
  /** The first of the gone results in a row: a second one at least an hour later confirms it. */
  goneSinceAt?: Date | null;
};
export type Alert =
  | { kind: "stillVisible"; registrationId: string; siteName: string; handle: string; days: number }
  | { kind: "reappeared"; registrationId: string; siteName: string; handle: string }
  | { kind: "uncheckable"; registrationId: string; siteName: string; handle: string; failures: number };

const statusOrder: Record<RegistrationStatus, number> = { REAPPEARED: 0, WITHDRAWAL_REQUESTED: 1, VISIBLE: 2, UNCHECKABLE: 3, PENDING: 4, CONFIRMED_GONE: 5 };

/** The dashboard reads registrations only: each carries its last check, so no check rows are loaded. */
export async function getDashboard(userId: string, now = new Date()): Promise<{ rows: DashboardRow[]; alerts: Alert[] }> {
  const registrations = await db.registration.findMany({
    where: { userId },
    select: {
      id: true,
      siteId: true,
      handleEnc: true,
      customSiteNameEnc: true,
      status: true,
      lastVerdict: true,
      lastReason: true,
      lastCheckedAt: true,
      lastHttpStatus: true,
      withdrawalRequestedAt: true,
      consecutiveFailures: true,
      goneSinceAt: true,
      site: { select: { name: true } },
    },
  });
  const rows = registrations
    .map(({ handleEnc, site, customSiteNameEnc, ...r }) => ({
      ...r,
      siteName: registrationSiteName({ id: r.id, site, customSiteNameEnc }),
      handle: openRegistration.handle(r.id, handleEnc),
    }))
    .sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || a.siteName.localeCompare(b.siteName, "ja") || a.handle.localeCompare(b.handle, "ja"));
  return { rows, alerts: alertsFor(rows, now) };
}

export function alertsFor(rows: DashboardRow[], now: Date): Alert[] {
  const alerts: Alert[] = [];
  for (const r of rows) {
    const who = { registrationId: r.id, siteName: r.siteName, handle: r.handle };
    if (r.status === "REAPPEARED") alerts.push({ kind: "reappeared", ...who });
    const days = r.withdrawalRequestedAt ? Math.floor((now.getTime() - r.withdrawalRequestedAt.getTime()) / 86_400_000) : 0;
    if (r.withdrawalRequestedAt && r.lastVerdict === "VISIBLE" && r.status !== "REAPPEARED" && days >= stillVisibleAlertDays)
      alerts.push({ kind: "stillVisible", ...who, days });
    if (r.consecutiveFailures >= failuresAlertCount) alerts.push({ kind: "uncheckable", ...who, failures: r.consecutiveFailures });
  }
  return alerts;
}

/** One registration with its recent check history, kept evidence and baseline. */
export async function getRegistration(userId: string, id: string, historyLimit = 50) {
  const r = await db.registration.findFirst({
    where: { id, userId },
    include: {
      site: { select: { id: true, slug: true, name: true, ruleStatus: true, factsJson: true } },
      agency: { select: { id: true, nameEnc: true } },
      checks: { orderBy: { checkedAt: "desc" }, take: historyLimit },
      evidence: { where: { kind: "CHECK_SNAPSHOT" }, orderBy: { capturedAt: "desc" }, take: 20 },
    },
  });
  if (!r) return null;
  return {
    id: r.id,
    status: r.status,
    site: r.site ? { id: r.site.id, slug: r.site.slug, name: r.site.name, ruleStatus: r.site.ruleStatus } : null,
    agency: r.agency && { id: r.agency.id, name: openAgencyName(r.agency.id, r.agency.nameEnc) },
    siteFacts: parseStoredFacts(r.site?.factsJson),
    siteName: registrationSiteName(r),
    handle: openRegistration.handle(r.id, r.handleEnc),
    profileUrl: openRegistration.profileUrl(r.id, r.profileUrlEnc),
    registeredOn: r.registeredOn,
    withdrawalRequestedAt: r.withdrawalRequestedAt,
    goneConfirmedAt: r.goneConfirmedAt,
    lastVerdict: r.lastVerdict,
    goneSinceAt: r.goneSinceAt,
    nextCheckAt: r.nextCheckAt,
    baseline: r.baselineAt ? { at: r.baselineAt, handleFound: r.baselineHandleFound, title: openRegistration.baselineTitle(r.id, r.baselineTitleEnc) } : null,
    checks: r.checks.map((c) => ({
      id: c.id,
      checkedAt: c.checkedAt,
      verdict: c.verdict,
      reason: c.reason,
      httpStatus: c.httpStatus,
      durationMs: c.durationMs,
      finalUrl: openCheck.finalUrl(c.id, c.finalUrlEnc),
    })),
    evidence: r.evidence.map((e) => ({
      id: e.id,
      capturedAt: e.capturedAt,
      sha256: e.sha256,
      snapshot: e.snapshotEnc ? (JSON.parse(openSnapshot(e.id, e.snapshotEnc)) as Snapshot) : null,
    })),
  };
}
export type Snapshot = {
  checkedAt: string;
  url: string;
  finalUrl: string | null;
  httpStatus: number | null;
  verdict: Verdict;
  reason: string;
  bodySha256: string | null;
  excerpt: string | null;
};

/** The registration as the edit form needs it. */
export async function getRegistrationForEdit(userId: string, id: string) {
  const r = await db.registration.findFirst({ where: { id, userId } });
  if (!r) return null;
  return {
    siteId: r.siteId ?? "other",
    customSiteName: openRegistration.customSiteName(r.id, r.customSiteNameEnc) ?? "",
    confirmOtherDomain: !r.siteId,
    handle: openRegistration.handle(r.id, r.handleEnc),
    profileUrl: openRegistration.profileUrl(r.id, r.profileUrlEnc),
    confirmProfileUrl: true,
    agencyId: r.agencyId ?? "",
    newAgencyName: "",
    registeredOn: inputFromDate(r.registeredOn),
    withdrawalRequestedOn: inputFromDate(r.withdrawalRequestedAt),
  };
}

/** Sites for the picker: id, name, known domains and how a profile address is made (with the pattern's source). */
export async function listSiteChoices(): Promise<SiteChoice[]> {
  const sites = await db.site.findMany({
    select: { id: true, slug: true, name: true, country: true, domainsJson: true, factsJson: true },
    orderBy: [{ country: "desc" }, { name: "asc" }],
  });
  return sites.map(({ domainsJson, factsJson, ...s }) => {
    const profile = parseStoredFacts(factsJson)?.profile ?? null;
    return { ...s, domains: JSON.parse(domainsJson) as string[], profile };
  });
}
export type SiteChoice = { id: string; slug: string; name: string; country: string; domains: string[]; profile: Profile | null };

/** The catalogue slugs of the sites she has added, to tell which partner sites are already there. */
export async function listRegisteredSiteSlugs(userId: string): Promise<string[]> {
  const rows = await db.registration.findMany({ where: { userId, siteId: { not: null } }, select: { site: { select: { slug: true } } } });
  return [...new Set(rows.flatMap((r) => (r.site ? [r.site.slug] : [])))];
}
