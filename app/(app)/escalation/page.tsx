import type { Metadata } from "next";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageTitle } from "@/components/page-title";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/session";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("escalation.title");
}

export default async function EscalationPage() {
  await requireUser();
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageTitle>{t("escalation.title")}</PageTitle>
      <Notice tone="warning">{t("escalation.danger")}</Notice>
      <EmptyState badge={t("common.comingSoon")}>
        <p>{t("escalation.emptyBody")}</p>
        <Link href="/bodies" replace className="text-brand-700 underline">{t("escalation.bodiesLink")}</Link>
      </EmptyState>
    </div>
  );
}
