// A case bundle (ZIP), streamed, only for the case's owner. Its 相談メモ is written from the record as it is now.
import { errorCode } from "@/lib/security/error-code";
import { authedRoute, failureResponse } from "@/lib/actions/authed-route";
import { currentMemoFiles } from "@/lib/escalation/bundle-memo";
import { buildCaseBundle } from "@/lib/evidence/bundle";
import { contentDisposition } from "@/lib/evidence/file-name";
import { toWebStream } from "@/lib/evidence/web-stream";

export const dynamic = "force-dynamic";

export const GET = authedRoute<{ id: string }>({
  ids: ["id"],
  run: async ({ userId, params: { id } }) => {
    const bundle = await buildCaseBundle(userId, id, { extraFiles: await currentMemoFiles(userId, id) });
    if (!bundle) return failureResponse("notFound");
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
  },
});
