import "server-only";
// The 相談メモ a case bundle carries, built from the record as it is now (evidence, deadline, reminders, refusals),
// never a saved copy that may predate them. What only she can say (困っていること, いま望むこと) comes from the newest
// memo she wrote, with the day she wrote it on the memo.
import { letterPlainText, listCaseDocuments } from "../cases/documents";
import { renderLetterPdf } from "../letters/render-pdf";
import { inputFromDate } from "../time/tokyo-date";
import { buildCaseLetter } from "./case-letters";
import { situations as knownSituations, type Situation } from "./situations";

export type MemoFile = { name: string; data: Uint8Array | string };

export async function currentMemoFiles(userId: string, caseId: string): Promise<MemoFile[]> {
  const written = (await listCaseDocuments(userId, caseId)).find((d) => d.type === "memo" && d.inputs);
  const chosen = (written?.inputs?.situations ?? []).filter((s): s is Situation => (knownSituations as readonly string[]).includes(s));
  const letter = await buildCaseLetter(
    userId,
    caseId,
    { kind: "memo", situations: chosen, wants: written?.inputs?.wants ?? "", appiData: [], registrationId: "" },
    "ja",
    { answeredOn: written ? inputFromDate(written.createdAt) : undefined },
  );
  if (!letter) return [];
  const { title, paragraphs, date, sender, recipient } = letter;
  return [
    { name: "相談メモ.pdf", data: await renderLetterPdf({ title, paragraphs, date, sender, recipient }) },
    { name: "相談メモ.txt", data: letterPlainText(letter) },
  ];
}
