// PDFs of a case's letters, generated on request from the case as it stands. Only the case's owner gets them.
import { authedRoute, failureResponse } from "@/lib/actions/authed-route";
import { getWizardCase, letterInputOf } from "@/lib/cases/data";
import { formalNotice, naiyouText, reminderLetter } from "@/lib/cases/letter-text";
import { layoutNaiyou } from "@/lib/letters/naiyou-layout";
import { LetterTextError, renderLetterPdf, renderNaiyouPdf } from "@/lib/letters/render-pdf";
import { addDays, todayInTokyo } from "@/lib/time/tokyo-date";

export const dynamic = "force-dynamic";

const kinds = ["notice", "naiyou", "reminder"] as const;

export const GET = authedRoute<{ id: string; kind: string }>({
  ids: ["id"],
  run: async ({ userId, params: { id, kind } }) => {
    if (!(kinds as readonly string[]).includes(kind)) return failureResponse("notFound");
    const draft = await getWizardCase(userId, id);
    const letter = draft && letterInputOf(draft);
    if (!draft || !letter) return failureResponse("notFound");
    try {
      let pdf: Buffer;
      if (kind === "naiyou") {
        pdf = await renderNaiyouPdf("内容証明", layoutNaiyou(naiyouText(letter, "ja"), { grid: draft.grid, vertical: draft.vertical }));
      } else {
        const today = todayInTokyo();
        const doc = kind === "notice" ? formalNotice(letter, "ja") : reminderLetter({ ...letter, reminderDate: today, newDeadline: addDays(today, 7) }, "ja");
        pdf = await renderLetterPdf({ title: doc.title, paragraphs: doc.paragraphs, date: doc.date, sender: doc.sender, recipient: doc.recipient });
      }
      return new Response(new Uint8Array(pdf), {
        headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${kind}.pdf"`, "cache-control": "no-store" },
      });
    } catch (error) {
      if (error instanceof LetterTextError) return failureResponse("unsupportedCharacters");
      throw error;
    }
  },
});
