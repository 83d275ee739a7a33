import type { Metadata } from "next";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageTitle } from "@/components/page-title";
import { requireUser } from "@/lib/auth/session";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("evidence.title");
}

export default async function EvidencePage() {
  await requireUser();
  const t = await getTranslations();
  return (
    <>
      <PageTitle>{t("evidence.title")}</PageTitle>
      <EmptyState badge={t("common.comingSoon")}>
        <p>{t("evidence.emptyBody")}</p>
      </EmptyState>
    </>
  );
}
