// A case bundle (ZIP), streamed, only for the case's owner.
import { errorCode } from "@/lib/security/error-code";
import { getCurrentUser } from "@/lib/auth/session";
import { listCaseDocuments } from "@/lib/cases/documents";
import { buildCaseBundle, type ExtraFile } from "@/lib/evidence/bundle";
import { renderLetterPdf } from "@/lib/letters/render-pdf";
import { contentDisposition } from "@/lib/evidence/file-name";
import { toWebStream } from "@/lib/evidence/web-stream";
import { isRecordId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401, headers: { "cache-control": "no-store" } });
  const { id } = await params;
  const bundle = isRecordId(id) ? await buildCaseBundle(user.id, id, { extraFiles: await latestMemo(user.id, id) }) : null;
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
