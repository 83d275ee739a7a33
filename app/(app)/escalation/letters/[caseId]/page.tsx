import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { LetterForm } from "@/components/escalation/letter-form";
import { letterKindKey } from "@/components/escalation/letter-kind-key";
import { PageTitle } from "@/components/page-title";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { CopyButton } from "@/components/wizard/copy-button";
import { requireUser } from "@/lib/auth/session";
import { getCase } from "@/lib/cases/data";
import { caseRecordState, listCaseDocuments } from "@/lib/cases/documents";
import { letterKinds } from "@/lib/escalation/letter-request-schema";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("escalation.lettersTitle");
}

export default async function CaseLettersPage({ params }: { params: Promise<{ caseId: string }> }) {
  const user = await requireUser();
  const { caseId } = await params;
  const found = await getCase(user.id, caseId);
  if (!found || found.status === "DRAFT") notFound();
  const t = await getTranslations();
  const format = await getFormatter();
  const [documents, record] = await Promise.all([listCaseDocuments(user.id, caseId), caseRecordState(user.id, caseId)]);
  // A letter built from the record is out of date once the record changed; the texts as sent are what was sent.
  const stale = (d: (typeof documents)[number]) =>
    Boolean(record) &&
    (letterKinds as readonly string[]).includes(d.type) &&
    (d.recordStamp ? d.recordStamp !== record?.stamp : (record?.changedAt ?? d.createdAt) > d.createdAt);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const agreement = found.legalBasis === "agreement_request";
  const typeKey = (type: string) => `escalation.documentTypes.${letterKindKey(type, agreement)}`;
  return (
    <div className="space-y-5">
      <Link href={`/withdrawal/${caseId}`} replace className="text-sm text-brand-700 underline">
        {t("escalation.backToCase")}
      </Link>
      <PageTitle lead={found.agencyName}>{t("escalation.lettersTitle")}</PageTitle>
      <Card>
        <LetterForm
          caseId={caseId}
          agreement={agreement}
          registrations={found.registrations.map((r) => ({ id: r.id, label: `${r.siteName} · ${r.handle}` }))}
        />
      </Card>
      <section id="documents" aria-labelledby="documents-title" className="scroll-mt-20 space-y-3">
        <h2 id="documents-title" className="text-lg font-semibold">
          {t("escalation.savedLetters")}
        </h2>
        {documents.map((d) => (
          <Card key={d.id} className="space-y-2">
            <h3 className="font-semibold">{t.has(typeKey(d.type)) ? t(typeKey(d.type)) : d.type}</h3>
            <p className="text-sm text-stone-600">{t("escalation.madeOn", { date: when(d.createdAt) })}</p>
            {stale(d) && record && <Notice tone="warning">{t("escalation.recordChanged", { date: when(record.changedAt) })}</Notice>}
            {d.type === "memo" && <p className="text-sm text-stone-600">{t("escalation.bundleMemoNote")}</p>}
            <details>
              <summary className="min-h-11 cursor-pointer text-brand-700 underline">{t("escalation.showText")}</summary>
              <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-stone-50 p-2 font-sans text-sm">{d.text}</pre>
            </details>
            {d.englishText && (
              <details>
                <summary className="min-h-11 cursor-pointer text-brand-700 underline">{t("escalation.showEnglish")}</summary>
                <pre lang="en" className="mt-2 whitespace-pre-wrap break-words rounded bg-stone-50 p-2 font-sans text-sm">
                  {d.englishText}
                </pre>
              </details>
            )}
            {d.letter?.citations && d.letter.citations.length > 0 && (
              <ul className="space-y-1 text-xs text-stone-700">
                {d.letter.citations.map((c) => (
                  <li key={c.label}>
                    {c.sourceUrl ? (
                      <a href={c.sourceUrl} target="_blank" rel="noopener noreferrer" className="underline">
                        {c.label}
                      </a>
                    ) : (
                      c.label
                    )}{" "}
                    {!c.verified && <Badge tone="warning">{t("common.unverified")}</Badge>}
                  </li>
                ))}
              </ul>
            )}
            <div className="flex flex-wrap items-center gap-3">
              <CopyButton text={d.text} />
              {d.letter && (
                <a href={`/api/documents/${d.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                  {t("escalation.pdf")}
                </a>
              )}
            </div>
          </Card>
        ))}
      </section>
    </div>
  );
}
