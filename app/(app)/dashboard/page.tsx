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

/** Rows per page: a phone screen of cards, and a page that stays small however many sites she has. */
const pageSize = 50;

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const [{ rows, alerts }, caseAlerts] = await Promise.all([getDashboard(user.id), getCaseAlerts(user.id)]);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(pages, Math.max(1, Number((await searchParams).page) || 1));
  const shown = rows.slice((page - 1) * pageSize, page * pageSize);
  return (
    <div className="space-y-5">
      <PageTitle lead={t("today", { date: format.dateTime(new Date(), { dateStyle: "long" }) })}>{t("title")}</PageTitle>
      <AlertList alerts={alerts} caseAlerts={caseAlerts} />
      <Link href="/dashboard/registrations/new" replace className={buttonClass("primary", "w-full sm:w-auto")}>
        {t("add")}
      </Link>
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
            {shown.map((row) => (
              <RegistrationRow key={row.id} row={row} />
            ))}
          </ul>
          {pages > 1 && (
            <nav aria-label={t("pagesLabel")} className="flex flex-wrap items-center gap-2 pt-2">
              {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
                <Link
                  key={n}
                  href={`/dashboard?page=${n}`}
                  replace
                  aria-current={n === page ? "page" : undefined}
                  className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border border-stone-300 bg-white aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
                >
                  {n}
                </Link>
              ))}
            </nav>
          )}
        </section>
      )}
      <Link href="/trouble" className="inline-flex min-h-11 items-center text-brand-700 underline">
        {(await getTranslations("trouble.links"))("dashboard")}
      </Link>
    </div>
  );
}
