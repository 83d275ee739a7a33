import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect, RedirectType } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { EventForm } from "@/components/cases/event-form";
import { Timeline } from "@/components/cases/timeline";
import { PageTitle } from "@/components/page-title";
import { StatusBadge } from "@/components/registrations/status-badge";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/session";
import { getCase } from "@/lib/cases/data";
import { daysLeft } from "@/lib/cases/deadline-state";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("case.title");
}

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const found = await getCase(user.id, id);
  if (!found) notFound();
  if (found.status === "DRAFT") redirect(`/withdrawal/${id}/step/1`, RedirectType.replace);
  const t = await getTranslations();
  const format = await getFormatter();
  const left = found.deadline ? daysLeft(found.deadline) : null;
  const open = ["SENT", "NO_REPLY", "REPLIED"].includes(found.status);
  const overdue = open && left !== null && left < 0;
  // She asked for agreement: the follow-up asks again rather than demanding, and is named so.
  const agreement = found.legalBasis === "agreement_request";
  const allGone = found.registrations.length > 0 && found.registrations.every((r) => r.status === "CONFIRMED_GONE");
  return (
    <div className="space-y-4">
      <Link href="/withdrawal" replace className="text-sm text-brand-700 underline">
        {t("case.back")}
      </Link>
      <PageTitle lead={t(`caseStatus.${found.status}`)}>{found.agencyName}</PageTitle>
      <Card className="space-y-2 text-sm">
        {found.sentAt && (
          <p>
            {t("case.sentOn", {
              date: format.dateTime(found.sentAt, { dateStyle: "long" }),
              channel: found.channel ? t(`wizard.channels.${found.channel}`) : "",
            })}
          </p>
        )}
        {found.deadline && (
          <p className="text-base font-semibold">
            {t("case.deadline", { date: format.dateTime(found.deadline, { dateStyle: "long" }) })}{" "}
            {/* A short phrase that must not break before its last kana at 390 px. */}
            {open && left !== null && (
              <span className="whitespace-nowrap">{left >= 0 ? t("case.daysLeft", { days: left }) : t("case.daysOver", { days: -left })}</span>
            )}
          </p>
        )}
        {found.effectiveDate && (
          <p>{t(agreement ? "case.proposedEndDate" : "case.effectiveDate", { date: format.dateTime(found.effectiveDate, { dateStyle: "long" }) })}</p>
        )}
        <div className="flex flex-wrap gap-x-4">
          {found.deadline && (
            <a href={`/api/cases/${found.id}/calendar`} className="inline-flex min-h-11 items-center text-brand-700 underline">
              {t("case.calendar")}
            </a>
          )}
          <a href={`/api/cases/${found.id}/documents/notice`} className="inline-flex min-h-11 items-center text-brand-700 underline">
            {t("case.noticePdf")}
          </a>
          <Link href={`/escalation/letters/${found.id}`} replace className="inline-flex min-h-11 items-center text-brand-700 underline">
            {t("case.letters")}
          </Link>
          <Link href={`/evidence?case=${found.id}`} replace className="inline-flex min-h-11 items-center text-brand-700 underline">
            {t("case.attach")}
          </Link>
        </div>
      </Card>
      {overdue && (
        <Notice tone="warning">
          <p className="font-semibold">{t("case.overdueTitle")}</p>
          <p>{t(agreement ? "case.overdueBodyAgreement" : "case.overdueBody")}</p>
          <p className="mt-2 flex flex-wrap gap-x-4">
            <a href={`/api/cases/${found.id}/documents/reminder`} className="inline-flex min-h-11 items-center underline">
              {t(agreement ? "case.reminderPdfAgreement" : "case.reminderPdf")}
            </a>
            <Link href={`/escalation?case=${found.id}`} replace className="inline-flex min-h-11 items-center underline">
              {t("case.escalate")}
            </Link>
          </p>
        </Notice>
      )}
      {allGone && found.status !== "COMPLETED" && <Notice tone="success">{t("case.allGone")}</Notice>}
      <section aria-labelledby="covered-title" className="space-y-2">
        <h2 id="covered-title" className="text-lg font-semibold">
          {t("case.covered")}
        </h2>
        {found.registrations.length === 0 ? (
          <p className="text-sm text-stone-600">{t("case.noRegistrations")}</p>
        ) : (
          <ul className="space-y-2">
            {found.registrations.map((r) => (
              <li key={r.id} className="flex items-center justify-between gap-2 rounded-lg border border-stone-200 bg-white p-3 text-sm">
                <Link href={`/dashboard/registrations/${r.id}`} replace className="min-w-0 break-all underline">
                  {r.siteName} · {r.handle}
                </Link>
                <StatusBadge status={r.status} lastVerdict={r.lastVerdict} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <EventForm caseId={found.id} agreement={agreement} />
      <Timeline events={found.events} agreement={agreement} />
    </div>
  );
}
