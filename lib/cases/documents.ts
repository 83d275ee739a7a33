import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db/client";
import { newId } from "../db/new-id";
import { openDocumentText, sealDocumentText } from "./crypto-fields";
import type { LetterDocument } from "./letter-text";

export type StoredLetter = LetterDocument & { citations?: { label: string; verified: boolean; sourceUrl?: string }[] };
/** What she wrote into a letter herself (the 相談メモ's checklist and wishes), kept so a bundle can rebuild it. */
export type LetterInputs = { situations: string[]; wants: string };
/** `recordStamp` fingerprints the case record the letter was built from (caseRecordState). */
type LetterExtras = { inputs?: LetterInputs; recordStamp?: string };
type Stored = ({ format: "letter"; letter: StoredLetter; english?: StoredLetter } & LetterExtras) | { format: "text"; text: string };

function parse(text: string): Stored {
  try {
    const value = JSON.parse(text) as Stored;
    if (value && value.format === "letter") return value;
  } catch {}
  return { format: "text", text };
}

/** Plain text of a stored letter, in the usual order. */
export function letterPlainText(letter: LetterDocument): string {
  return [
    letter.title,
    "",
    letter.date,
    "",
    letter.recipient.address,
    letter.recipient.name,
    "",
    ...letter.paragraphs,
    "",
    letter.sender.address,
    letter.sender.name,
  ]
    .filter((line, i, all) => line !== undefined && !(line === "" && all[i - 1] === ""))
    .join("\n");
}

/** Keeps a generated letter on the case exactly as generated: the PDF is always rendered from this snapshot. */
export async function saveLetterDocument(
  userId: string,
  caseId: string,
  type: string,
  letter: StoredLetter,
  english?: StoredLetter,
  extras: LetterExtras = {},
): Promise<string | null> {
  const owned = await db.case.findFirst({ where: { id: caseId, userId }, select: { id: true } });
  if (!owned) return null;
  const id = newId();
  const stored: Stored = { format: "letter", letter, english, ...extras };
  await db.document.create({ data: { id, userId, caseId, type, language: "ja", textEnc: sealDocumentText(id, JSON.stringify(stored)) } });
  return id;
}

/**
 * A fingerprint of what a letter is built from (the case's dates and status, its events, its evidence) and when it
 * last changed: a letter whose stamp differs was written before the record changed (a deletion counts too).
 */
export async function caseRecordState(userId: string, caseId: string): Promise<{ stamp: string; changedAt: Date } | null> {
  const c = await db.case.findFirst({
    where: { id: caseId, userId },
    select: {
      status: true,
      deadline: true,
      updatedAt: true,
      events: { select: { id: true, updatedAt: true }, orderBy: { id: "asc" } },
      evidence: { select: { id: true, sha256: true, uploadedAt: true }, orderBy: { id: "asc" } },
    },
  });
  if (!c) return null;
  const parts = [
    c.status,
    c.deadline?.toISOString() ?? "",
    ...c.events.map((e) => `e:${e.id}:${e.updatedAt.getTime()}`),
    ...c.evidence.map((e) => `v:${e.id}:${e.sha256}`),
  ];
  const times = [c.updatedAt, ...c.events.map((e) => e.updatedAt), ...c.evidence.map((e) => e.uploadedAt)].map((d) => d.getTime());
  return { stamp: createHash("sha256").update(parts.join("\n")).digest("hex").slice(0, 32), changedAt: new Date(Math.max(...times)) };
}

export async function listCaseDocuments(userId: string, caseId: string) {
  const documents = await db.document.findMany({ where: { userId, caseId }, orderBy: { createdAt: "desc" } });
  return documents.map((d) => {
    const stored = parse(openDocumentText(d.id, d.textEnc));
    return {
      id: d.id,
      type: d.type,
      createdAt: d.createdAt,
      letter: stored.format === "letter" ? stored.letter : null,
      inputs: stored.format === "letter" ? (stored.inputs ?? null) : null,
      recordStamp: stored.format === "letter" ? (stored.recordStamp ?? null) : null,
      text: stored.format === "letter" ? letterPlainText(stored.letter) : stored.text,
      englishText: stored.format === "letter" && stored.english ? letterPlainText(stored.english) : null,
    };
  });
}

export async function getDocument(userId: string, id: string) {
  const d = await db.document.findFirst({ where: { id, userId } });
  if (!d) return null;
  const stored = parse(openDocumentText(d.id, d.textEnc));
  return {
    id: d.id,
    type: d.type,
    letter: stored.format === "letter" ? stored.letter : null,
    text: stored.format === "letter" ? letterPlainText(stored.letter) : stored.text,
  };
}
