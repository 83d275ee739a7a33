import "server-only";
import { db } from "../db/client";
import { newId } from "../db/new-id";
import { openDocumentText, sealDocumentText } from "./crypto-fields";
import type { LetterDocument } from "./letter-text";

export type StoredLetter = LetterDocument & { citations?: { label: string; verified: boolean; sourceUrl?: string }[] };
type Stored = { format: "letter"; letter: StoredLetter; english?: StoredLetter } | { format: "text"; text: string };

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
export async function saveLetterDocument(userId: string, caseId: string, type: string, letter: StoredLetter, english?: StoredLetter): Promise<string | null> {
  const owned = await db.case.findFirst({ where: { id: caseId, userId }, select: { id: true } });
  if (!owned) return null;
  const id = newId();
  await db.document.create({
    data: { id, userId, caseId, type, language: "ja", textEnc: sealDocumentText(id, JSON.stringify({ format: "letter", letter, english } satisfies Stored)) },
  });
  return id;
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
