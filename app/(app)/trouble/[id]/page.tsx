import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { UploadForm } from "@/components/evidence/upload-form";
import { PageTitle } from "@/components/page-title";
import { DangerNotice } from "@/components/danger-notice";
import { DeleteTrouble } from "@/components/trouble/delete-trouble";
import { TroubleLetterForm } from "@/components/trouble/trouble-letter-form";
import { TroubleLetters } from "@/components/trouble/trouble-letters";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { formatSize } from "@/lib/evidence/format-size";
import { evidenceLimits } from "@/lib/evidence/limits";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { dateFromInput } from "@/lib/time/tokyo-date";
import { getTrouble, listTroubleDocuments } from "@/lib/trouble/data";
import { isRecordId } from "@/lib/validation/ids";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("trouble.title");
}

export default async function TroubleRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const record = isRecordId(id) ? await getTrouble(user.id, id) : null;
  if (!record) notFound();
  const documents = await listTroubleDocuments(user.id, record.id);
  const t = await getTranslations("trouble");
  const format = await getFormatter();
  const limits = evidenceLimits();
  const day = (value: string) => (value ? format.dateTime(dateFromInput(value)!, { dateStyle: "medium", timeZone: "Asia/Tokyo" }) : t("record.unknown"));
  const facts: [string, string][] = [
    [t("record.site"), record.siteName || t("record.unknown")],
    [t("record.customerId"), record.customerId],
    [t("record.firstContactOn"), day(record.firstContactOn)],
    [t("record.lastIncidentOn"), day(record.lastIncidentOn)],
  ];
  return (
    <div className="space-y-5">
      <Link href="/trouble" replace className="text-sm text-brand-700 underline">
        {t("record.back")}
      </Link>
      <PageTitle>{t(`kinds.${record.kind}`)}</PageTitle>
      <DangerNotice />
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("record.facts")}</h2>
        <dl className="space-y-2 text-sm">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="font-medium text-stone-600">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
          <div>
            <dt className="font-medium text-stone-600">{t("record.whatHappened")}</dt>
            <dd className="whitespace-pre-wrap break-words">{record.whatHappened}</dd>
          </div>
        </dl>
        <Link href={`/trouble/${record.id}/edit`} className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t("record.edit")}
        </Link>
      </Card>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("record.evidenceTitle")}</h2>
        <p className="text-sm text-stone-700">{t("record.evidenceHint")}</p>
        {record.evidence.length === 0 ? (
          <p className="text-stone-700">{t("record.evidenceEmpty")}</p>
        ) : (
          <ul aria-label={t("record.evidenceTitle")} className="space-y-2">
            {record.evidence.map((e) => (
              <li key={e.id} className="rounded-lg border border-stone-200 p-2 text-sm">
                <a href={`/api/evidence/${e.id}`} download className="break-all font-semibold text-brand-700 underline">
                  {e.fileName}
                </a>
                {e.description && <p className="whitespace-pre-wrap break-words">{e.description}</p>}
                <p className="text-stone-600">{format.dateTime(e.capturedAt, { dateStyle: "medium", timeStyle: "short" })}</p>
                <p className="break-all font-mono text-xs text-stone-600">SHA-256: {e.sha256}</p>
              </li>
            ))}
          </ul>
        )}
        <UploadForm
          cases={[]}
          troubleId={record.id}
          descriptionHint={t("record.descriptionHint")}
          maxFileBytes={limits.maxFileBytes}
          maxFileText={formatSize(limits.maxFileBytes)}
        />
        <Link href="/evidence" className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
          {t("record.evidenceAll")}
        </Link>
      </Card>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("letters.title")}</h2>
        <TroubleLetterForm
          troubleId={record.id}
          defaultKind={record.kind === "POSTED" || record.kind === "PERSONAL_INFO_POSTED" ? "takedown" : "site_report"}
        />
      </Card>
      <TroubleLetters documents={documents} />
      <DeleteTrouble troubleId={record.id} />
    </div>
  );
}
