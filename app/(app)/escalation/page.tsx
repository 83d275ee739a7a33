import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DangerNotice } from "@/components/danger-notice";
import { Questionnaire } from "@/components/escalation/questionnaire";
import { PageTitle } from "@/components/page-title";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listCounsellingBodies } from "@/lib/bodies/data";
import { getWizardCase, listCases } from "@/lib/cases/data";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { isRecordId } from "@/lib/validation/ids";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("escalation.title");
}

export default async function EscalationPage({ searchParams }: { searchParams: Promise<{ case?: string }> }) {
  const user = await requireUser();
  const t = await getTranslations();
  const { case: caseId } = await searchParams;
  const [bodies, cases, fromCase] = await Promise.all([
    listCounsellingBodies(),
    listCases(user.id),
    isRecordId(caseId) ? getWizardCase(user.id, caseId) : null,
  ]);
  const sentCases = cases.filter((c) => c.status !== "DRAFT");
  return (
    <div className="space-y-5">
      <PageTitle lead={t("escalation.lead")}>{t("escalation.title")}</PageTitle>
      <DangerNotice />
      <Questionnaire bodies={bodies} defaultEmployment={fromCase?.contractType ?? "UNKNOWN"} signedIn />
      <Card className="space-y-2">
        <h2 className="font-semibold">{t("escalation.lettersTitle")}</h2>
        {sentCases.length === 0 ? (
          <p className="text-sm text-stone-700">{t("escalation.noCases")}</p>
        ) : (
          <>
            <p className="text-sm text-stone-700">{t("escalation.lettersFromCase")}</p>
            <ul className="space-y-1">
              {sentCases.map((c) => (
                <li key={c.id}>
                  <Link href={`/escalation/letters/${c.id}`} replace className="inline-flex min-h-11 items-center text-brand-700 underline">
                    {c.agencyName} — {t("escalation.lettersLink")}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
      <Link href="/trouble" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
        {t("trouble.links.escalation")}
      </Link>
      <Link href="/bodies" replace className="text-sm text-brand-700 underline">
        {t("escalation.bodiesLink")}
      </Link>
    </div>
  );
}
