import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/page-title";
import { CheckHistory } from "@/components/registrations/check-history";
import { CheckNowButton } from "@/components/registrations/check-now-button";
import { SnapshotList } from "@/components/registrations/snapshot-list";
import { SiteWithdrawal } from "@/components/sites/site-withdrawal";
import { StatusBadge } from "@/components/registrations/status-badge";
import { goneAwaitingConfirmation, goneConfirmableAt } from "@/lib/registrations/gone-pending";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { getRegistration, listRegisteredSiteSlugs } from "@/lib/registrations/data";

/** Percent-encoded Japanese handles shown as she typed them. */
function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("registration.historyTitle");
}

export default async function RegistrationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const [registration, registeredSlugs] = await Promise.all([getRegistration(user.id, id), listRegisteredSiteSlugs(user.id)]);
  if (!registration) notFound();
  const t = await getTranslations("registration");
  const t2 = await getTranslations();
  const format = await getFormatter();
  const time = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const { baseline } = registration;
  return (
    <div className="space-y-4">
      <Link href="/dashboard" replace className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageTitle lead={registration.siteName}>
        <span className="break-all">{registration.handle}</span>
      </PageTitle>
      <Card className="space-y-2 text-sm">
        <div className="flex items-center gap-2">
          <span className="font-semibold">{t("status")}</span>
          <StatusBadge status={registration.status} lastVerdict={registration.lastVerdict} />
        </div>
        {goneAwaitingConfirmation(registration.status, registration.lastVerdict) && (
          <p>
            {t2("dashboard.goneAwaiting", { time: time(goneConfirmableAt(registration.goneSinceAt, registration.checks[0]?.checkedAt ?? null) ?? new Date()) })}
          </p>
        )}
        <p className="break-all">{t2("common.labelled", { label: t("profileLink"), value: readableUrl(registration.profileUrl) })}</p>
        {registration.goneConfirmedAt && <p>{t("goneConfirmed", { time: time(registration.goneConfirmedAt) })}</p>}
        {registration.nextCheckAt && <p>{t("nextCheck", { time: time(registration.nextCheckAt) })}</p>}
        <div className="flex flex-wrap items-start justify-between gap-2">
          <CheckNowButton registrationId={registration.id} />
          <Link href={`/dashboard/registrations/${registration.id}/edit`} replace className="inline-flex min-h-11 items-center text-brand-700 underline">
            {t("edit")}
          </Link>
        </div>
      </Card>
      <SiteWithdrawal facts={registration.siteFacts} registeredSlugs={registeredSlugs} />
      <Card className="space-y-1 text-sm">
        <h2 className="text-base font-semibold">{t("baselineTitle")}</h2>
        {baseline ? (
          <>
            <p>{t("baselineHandle", { found: baseline.handleFound ? t("yes") : t("no") })}</p>
            {baseline.title && <p className="break-all">{t("baselineTitleLabel", { title: baseline.title })}</p>}
            <p>{t("baselineAt", { time: time(baseline.at) })}</p>
          </>
        ) : (
          <p>{t("baselineNone")}</p>
        )}
      </Card>
      <CheckHistory checks={registration.checks} />
      <SnapshotList evidence={registration.evidence} />
    </div>
  );
}
