import "server-only";
import { db } from "../db/client";
import { sealEvidence, storedMimeType } from "./crypto-fields";
import { caseBelongsTo, getEvidenceUsage, listStorageKeys, troubleIsHers } from "./data";
import { evidenceLimits } from "./limits";
import { removeEvidenceFile, removeOrphanFiles, removeUserEvidenceFiles } from "./storage";
import type { UploadMeta } from "./schema";
import type { StoredUpload } from "./upload-pipeline";

export type UploadPlan =
  | { ok: true; caseId: string | null; troubleId: string | null; maxBytes: number }
  | { ok: false; error: "caseNotFound" | "quotaExceeded" | "fileTooLarge" };

/** Before any byte is stored: her case, and how much she may still upload (per file, and what is left of her space). */
export async function planUpload(userId: string, meta: Pick<UploadMeta, "caseId" | "size" | "troubleId">, limits = evidenceLimits()): Promise<UploadPlan> {
  if (meta.caseId && !(await caseBelongsTo(userId, meta.caseId))) return { ok: false, error: "caseNotFound" };
  if (meta.troubleId && !(await troubleIsHers(userId, meta.troubleId))) return { ok: false, error: "caseNotFound" };
  if (meta.size > limits.maxFileBytes) return { ok: false, error: "fileTooLarge" };
  const left = limits.maxUserBytes - (await getEvidenceUsage(userId));
  if (meta.size > left) return { ok: false, error: "quotaExceeded" };
  return { ok: true, caseId: meta.caseId || null, troubleId: meta.troubleId || null, maxBytes: Math.min(limits.maxFileBytes, left) };
}

/** The row for a file already complete on disk. If the row cannot be written, the file goes too. */
export async function createUploadedEvidence(
  userId: string,
  {
    evidenceId,
    stored,
    meta,
    caseId,
    troubleId = null,
    fileName,
  }: { evidenceId: string; stored: StoredUpload; meta: UploadMeta; caseId: string | null; troubleId?: string | null; fileName: string },
  limits = evidenceLimits(),
): Promise<{ ok: true; id: string } | { ok: false; error: "quotaExceeded" | "caseNotFound" }> {
  try {
    // Checked again now that the size is known: two uploads at once must not pass the limit together.
    if ((await getEvidenceUsage(userId)) + stored.storedBytes > limits.maxUserBytes) {
      await removeEvidenceFile(userId, stored.storageKey);
      return { ok: false, error: "quotaExceeded" };
    }
    if ((caseId && !(await caseBelongsTo(userId, caseId))) || (troubleId && !(await troubleIsHers(userId, troubleId)))) {
      await removeEvidenceFile(userId, stored.storageKey);
      return { ok: false, error: "caseNotFound" };
    }
    await db.evidence.create({
      data: {
        id: evidenceId,
        userId,
        kind: "UPLOAD",
        caseId,
        troubleId,
        fileNameEnc: sealEvidence.fileName(evidenceId, fileName),
        mimeType: storedMimeType(stored.type.mime, stored.metadataRemoved),
        sizeBytes: stored.storedBytes,
        storageKey: stored.storageKey,
        sha256: stored.sha256,
        descriptionEnc: sealEvidence.description(evidenceId, meta.description),
        capturedAt: new Date(meta.capturedAt),
      },
    });
    return { ok: true, id: evidenceId };
  } catch (error) {
    await removeEvidenceFile(userId, stored.storageKey);
    throw error;
  }
}

/** Her description and the case it belongs to; the file and its hash never change. */
export async function updateEvidence(userId: string, id: string, { description, caseId }: { description: string; caseId: string }): Promise<boolean> {
  if (caseId && !(await caseBelongsTo(userId, caseId))) return false;
  const { count } = await db.evidence.updateMany({
    where: { id, userId },
    data: { descriptionEnc: sealEvidence.description(id, description), caseId: caseId || null },
  });
  return count === 1;
}

/** Deletes the row, then its file: a failure in between leaves an orphan that removeOrphans clears, never a row
 *  pointing at nothing. */
export async function deleteEvidence(userId: string, id: string): Promise<boolean> {
  const found = await db.evidence.findFirst({ where: { id, userId }, select: { storageKey: true } });
  if (!found) return false;
  const { count } = await db.evidence.deleteMany({ where: { id, userId } });
  if (count === 1 && found.storageKey) await removeEvidenceFile(userId, found.storageKey);
  return count === 1;
}

/** Clears files of hers that no row points to. */
export async function removeOrphans(userId: string): Promise<string[]> {
  return removeOrphanFiles(userId, await listStorageKeys(userId));
}

/** For account deletion: every evidence file of hers (the rows go with the user by cascade). */
export async function deleteAllEvidenceFiles(userId: string): Promise<void> {
  await removeUserEvidenceFiles(userId);
}
