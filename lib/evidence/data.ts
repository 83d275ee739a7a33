import "server-only";
import { db } from "../db/client";
import type { EvidenceKind, Verdict } from "../db/enums";
import { openAgencyName } from "../agencies/crypto-fields";
import { openSnapshot, registrationSiteName } from "../registrations/crypto-fields";
import { openEvidence, parseStoredMimeType } from "./crypto-fields";

export type SnapshotSummary = { url: string; finalUrl: string | null; httpStatus: number | null; verdict: Verdict };
export type EvidenceItem = {
  id: string;
  kind: EvidenceKind;
  fileName: string | null;
  description: string | null;
  mime: string | null;
  metadataRemoved: boolean;
  sizeBytes: number | null;
  sha256: string;
  capturedAt: Date;
  uploadedAt: Date;
  caseId: string | null;
  caseAgencyName: string | null;
  /** The customer-trouble record it belongs to, if any. */
  troubleId: string | null;
  siteName: string | null;
  snapshot: SnapshotSummary | null;
};

const itemSelect = {
  id: true,
  kind: true,
  fileNameEnc: true,
  descriptionEnc: true,
  mimeType: true,
  sizeBytes: true,
  sha256: true,
  snapshotEnc: true,
  capturedAt: true,
  uploadedAt: true,
  caseId: true,
  troubleId: true,
  case: { select: { agency: { select: { id: true, nameEnc: true } } } },
  registration: { select: { id: true, customSiteNameEnc: true, site: { select: { name: true } } } },
} as const;

type Row = {
  id: string;
  kind: EvidenceKind;
  fileNameEnc: string | null;
  descriptionEnc: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  sha256: string;
  snapshotEnc: string | null;
  capturedAt: Date;
  uploadedAt: Date;
  caseId: string | null;
  troubleId: string | null;
  case: { agency: AgencyRow | null } | null;
  registration: { id: string; customSiteNameEnc: string | null; site: { name: string } | null } | null;
};

type AgencyRow = { id: string; nameEnc: string | null };
const agencyName = (agency: AgencyRow | null | undefined) => (agency ? openAgencyName(agency.id, agency.nameEnc) : null);

export function snapshotText(id: string, snapshotEnc: string): string {
  return openSnapshot(id, snapshotEnc);
}

function toItem(r: Row): EvidenceItem {
  const snapshot = r.snapshotEnc ? (JSON.parse(snapshotText(r.id, r.snapshotEnc)) as SnapshotSummary) : null;
  const type = r.mimeType ? parseStoredMimeType(r.mimeType) : null;
  return {
    id: r.id,
    kind: r.kind,
    fileName: openEvidence.fileName(r.id, r.fileNameEnc),
    description: openEvidence.description(r.id, r.descriptionEnc),
    mime: type?.mime ?? null,
    metadataRemoved: type?.metadataRemoved ?? false,
    sizeBytes: r.sizeBytes,
    sha256: r.sha256,
    capturedAt: r.capturedAt,
    uploadedAt: r.uploadedAt,
    caseId: r.caseId,
    caseAgencyName: agencyName(r.case?.agency),
    troubleId: r.troubleId,
    siteName: r.registration ? registrationSiteName(r.registration) : null,
    snapshot: snapshot && { url: snapshot.url, finalUrl: snapshot.finalUrl, httpStatus: snapshot.httpStatus, verdict: snapshot.verdict },
  };
}

/** Her locker: uploads and check snapshots, newest capture first. */
export async function listEvidence(userId: string, take = 200): Promise<EvidenceItem[]> {
  const rows = await db.evidence.findMany({ where: { userId }, select: itemSelect, orderBy: [{ capturedAt: "desc" }, { id: "asc" }], take });
  return rows.map(toItem);
}

/** Bytes she keeps (uploads as stored), for the per-user limit. */
export async function getEvidenceUsage(userId: string): Promise<number> {
  const { _sum } = await db.evidence.aggregate({ where: { userId, kind: "UPLOAD" }, _sum: { sizeBytes: true } });
  return _sum.sizeBytes ?? 0;
}

/** Her cases, for linking evidence and exporting bundles. */
export async function listCaseChoices(userId: string) {
  const cases = await db.case.findMany({
    where: { userId },
    select: { id: true, createdAt: true, agency: { select: { id: true, nameEnc: true } } },
    orderBy: { createdAt: "desc" },
  });
  return cases.map((c) => ({ id: c.id, agencyName: agencyName(c.agency), createdAt: c.createdAt }));
}

/** Whether a customer-trouble record is hers (evidence may be filed under it). */
export async function troubleIsHers(userId: string, troubleId: string): Promise<boolean> {
  return (await db.customerTrouble.count({ where: { id: troubleId, userId } })) === 1;
}

export async function caseBelongsTo(userId: string, caseId: string): Promise<boolean> {
  return (await db.case.count({ where: { id: caseId, userId } })) === 1;
}

export type EvidenceDownload =
  | { kind: "UPLOAD"; id: string; fileName: string; mime: string; storageKey: string; sizeBytes: number; sha256: string }
  | { kind: "CHECK_SNAPSHOT"; id: string; fileName: string; text: string; sha256: string };

/** What a download needs, only for its owner. */
export async function getEvidenceDownload(userId: string, id: string): Promise<EvidenceDownload | null> {
  const r = await db.evidence.findFirst({
    where: { id, userId },
    select: { id: true, kind: true, fileNameEnc: true, mimeType: true, storageKey: true, sizeBytes: true, sha256: true, snapshotEnc: true, capturedAt: true },
  });
  if (!r) return null;
  if (r.kind === "UPLOAD" && r.storageKey) {
    return {
      kind: "UPLOAD",
      id: r.id,
      fileName: openEvidence.fileName(r.id, r.fileNameEnc) ?? "evidence",
      mime: parseStoredMimeType(r.mimeType).mime,
      storageKey: r.storageKey,
      sizeBytes: r.sizeBytes ?? 0,
      sha256: r.sha256,
    };
  }
  if (r.kind === "CHECK_SNAPSHOT" && r.snapshotEnc) {
    return { kind: "CHECK_SNAPSHOT", id: r.id, fileName: snapshotFileName(r.capturedAt, r.id), text: snapshotText(r.id, r.snapshotEnc), sha256: r.sha256 };
  }
  return null;
}

export function snapshotFileName(capturedAt: Date, id: string): string {
  const stamp = new Date(capturedAt.getTime() + 9 * 3600_000).toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  return `check-snapshot-${stamp}-${id.slice(-6)}.json`;
}

/** A case and everything filed under it, for the bundle. */
export async function getCaseBundle(userId: string, caseId: string) {
  const found = await db.case.findFirst({
    where: { id: caseId, userId },
    select: { id: true, createdAt: true, agency: { select: { id: true, nameEnc: true } } },
  });
  if (!found) return null;
  const rows = await db.evidence.findMany({
    where: { userId, caseId },
    select: { ...itemSelect, storageKey: true },
    orderBy: [{ capturedAt: "asc" }, { id: "asc" }],
  });
  return {
    id: found.id,
    agencyName: agencyName(found.agency),
    createdAt: found.createdAt,
    items: rows.map((r) => ({ ...toItem(r), storageKey: r.storageKey, snapshotEnc: r.snapshotEnc })),
  };
}

/** Storage keys of her rows, to tell orphaned files from kept ones. */
export async function listStorageKeys(userId: string): Promise<Set<string>> {
  const rows = await db.evidence.findMany({ where: { userId, storageKey: { not: null } }, select: { storageKey: true } });
  return new Set(rows.map((r) => r.storageKey!));
}
