// A saved letter as PDF (default) or plain text, rendered from its stored snapshot. Owner only.
import { authedRoute, failureResponse } from "@/lib/actions/authed-route";
import { getDocument } from "@/lib/cases/documents";
import { layoutNaiyou } from "@/lib/letters/naiyou-layout";
import { LetterTextError, renderLetterPdf, renderNaiyouPdf } from "@/lib/letters/render-pdf";

export const dynamic = "force-dynamic";

export const GET = authedRoute<{ id: string }>({
  ids: ["id"],
  run: async ({ userId, params: { id }, request }) => {
    const document = await getDocument(userId, id);
    if (!document) return failureResponse("notFound");
    const headers = { "cache-control": "no-store", "x-content-type-options": "nosniff" };
    if (new URL(request.url).searchParams.get("format") === "txt" || !document.letter) {
      return new Response(document.text, {
        headers: {
          ...headers,
          "content-type": "text/plain; charset=utf-8",
          "content-disposition": `attachment; filename="${document.type.toLowerCase()}.txt"`,
        },
      });
    }
    try {
      const { letter } = document;
      const pdf =
        document.type === "hq"
          ? await renderNaiyouPdf(letter.title, layoutNaiyou(document.text, { grid: "20x26" }))
          : await renderLetterPdf({
              title: letter.title,
              paragraphs: letter.paragraphs,
              date: letter.date,
              sender: letter.sender,
              recipient: letter.recipient,
            });
      return new Response(new Uint8Array(pdf), {
        headers: { ...headers, "content-type": "application/pdf", "content-disposition": `attachment; filename="${document.type}.pdf"` },
      });
    } catch (error) {
      if (error instanceof LetterTextError) return failureResponse("unsupportedCharacters");
      throw error;
    }
  },
});
