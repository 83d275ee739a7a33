// The encrypted fields of evidence rows, bound to their rows. (Check snapshots are sealed by the checker:
// lib/registrations/crypto-fields.ts.)
import { decryptOptional, encryptOptional } from "../db/crypto";

export const sealEvidence = {
  fileName: (id: string, v: string | null) => encryptOptional(v, { model: "Evidence", field: "fileNameEnc", id }),
  description: (id: string, v: string | null) => encryptOptional(v, { model: "Evidence", field: "descriptionEnc", id }),
};

export const openEvidence = {
  fileName: (id: string, v: string | null) => decryptOptional(v, { model: "Evidence", field: "fileNameEnc", id }),
  description: (id: string, v: string | null) => decryptOptional(v, { model: "Evidence", field: "descriptionEnc", id }),
};

// Whether metadata was removed travels with the stored type as a MIME parameter ("image/jpeg;metadata=removed"),
// so the row says what the stored bytes are.
export function storedMimeType(mime: string, metadataRemoved: boolean): string {
  return metadataRemoved ? `${mime};metadata=removed` : mime;
}

export function parseStoredMimeType(stored: string | null): { mime: string; metadataRemoved: boolean } {
  const [mime, ...params] = (stored ?? "application/octet-stream").split(";");
  return { mime: mime.trim(), metadataRemoved: params.some((p) => p.trim() === "metadata=removed") };
}
