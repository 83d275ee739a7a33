// PDFs of a case's letters, generated on request from the case as it stands. Only the case's owner gets them.
import { getCurrentUser } from "@/lib/auth/session";
import { getWizardCase, letterInputOf } from "@/lib/cases/data";
import { formalNotice, naiyouText, reminderLetter } from "@/lib/cases/letter-text";
import { layoutNaiyou } from "@/lib/letters/naiyou-layout";
import { LetterTextError, renderLetterPdf, renderNaiyouPdf } from "@/lib/letters/render-pdf";
import { addDays, todayInTokyo } from "@/lib/time/tokyo-date";
import { isRecordId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

const kinds = ["notice", "naiyou", "reminder"] as const;

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; kind: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const { id, kind } = await params;
  if (!(kinds as readonly string[]).includes(kind) || !isRecordId(id)) return new Response("Not found", { status: 404 });
  const draft = await getWizardCase(user.id, id);
  const letter = draft && letterInputOf(draft);
  if (!draft || !letter) return new Response("Not found", { status: 404 });
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
    if (error instanceof LetterTextError) return new Response("The letter holds characters Japan Post does not accept", { status: 422 });
    throw error;
  }
}
