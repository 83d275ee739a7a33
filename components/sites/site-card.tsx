// One site of the public catalogue: what it is, how a profile address is made, how to withdraw, and behind a tap
// every fact with its source.
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { StoredSiteFacts } from "@/lib/sites/schema";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { FactSource } from "./fact-source";
import { PartnerList } from "./partner-list";

export type SiteCardView = {
  slug: string;
  name: string;
  nameEn: string;
  domains: string[];
  facts: StoredSiteFacts | null;
  ruleStatus: string;
  ruleSource: string | null;
  ruleVerifiedOn: string | null;
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-semibold text-stone-700">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

export function SiteCard({ site }: { site: SiteCardView }) {
  const t = useTranslations("catalogue.page");
  const tSites = useTranslations("sites");
  const tRoute = useTranslations("catalogue.route");
  const tW = useTranslations("catalogue.withdrawal");
  const tCommon = useTranslations("common");
  const format = useFormatter();
  const ja = useLocale() === "ja";
  const f = site.facts;
  const profile = f?.profile;
  const unverified = <Badge tone="warning">{tCommon("unverified")}</Badge>;
  const shape = (pattern: string) => pattern.replace("{handle}", ja ? "〈ハンドル名〉" : "<handle>").replace("{id}", ja ? "〈番号〉" : "<number>");
  return (
    <Card className="space-y-2 text-sm">
      <h3 className="text-base font-semibold">{ja ? site.name : site.nameEn}</h3>
      <dl className="space-y-2">
        <Row label={t("home")}>
          {f?.home ? (
            <>
              {f.home.url} {!f.home.source.verified && unverified}
            </>
          ) : (
            t("homeUnknown")
          )}
        </Row>
        <Row label={tSites("domain")}>{site.domains.length ? site.domains.join(", ") : <Badge tone="warning">{tSites("domainUnknown")}</Badge>}</Row>
        <Row label={t("profile")}>
          {profile?.kind === "handle" ? t("profileHandle") : profile?.kind === "site-id" ? t("profileSiteId") : t("profileUnknown")}
          {profile && profile.kind !== "unknown" && (
            <span className="block break-all font-mono text-xs">
              {shape(profile.pattern)} {!profile.source.verified && unverified}
            </span>
          )}
        </Row>
        <Row label={tSites("withdrawal")}>
          {tRoute(f?.withdrawal.route ?? "UNKNOWN")} {f && f.withdrawal.route !== "UNKNOWN" && !f.withdrawal.source?.verified && unverified}
        </Row>
        <Row label={tSites("rule")}>
          {site.ruleStatus === "VERIFIED" && site.ruleVerifiedOn
            ? tSites("ruleVerified", { date: format.dateTime(new Date(`${site.ruleVerifiedOn}T00:00:00+09:00`), { dateStyle: "long" }) })
            : tSites("ruleBaseline")}
          {site.ruleSource && (
            <span className="block text-xs text-stone-600">{tCommon("labelled", { label: tSites("ruleSource"), value: site.ruleSource })}</span>
          )}
        </Row>
      </dl>
      {f && (
        <details className="rounded-lg border border-stone-200 p-2">
          <summary className="cursor-pointer py-2 font-medium text-brand-700">{t("details")}</summary>
          <div className="space-y-3 pt-1">
            {f.home && (
              <div>
                <p className="font-semibold">{t("home")}</p>
                <FactSource source={f.home.source} />
              </div>
            )}
            <div>
              <p className="font-semibold">{t("profile")}</p>
              {profile?.kind === "site-id" && <p>{ja ? profile.where.ja : profile.where.en}</p>}
              {profile?.note && <p>{ja ? profile.note.ja : profile.note.en}</p>}
              {profile?.source && <FactSource source={profile.source} />}
            </div>
            <div>
              <p className="font-semibold">{tSites("withdrawal")}</p>
              <p>{f.withdrawal.steps ? (ja ? f.withdrawal.steps.ja : f.withdrawal.steps.en) : tW("unknownRoute")}</p>
              {f.withdrawal.note && <p>{ja ? f.withdrawal.note.ja : f.withdrawal.note.en}</p>}
              {f.withdrawal.source && <FactSource source={f.withdrawal.source} />}
            </div>
            <div>
              <p className="font-semibold">{t("operatorLabel")}</p>
              <p>{f.operator?.name ?? tW("operatorUnknown")}</p>
              {f.operator?.note && <p>{ja ? f.operator.note.ja : f.operator.note.en}</p>}
              {f.operator && <FactSource source={f.operator.source} />}
            </div>
            {f.visibility.length > 0 && (
              <div>
                <p className="font-semibold">{t("notesTitle")}</p>
                <ul className="space-y-2">
                  {f.visibility.map((note) => (
                    <li key={note.text.en} className="border-l-2 border-stone-200 pl-2">
                      <p>{ja ? note.text.ja : note.text.en}</p>
                      <FactSource source={note.source} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {f.partners.length > 0 && (
              <div>
                <p className="font-semibold">{tW("partners")}</p>
                <PartnerList partners={f.partners} registeredSlugs={[]} />
              </div>
            )}
          </div>
        </details>
      )}
      <Link href={`/dashboard/registrations/new?site=${site.slug}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
        {t("add")}
      </Link>
    </Card>
  );
}
