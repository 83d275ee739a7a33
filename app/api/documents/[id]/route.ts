// A saved letter as PDF (default) or plain text, rendered from its stored snapshot. Owner only.
import { getCurrentUser } from "@/lib/auth/session";
import { getDocument } from "@/lib/cases/documents";
import { layoutNaiyou } from "@/lib/letters/naiyou-layout";
import { LetterTextError, renderLetterPdf, renderNaiyouPdf } from "@/lib/letters/render-pdf";
import { isRecordId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const { id } = await params;
  const document = isRecordId(id) ? await getDocument(user.id, id) : null;
  if (!document) return new Response("Not found", { status: 404 });
  const headers = { "cache-control": "no-store", "x-content-type-options": "nosniff" };
  if (new URL(request.url).searchParams.get("format") === "txt" || !document.letter) {
    return new Response(document.text, {
      headers: { ...headers, "content-type": "text/plain; charset=utf-8", "content-disposition": `attachment; filename="${document.type.toLowerCase()}.txt"` },
    });
  }
  try {
    const { letter } = document;
    const pdf =
      document.type === "hq"
        ? await renderNaiyouPdf(letter.title, layoutNaiyou(document.text, { grid: "20x26" }))
        : await renderLetterPdf({ title: letter.title, paragraphs: letter.paragraphs, date: letter.date, sender: letter.sender, recipient: letter.recipient });
    return new Response(new Uint8Array(pdf), {
      headers: { ...headers, "content-type": "application/pdf", "content-disposition": `attachment; filename="${document.type}.pdf"` },
    });
  } catch (error) {
    if (error instanceof LetterTextError) return new Response("The letter holds characters Japan Post does not accept", { status: 422 });
    throw error;
  }
}
