// Download: the decrypted file, streamed, only to its owner (anyone else gets the same 404 as for an id that does
// not exist). Always an attachment of an inert type, so nothing she uploaded can run as a page of this app.
import { errorCode } from "@/lib/security/error-code";
import { authedRoute, failureResponse } from "@/lib/actions/authed-route";
import { getEvidenceDownload } from "@/lib/evidence/data";
import { contentDisposition } from "@/lib/evidence/file-name";
import { readEvidenceFile } from "@/lib/evidence/storage";
import { toWebStream } from "@/lib/evidence/web-stream";

export const dynamic = "force-dynamic";

export const GET = authedRoute<{ id: string }>({
  ids: ["id"],
  run: async ({ userId, params: { id } }) => {
    const item = await getEvidenceDownload(userId, id);
    if (!item) return failureResponse("notFound");
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
    const body = toWebStream(readEvidenceFile(userId, item.storageKey, item.id), (error) => console.error("evidence download failed", errorCode(error)));
    return new Response(body, { headers: { ...headers, "content-type": item.mime, "content-length": String(item.sizeBytes) } });
  },
});
