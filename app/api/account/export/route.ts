// Her full export (ZIP), streamed, only for the signed-in owner.
import { errorCode } from "@/lib/security/error-code";
import { recordAuditEvent } from "@/lib/auth/audit";
import { getCurrentUser } from "@/lib/auth/session";
import { buildAccountExport } from "@/lib/account/export";
import { contentDisposition } from "@/lib/evidence/file-name";
import { toWebStream } from "@/lib/evidence/web-stream";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401, headers: { "cache-control": "no-store" } });
  // Recorded first, so the export itself lists it.
  await recordAuditEvent(user.id, "EXPORTED");
  const exported = await buildAccountExport(user.id);
  if (!exported) return new Response("Unauthorized", { status: 401, headers: { "cache-control": "no-store" } });
  return new Response(toWebStream(exported.stream, (error) => console.error("account export failed", errorCode(error))), {
    headers: {
      "content-type": "application/zip",
      "content-disposition": contentDisposition(exported.fileName),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
