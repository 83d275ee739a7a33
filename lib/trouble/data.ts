import "server-only";
// Reads of her customer-trouble records, always scoped by her user id.
import { db } from "../db/client";
import { openDocumentText } from "../cases/crypto-fields";
import { letterPlainText, type StoredLetter } from "../cases/documents";
import { openEvidence } from "../evidence/crypto-fields";
import { inputFromDate } from "../time/tokyo-date";
import { openTrouble } from "./crypto-fields";
import type { TroubleKind } from "./schema";

export type TroubleSummary = { id: string; kind: TroubleKind; siteName: string; customerId: string; lastIncidentOn: string; createdAt: Date };

type Row = { id: string; kind: TroubleKind; siteSlug: string | null; siteNameEnc: string | null; customerIdEnc: string };

async function siteNames(slugs: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(slugs.filter((s): s is string => !!s && s !== "other"))];
  if (wanted.length === 0) return new Map();
  const sites = await db.site.findMany({ where: { slug: { in: wanted } }, select: { slug: true, name: true } });
  return new Map(sites.map((s) => [s.slug, s.name]));
}

function siteNameOf(row: Row, names: Map<string, string>): string {
  return (row.siteSlug && names.get(row.siteSlug)) || openTrouble.siteName(row.id, row.siteNameEnc);
}

/** Her records, newest first. */
export async function listTroubles(userId: string): Promise<TroubleSummary[]> {
  const rows = await db.customerTrouble.findMany({
    where: { userId },
    select: { id: true, kind: true, siteSlug: true, siteNameEnc: true, customerIdEnc: true, lastIncidentOn: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  const names = await siteNames(rows.map((r) => r.siteSlug));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    siteName: siteNameOf(r, names),
    customerId: openTrouble.customerId(r.id, r.customerIdEnc),
    lastIncidentOn: inputFromDate(r.lastIncidentOn),
    createdAt: r.createdAt,
  }));
}

/** One record with its evidence (oldest capture first), or null when it is not hers. */
export async function getTrouble(userId: string, id: string) {
  const r = await db.customerTrouble.findFirst({
    where: { id, userId },
    include: {
      evidence: {
        where: { userId },
        select: { id: true, kind: true, fileNameEnc: true, descriptionEnc: true, sha256: true, capturedAt: true },
        orderBy: [{ capturedAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!r) return null;
  const names = await siteNames([r.siteSlug]);
  return {
    id: r.id,
    kind: r.kind,
    siteSlug: r.siteSlug ?? "",
    siteName: siteNameOf(r, names),
    customerId: openTrouble.customerId(r.id, r.customerIdEnc),
    whatHappened: openTrouble.whatHappened(r.id, r.whatHappenedEnc),
    firstContactOn: inputFromDate(r.firstContactOn),
    lastIncidentOn: inputFromDate(r.lastIncidentOn),
    createdAt: r.createdAt,
    evidence: r.evidence.map((e) => ({
      id: e.id,
      fileName: openEvidence.fileName(e.id, e.fileNameEnc) ?? (e.kind === "CHECK_SNAPSHOT" ? "snapshot.json" : "file"),
      description: openEvidence.description(e.id, e.descriptionEnc) ?? "",
      sha256: e.sha256,
      capturedAt: e.capturedAt,
    })),
  };
}
export type TroubleRecord = NonNullable<Awaited<ReturnType<typeof getTrouble>>>;

/** The letters kept on a record, newest first, with their plain text and English reading. */
export async function listTroubleDocuments(userId: string, troubleId: string) {
  const documents = await db.document.findMany({ where: { userId, troubleId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  return documents.map((d) => {
    const stored = readStored(openDocumentText(d.id, d.textEnc));
    return {
      id: d.id,
      type: d.type,
      createdAt: d.createdAt,
      letter: stored?.letter ?? null,
      text: stored ? letterPlainText(stored.letter) : "",
      englishText: stored?.english ? letterPlainText(stored.english) : null,
    };
  });
}

function readStored(text: string): { letter: StoredLetter; english?: StoredLetter } | null {
  try {
    const value = JSON.parse(text) as { format?: string; letter?: StoredLetter; english?: StoredLetter };
    return value?.format === "letter" && value.letter ? { letter: value.letter, english: value.english } : null;
  } catch {
    return null;
  }
}

/** Catalogue sites to choose from (public data, no user). */
export async function listTroubleSiteChoices() {
  return db.site.findMany({ select: { slug: true, name: true }, orderBy: [{ country: "desc" }, { name: "asc" }] });
}
