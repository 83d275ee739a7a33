// Download: the decrypted file, streamed, only to its owner (anyone else gets the same 404 as for an id that does
// not exist). Always an attachment of an inert type, so nothing she uploaded can run as a page of this app.
import { errorCode } from "@/lib/security/error-code";
import { getCurrentUser } from "@/lib/auth/session";
import { getEvidenceDownload } from "@/lib/evidence/data";
import { contentDisposition } from "@/lib/evidence/file-name";
import { readEvidenceFile } from "@/lib/evidence/storage";
import { toWebStream } from "@/lib/evidence/web-stream";
import { isRecordId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401, headers: { "cache-control": "no-store" } });
  const { id } = await params;
  const item = isRecordId(id) ? await getEvidenceDownload(user.id, id) : null;
  if (!item) return notFound();
  const headers = {
    "content-disposition": contentDisposition(item.fileName),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
    "x-evidence-sha256": item.sha256,
  };
  if (item.kind === "CHECK_SNAPSHOT") {
    return new Response(item.text, { headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
  }
  // Only the sniffed, allow-listed media types are ever stored, so the type is safe to send (never HTML or SVG).
  const body = toWebStream(readEvidenceFile(user.id, item.storageKey, item.id), (error) => console.error("evidence download failed", errorCode(error)));
  return new Response(body, { headers: { ...headers, "content-type": item.mime, "content-length": String(item.sizeBytes) } });
}
