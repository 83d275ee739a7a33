// A case bundle: every file filed under the case (decrypted), a manifest with their SHA-256 hashes, capture and
// upload times and descriptions, and the 相談メモ built from the record as it is now (lib/escalation/bundle-memo,
// passed in `extraFiles`; a placeholder only if it cannot be built). Streamed: nothing is held beyond a chunk.
import "server-only";
import { getCaseBundle, snapshotFileName, snapshotText } from "./data";
import { readEvidenceFile } from "./storage";
import { zipStream, type ZipEntry } from "./zip-stream";

export type ExtraFile = { name: string; data: Uint8Array | string };

export const consultationMemoPlaceholder = [
  "相談メモ",
  "",
  "このファイルは、相談メモ(PDF)が用意されるまでの仮のファイルです。",
  "同じフォルダの manifest.json に、証拠ファイルの一覧(ファイル名・SHA-256・撮影日時・保存日時・説明)があります。",
  "",
  "Consultation memo: a placeholder until the PDF is generated. manifest.json lists the evidence files with their SHA-256 hashes.",
  "",
].join("\n");

function safeEntryName(name: string): string {
  return name.replace(/[/\\]/g, "_").replace(/^\.+/, "_") || "file";
}

/** The bundle's name and its bytes as a stream; null when the case is not hers. */
export async function buildCaseBundle(userId: string, caseId: string, { extraFiles = [], now = new Date() }: { extraFiles?: ExtraFile[]; now?: Date } = {}) {
  const bundle = await getCaseBundle(userId, caseId);
  if (!bundle) return null;
  const entries: ZipEntry[] = [];
  const manifestItems = [];
  for (const [index, item] of bundle.items.entries()) {
    const base = item.kind === "CHECK_SNAPSHOT" ? snapshotFileName(item.capturedAt, item.id) : (item.fileName ?? `evidence-${item.id}`);
    const name = `files/${String(index + 1).padStart(3, "0")}-${safeEntryName(base)}`;
    if (item.kind === "UPLOAD" && item.storageKey) {
      const storageKey = item.storageKey;
      entries.push({ name, modified: item.capturedAt, data: () => readEvidenceFile(userId, storageKey, item.id) });
    } else if (item.snapshotEnc) {
      // The snapshot as the checker sealed it: its SHA-256 is of exactly this text.
      const text = snapshotText(item.id, item.snapshotEnc);
      entries.push({ name, modified: item.capturedAt, data: () => new TextEncoder().encode(text) });
    } else continue;
    manifestItems.push({
      file: name,
      kind: item.kind,
      sha256: item.sha256,
      sizeBytes: item.sizeBytes,
      mimeType: item.mime ?? "application/json",
      metadataRemoved: item.metadataRemoved,
      capturedAt: item.capturedAt.toISOString(),
      uploadedAt: item.uploadedAt.toISOString(),
      description: item.description ?? "",
      sourceUrl: item.snapshot?.url ?? null,
    });
  }
  const manifest = {
    format: "case-bundle/1",
    exportedAt: now.toISOString(),
    hashAlgorithm: "SHA-256",
    hashNote: "Each hash is of the file exactly as stored and included here (after metadata removal when metadataRemoved is true).",
    case: { id: bundle.id, agency: bundle.agencyName, createdAt: bundle.createdAt.toISOString() },
    items: manifestItems,
  };
  const encode = (data: Uint8Array | string) => (typeof data === "string" ? new TextEncoder().encode(data) : data);
  const head: ZipEntry[] = [{ name: "manifest.json", modified: now, data: () => encode(JSON.stringify(manifest, null, 2)) }];
  const extras = extraFiles.length > 0 ? extraFiles : [{ name: "相談メモ.txt", data: consultationMemoPlaceholder }];
  const tail = extras.map((f) => ({ name: safeEntryName(f.name), modified: now, data: () => encode(f.data) }));
  const stamp = new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
  return { fileName: `case-bundle-${stamp}.zip`, itemCount: manifestItems.length, stream: zipStream([...head, ...entries, ...tail]) };
}
