import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { BundleLinks } from "@/components/evidence/bundle-links";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { UploadForm } from "@/components/evidence/upload-form";
import { PageTitle } from "@/components/page-title";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getEvidenceUsage, listCaseChoices, listEvidence } from "@/lib/evidence/data";
import { formatSize } from "@/lib/evidence/format-size";
import { evidenceLimits } from "@/lib/evidence/limits";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { listTroubles } from "@/lib/trouble/data";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("evidence.title");
}

export default async function EvidencePage({ searchParams }: { searchParams: Promise<{ case?: string }> }) {
  const user = await requireUser();
  const { case: requestedCase } = await searchParams;
  const [items, caseChoices, used, troubleRows] = await Promise.all([
    listEvidence(user.id),
    listCaseChoices(user.id),
    getEvidenceUsage(user.id),
    listTroubles(user.id),
  ]);
  const t = await getTranslations("evidence");
  const tk = await getTranslations("trouble.kinds");
  const troubles = troubleRows.map((r) => ({ id: r.id, label: [tk(r.kind), r.siteName].filter(Boolean).join(" · ") }));
  const format = await getFormatter();
  const limits = evidenceLimits();
  const cases = caseChoices.map((c) => ({
    id: c.id,
    label: c.agencyName ?? t("bundle.unnamed", { date: format.dateTime(c.createdAt, { dateStyle: "medium" }) }),
  }));
  return (
    <div className="space-y-4">
      <PageTitle lead={t("intro")}>{t("title")}</PageTitle>
      <Card className="space-y-3">
        <h2 className="text-base font-semibold">{t("upload.title")}</h2>
        <p className="text-sm text-stone-700">
          {t("limits", { fileMax: formatSize(limits.maxFileBytes), userMax: formatSize(limits.maxUserBytes), used: formatSize(used) })}
        </p>
        <UploadForm
          cases={cases}
          maxFileBytes={limits.maxFileBytes}
          maxFileText={formatSize(limits.maxFileBytes)}
          defaultCaseId={cases.some((c) => c.id === requestedCase) ? requestedCase : ""}
        />
      </Card>
      <BundleLinks cases={cases} />
      <EvidenceList items={items} cases={cases} troubles={troubles} />
    </div>
  );
}
