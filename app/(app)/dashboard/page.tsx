import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageTitle } from "@/components/page-title";
import { AlertList } from "@/components/registrations/alert-list";
import { RegistrationRow } from "@/components/registrations/registration-row";
import { buttonClass } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { getCaseAlerts } from "@/lib/cases/alerts";
import { getDashboard } from "@/lib/registrations/data";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("dashboard.title");
}

export default async function DashboardPage() {
  const user = await requireUser();
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const [{ rows, alerts }, caseAlerts] = await Promise.all([getDashboard(user.id), getCaseAlerts(user.id)]);
  return (
    <div className="space-y-5">
      <PageTitle lead={t("today", { date: format.dateTime(new Date(), { dateStyle: "long" }) })}>{t("title")}</PageTitle>
      <AlertList alerts={alerts} caseAlerts={caseAlerts} />
      <Link href="/dashboard/registrations/new" replace className={buttonClass("primary", "w-full sm:w-auto")}>{t("add")}</Link>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <section aria-labelledby="list-title" className="space-y-2">
          <h2 id="list-title" className="text-lg font-semibold">
            {t("listTitle")} <span className="text-sm font-normal text-stone-600">{t("count", { count: rows.length })}</span>
          </h2>
          <ul className="space-y-2">
            {rows.map((row) => (
              <RegistrationRow key={row.id} row={row} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
