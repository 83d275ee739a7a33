import "server-only";
// Writes of her customer-trouble records, scoped by her user id.
import { db } from "../db/client";
import { newId } from "../db/new-id";
import { sealDocumentText } from "../cases/crypto-fields";
import type { StoredLetter } from "../cases/documents";
import { dateFromInput } from "../time/tokyo-date";
import { sealTrouble } from "./crypto-fields";
import type { TroubleInput, TroubleLetterKind } from "./schema";

/** Records one customer may bring: enough for any real life, and a bound on what a script can make. */
export const maxTroublesPerUser = 200;

export async function createTrouble(
  userId: string,
  input: TroubleInput,
): Promise<{ ok: true; id: string } | { ok: false; error: "limitReached" | "invalidInput" }> {
  if ((await db.customerTrouble.count({ where: { userId } })) >= maxTroublesPerUser) return { ok: false, error: "limitReached" };
  const slug = input.siteSlug === "other" || input.siteSlug === "" ? null : input.siteSlug;
  if (slug && (await db.site.count({ where: { slug } })) === 0) return { ok: false, error: "invalidInput" };
  const id = newId();
  await db.customerTrouble.create({
    data: {
      id,
      userId,
      siteSlug: slug,
      siteNameEnc: input.siteSlug === "other" ? sealTrouble.siteName(id, input.siteName) : null,
      customerIdEnc: sealTrouble.customerId(id, input.customerId),
      kind: input.kind,
      whatHappenedEnc: sealTrouble.whatHappened(id, input.whatHappened),
      firstContactOn: dateFromInput(input.firstContactOn),
      lastIncidentOn: dateFromInput(input.lastIncidentOn),
    },
  });
  return { ok: true, id };
}

/** Her corrections to a record (a later incident, a fuller account). Letters already made keep what they said. */
export async function updateTrouble(
  userId: string,
  id: string,
  input: TroubleInput,
): Promise<{ ok: true } | { ok: false; error: "notFound" | "invalidInput" }> {
  const slug = input.siteSlug === "other" || input.siteSlug === "" ? null : input.siteSlug;
  if (slug && (await db.site.count({ where: { slug } })) === 0) return { ok: false, error: "invalidInput" };
  const { count } = await db.customerTrouble.updateMany({
    where: { id, userId },
    data: {
      siteSlug: slug,
      siteNameEnc: input.siteSlug === "other" ? sealTrouble.siteName(id, input.siteName) : null,
      customerIdEnc: sealTrouble.customerId(id, input.customerId),
      kind: input.kind,
      whatHappenedEnc: sealTrouble.whatHappened(id, input.whatHappened),
      firstContactOn: dateFromInput(input.firstContactOn),
      lastIncidentOn: dateFromInput(input.lastIncidentOn),
    },
  });
  return count === 1 ? { ok: true } : { ok: false, error: "notFound" };
}

/** Deletes the record and its letters; her evidence stays in the locker, no longer tied to it. */
export async function deleteTrouble(userId: string, id: string): Promise<boolean> {
  const { count } = await db.customerTrouble.deleteMany({ where: { id, userId } });
  return count === 1;
}

/** Keeps a generated letter on her record exactly as generated (the PDF is rendered from this snapshot). */
export async function saveTroubleDocument(
  userId: string,
  troubleId: string,
  type: TroubleLetterKind,
  letter: StoredLetter,
  english?: StoredLetter,
): Promise<string | null> {
  const owned = await db.customerTrouble.findFirst({ where: { id: troubleId, userId }, select: { id: true } });
  if (!owned) return null;
  const id = newId();
  await db.document.create({
    data: {
      id,
      userId,
      troubleId,
      type: `trouble_${type}`,
      language: "ja",
      textEnc: sealDocumentText(id, JSON.stringify({ format: "letter", letter, english })),
    },
  });
  return id;
}
