import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { letterInputOf, type WizardCase } from "@/lib/cases/data";
import { documentText, formalNotice, naiyouText, shortMessage } from "@/lib/cases/letter-text";
import { layoutNaiyou } from "@/lib/letters/naiyou-layout";
import { LettersPreview } from "./letters-preview";
import { SenderForm } from "./sender-form";

/** Step 5: her details for the letters, then the letters themselves. */
export async function MessageStep({ draft, showLetters }: { draft: WizardCase; showLetters: boolean }) {
  const t = await getTranslations("wizard");
  const letter = letterInputOf(draft);
  return (
    <div className="space-y-6">
      <SenderForm
        caseId={draft.id}
        defaults={{
          senderName: draft.senderName,
          senderAddress: draft.senderAddress,
          agencyAddress: draft.agencyAddress,
          grid: draft.grid,
          vertical: draft.vertical,
        }}
      />
      {showLetters && letter && (
        <>
          <LettersPreview
            caseId={draft.id}
            agreement={letter.legalBasis === "agreement_request"}
            shortMessage={shortMessage(letter, "ja")}
            noticeText={documentText(formalNotice(letter, "ja"), "ja")}
            naiyou={layoutNaiyou(naiyouText(letter, "ja"), { grid: draft.grid, vertical: draft.vertical })}
            english={{ shortMessage: shortMessage(letter, "en"), noticeText: documentText(formalNotice(letter, "en"), "en") }}
          />
          <Link href={`/withdrawal/${draft.id}/step/6`} replace className={buttonClass("primary", "w-full")}>
            {t("message.toSent")}
          </Link>
        </>
      )}
    </div>
  );
}
