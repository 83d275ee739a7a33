// Her full export (ZIP), streamed, only for the signed-in owner who has just confirmed her password for it.
import { errorCode } from "@/lib/security/error-code";
import { recordAuditEvent } from "@/lib/auth/audit";
import { getCurrentUser } from "@/lib/auth/session";
import { claimExport } from "@/lib/auth/sessions";
import { buildAccountExport } from "@/lib/account/export";
import { contentDisposition } from "@/lib/evidence/file-name";
import { toWebStream } from "@/lib/evidence/web-stream";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401, headers: { "cache-control": "no-store" } });
  // Only right after she re-entered her password in settings (allowExportAction), and once: a session alone, in
  // whoever's hands her phone is, is not enough.
  if (!(await claimExport(user.sessionId, user.id))) return new Response("Forbidden", { status: 403, headers: { "cache-control": "no-store" } });
  // Recorded first, so the export itself lists it.
  await recordAuditEvent(user.id, "EXPORTED");
  const exported = await buildAccountExport(user.id);
  if (!exported) return new Response("Unauthorized", { status: 401, headers: { "cache-control": "no-store" } });
  return new Response(
    toWebStream(exported.stream, (error) => console.error("account export failed", errorCode(error))),
    {
      headers: {
        "content-type": "application/zip",
        "content-disposition": contentDisposition(exported.fileName),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    },
  );
}
