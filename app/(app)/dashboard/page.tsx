import type { Metadata } from "next";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageTitle } from "@/components/page-title";
import { requireUser } from "@/lib/auth/session";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("dashboard.title");
}

export default async function DashboardPage() {
  const user = await requireUser();
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <>
      <PageTitle lead={t("dashboard.today", { date: format.dateTime(new Date(), { dateStyle: "long" }) })}>{t("dashboard.title")}</PageTitle>
      <p className="mb-4 text-sm text-stone-600">{t("dashboard.welcome", { email: user.email })}</p>
      <EmptyState title={t("dashboard.emptyTitle")} badge={t("common.comingSoon")}>
        <p>{t("dashboard.emptyBody")}</p>
        <Link href="/sites" replace className="text-brand-700 underline">{t("dashboard.catalogueLink")}</Link>
      </EmptyState>
    </>
  );
}
