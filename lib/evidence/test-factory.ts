// Evidence with a real encrypted file on disk, for integration tests.
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db/client";
import { newId } from "../db/new-id";
import { sealSnapshot } from "../registrations/crypto-fields";
import { cleanFileName } from "./file-name";
import { createUploadedEvidence } from "./mutations";
import { storeUpload } from "./upload-pipeline";

export async function* once(data: Buffer) {
  yield data;
}

export function pdfBytes(size = 2000): Buffer {
  return Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(Math.max(0, size - 9))]);
}

export async function uploadEvidence(
  userId: string,
  { data = pdfBytes(), caseId = null as string | null, description = "メモ", fileName = "letter.pdf", strip = false } = {},
) {
  const evidenceId = newId();
  const stored = await storeUpload({ userId, evidenceId, body: once(data), maxBytes: data.length, stripMetadata: strip });
  const meta = { fileName, size: data.length, description, capturedAt: "2026-01-02T03:04:05.000Z", caseId: caseId ?? "", stripMetadata: strip };
  // Cleaned as the upload route cleans it.
  const saved = await createUploadedEvidence(userId, { evidenceId, stored, meta, caseId, fileName: cleanFileName(fileName, stored.type) });
  if (!saved.ok) throw new Error(saved.error);
  return { id: evidenceId, stored, data };
}

/** A check snapshot as lib/registrations/record-check.ts keeps it. */
export async function snapshotEvidence(userId: string, caseId: string | null) {
  const id = newId();
  const text = JSON.stringify({
    checkedAt: "2026-01-03T00:00:00.000Z",
    url: "https://example.test/p/himari",
    finalUrl: null,
    httpStatus: 200,
    verdict: "VISIBLE",
    reason: "handle_found",
    bodySha256: null,
    excerpt: "ひまり",
  });
  await db.evidence.create({
    data: {
      id,
      userId,
      kind: "CHECK_SNAPSHOT",
      caseId,
      capturedAt: new Date("2026-01-03T00:00:00Z"),
      sha256: createHash("sha256").update(text).digest("hex"),
      snapshotEnc: sealSnapshot(id, text),
    },
  });
  return { id, text };
}
