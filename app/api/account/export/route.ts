// Her full export (ZIP), streamed, only for the signed-in owner who has just confirmed her password for it.
import { errorCode } from "@/lib/security/error-code";
import { recordAuditEvent } from "@/lib/auth/audit";
import { authedRoute, failureResponse } from "@/lib/actions/authed-route";
import { claimExport } from "@/lib/auth/sessions";
import { buildAccountExport } from "@/lib/account/export";
import { contentDisposition } from "@/lib/evidence/file-name";
import { toWebStream } from "@/lib/evidence/web-stream";

export const dynamic = "force-dynamic";

export const GET = authedRoute({
  ids: [],
  run: async ({ userId, sessionId }) => {
    // Only right after she re-entered her password in settings (allowExportAction), and once: a session alone, in
    // whoever's hands her phone is, is not enough.
    if (!(await claimExport(sessionId, userId))) return failureResponse("forbidden");
    // Recorded first, so the export itself lists it.
    await recordAuditEvent(userId, "EXPORTED");
    const exported = await buildAccountExport(userId);
    if (!exported) return failureResponse("unauthenticated");
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
  },
});
