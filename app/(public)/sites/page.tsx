import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/page-title";
import { FactSource } from "@/components/sites/fact-source";
import { SiteCard } from "@/components/sites/site-card";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { listAgencyNotes, listSites } from "@/lib/sites/data";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("sites.title");
}

export default async function SitesPage() {
  const t = await getTranslations();
  const ja = (await getLocale()) === "ja";
  const sites = await listSites();
  const groups = [
    { title: t("sites.japan"), sites: sites.filter((s) => s.country === "JP") },
    { title: t("sites.international"), sites: sites.filter((s) => s.country !== "JP") },
  ];
  return (
    <div className="space-y-6">
      <PageTitle lead={t("sites.lead")}>{t("sites.title")}</PageTitle>
      <Notice>{t("catalogue.unverifiedNote")}</Notice>
      {groups.map((group) => (
        <section key={group.title} className="space-y-3">
          <h2 className="text-lg font-semibold">{group.title}</h2>
          <ul className="space-y-3">
            {group.sites.map((site) => (
              <li key={site.slug}>
                <SiteCard site={site} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("catalogue.page.agenciesTitle")}</h2>
        <p className="text-sm text-stone-600">{t("catalogue.page.agenciesLead")}</p>
        {listAgencyNotes().map((agency) => (
          <Card key={agency.slug} className="space-y-2 text-sm">
            <h3 className="text-base font-semibold">{ja ? agency.name : agency.nameEn}</h3>
            <p>{ja ? agency.text.ja : agency.text.en}</p>
            {agency.home && (
              <div>
                <p>
                  {t("common.labelled", { label: t("catalogue.page.home"), value: agency.home.url })}{" "}
                  {!agency.home.source.verified && <Badge tone="warning">{t("common.unverified")}</Badge>}
                </p>
                <FactSource source={agency.home.source} />
              </div>
            )}
            {agency.withdrawal.steps && (
              <div>
                <p className="font-semibold">{t("sites.withdrawal")}</p>
                <p>{ja ? agency.withdrawal.steps.ja : agency.withdrawal.steps.en}</p>
                {agency.withdrawal.source && <FactSource source={agency.withdrawal.source} />}
              </div>
            )}
            <Link href="/withdrawal" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              {t("catalogue.withdrawal.wizardLink")}
            </Link>
          </Card>
        ))}
      </section>
    </div>
  );
}
