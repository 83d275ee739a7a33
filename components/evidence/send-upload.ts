// Sends one file as the raw request body with its details in a header, reporting progress (fetch cannot report
// upload progress, XMLHttpRequest can).
import { uploadMetaHeader, type UploadMeta } from "@/lib/evidence/schema";

export type UploadResponse =
  | { ok: true; data: { id: string; sha256: string; sizeBytes: number; metadataRemoved: boolean; fileName: string } }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

export function sendUpload(file: File, meta: UploadMeta, onProgress: (percent: number) => void): Promise<UploadResponse> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/evidence");
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.setRequestHeader(uploadMetaHeader, encodeURIComponent(JSON.stringify(meta)));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.floor((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as UploadResponse);
      } catch {
        resolve({ ok: false, error: xhr.status === 413 ? "fileTooLarge" : "generic" });
      }
    };
    xhr.onerror = () => resolve({ ok: false, error: "network" });
    xhr.send(file);
  });
}
