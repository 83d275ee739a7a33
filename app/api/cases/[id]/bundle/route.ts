// A case bundle (ZIP), streamed, only for the case's owner.
import { errorCode } from "@/lib/security/error-code";
import { authedRoute, failureResponse } from "@/lib/actions/authed-route";
import { listCaseDocuments } from "@/lib/cases/documents";
import { buildCaseBundle, type ExtraFile } from "@/lib/evidence/bundle";
import { renderLetterPdf } from "@/lib/letters/render-pdf";
import { contentDisposition } from "@/lib/evidence/file-name";
import { toWebStream } from "@/lib/evidence/web-stream";

export const dynamic = "force-dynamic";

export const GET = authedRoute<{ id: string }>({
  ids: ["id"],
  run: async ({ userId, params: { id } }) => {
    const bundle = await buildCaseBundle(userId, id, { extraFiles: await latestMemo(userId, id) });
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

/** The newest 相談メモ written for the case, as PDF and text; none written yet leaves the bundle's placeholder. */
async function latestMemo(userId: string, caseId: string): Promise<ExtraFile[]> {
  const memo = (await listCaseDocuments(userId, caseId)).find((d) => d.type === "memo" && d.letter);
  if (!memo?.letter) return [];
  const { title, paragraphs, date, sender, recipient } = memo.letter;
  return [
    { name: "相談メモ.pdf", data: await renderLetterPdf({ title, paragraphs, date, sender, recipient }) },
    { name: "相談メモ.txt", data: memo.text },
  ];
}
