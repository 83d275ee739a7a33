import type { Metadata } from "next";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/page-title";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { listSites } from "@/lib/sites/data";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("sites.title");
}

export default async function SitesPage() {
  const t = await getTranslations("sites");
  const format = await getFormatter();
  const sites = await listSites();
  const groups = [
    { title: t("japan"), sites: sites.filter((s) => s.country === "JP") },
    { title: t("international"), sites: sites.filter((s) => s.country !== "JP") },
  ];
  return (
    <div className="space-y-6">
      <PageTitle lead={t("lead")}>{t("title")}</PageTitle>
      {groups.map((group) => (
        <section key={group.title} className="space-y-3">
          <h2 className="text-lg font-semibold">{group.title}</h2>
          <ul className="space-y-3">
            {group.sites.map((site) => (
              <li key={site.slug}>
                <Card className="space-y-1 text-sm">
                  <h3 className="text-base font-semibold">{site.name}</h3>
                  <p>
                    {t("domain")}: {site.domains.length ? site.domains.join(", ") : <Badge tone="warning">{t("domainUnknown")}</Badge>}
                  </p>
                  <p>
                    {t("rule")}:{" "}
                    {site.ruleStatus === "VERIFIED" && site.ruleVerifiedOn
                      ? t("ruleVerified", { date: format.dateTime(new Date(`${site.ruleVerifiedOn}T00:00:00+09:00`), { dateStyle: "long" }) })
                      : t("ruleBaseline")}
                  </p>
                  {site.ruleSource && <p className="text-xs text-stone-600">{t("ruleSource")}: {site.ruleSource}</p>}
                  <p>{t("withdrawal")}: {t(`withdrawal${site.withdrawalRoute}`)}</p>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
