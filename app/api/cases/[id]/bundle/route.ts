// A case bundle (ZIP), streamed, only for the case's owner.
import { errorCode } from "@/lib/security/error-code";
import { getCurrentUser } from "@/lib/auth/session";
import { currentMemoFiles } from "@/lib/escalation/bundle-memo";
import { buildCaseBundle } from "@/lib/evidence/bundle";
import { contentDisposition } from "@/lib/evidence/file-name";
import { toWebStream } from "@/lib/evidence/web-stream";
import { isRecordId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401, headers: { "cache-control": "no-store" } });
  const { id } = await params;
  const bundle = isRecordId(id) ? await buildCaseBundle(user.id, id, { extraFiles: await currentMemoFiles(user.id, id) }) : null;
  if (!bundle) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  return new Response(
    toWebStream(bundle.stream, (error) => console.error("case bundle failed", errorCode(error))),
    {
      headers: {
        "content-type": "application/zip",
        "content-disposition": contentDisposition(bundle.fileName),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    },
  );
}
