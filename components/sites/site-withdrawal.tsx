// "How to withdraw from this site" on a registration's page: the route, steps, what is asked, the operator and its
// contact, each with its source; what checks should know; and the sites of the same network. Where nothing is
// known it says so and points to the one path that always exists: asking the agency (the withdrawal wizard).
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Localized, StoredSiteFacts } from "@/lib/sites/schema";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { FactSource } from "./fact-source";
import { PartnerList } from "./partner-list";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-semibold text-stone-700">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

type Props = { facts: StoredSiteFacts | null; registeredSlugs: string[] };

export function SiteWithdrawal({ facts, registeredSlugs }: Props) {
  const t = useTranslations("catalogue.withdrawal");
  const tRoute = useTranslations("catalogue.route");
  const tCommon = useTranslations("common");
  const tCatalogue = useTranslations("catalogue");
  const ja = useLocale() === "ja";
  const text = (value: Localized) => (ja ? value.ja : value.en);
  const withdrawal = facts?.withdrawal;
  const operator = facts?.operator;
  const known = withdrawal && withdrawal.route !== "UNKNOWN";
  return (
    <Card aria-labelledby="site-withdrawal" className="space-y-3 text-sm">
      <h2 id="site-withdrawal" className="text-base font-semibold">
        {t("title")}
      </h2>
      {!facts ? (
        <p>{t("otherSite")}</p>
      ) : (
        <>
          <p className="text-xs text-stone-600">{tCatalogue("unverifiedNote")}</p>
          <dl className="space-y-3">
            <Row label={t("route")}>
              <p>
                {tRoute(withdrawal!.route)} {known && !withdrawal!.source?.verified && <Badge tone="warning">{tCommon("unverified")}</Badge>}
              </p>
            </Row>
            <Row label={t("steps")}>
              <p>{known ? text(withdrawal!.steps!) : t("unknownRoute")}</p>
              {withdrawal!.note && <p className="mt-1 text-stone-700">{text(withdrawal!.note)}</p>}
              {withdrawal!.source && <FactSource source={withdrawal!.source} />}
            </Row>
            <Row label={t("asks")}>
              <p>{withdrawal!.asks ? text(withdrawal!.asks) : t("asksUnknown")}</p>
            </Row>
            <Row label={t("operator")}>
              <p>
                {operator?.name ?? t("operatorUnknown")} {operator?.name && !operator.source.verified && <Badge tone="warning">{tCommon("unverified")}</Badge>}
              </p>
              {operator?.note && <p className="mt-1 text-stone-700">{text(operator.note)}</p>}
              {operator && <FactSource source={operator.source} />}
            </Row>
            <Row label={t("contact")}>
              {operator?.supportEmail ? (
                <a href={`mailto:${operator.supportEmail}`} className="break-all text-brand-700 underline">
                  {operator.supportEmail}
                </a>
              ) : operator?.contactUrl ? (
                <a href={operator.contactUrl} target="_blank" rel="noopener noreferrer" className="break-all text-brand-700 underline">
                  {operator.contactUrl}
                </a>
              ) : (
                <p>{t("contactUnknown")}</p>
              )}
            </Row>
          </dl>
        </>
      )}
      <div className="rounded-lg bg-brand-50 p-3">
        <p>{t("agencyPath")}</p>
        <Link href="/withdrawal" className="mt-1 inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          {t("wizardLink")}
        </Link>
      </div>
      {facts && facts.visibility.length > 0 && (
        <div>
          <h3 className="font-semibold">{t("visibility")}</h3>
          <ul className="mt-1 space-y-2">
            {facts.visibility.map((note) => (
              <li key={note.text.en} className="border-l-2 border-stone-200 pl-2">
                <p>{text(note.text)}</p>
                <FactSource source={note.source} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {facts && facts.partners.length > 0 && (
        <div>
          <h3 className="font-semibold">{t("partners")}</h3>
          <p className="text-xs text-stone-600">{t("partnersHint")}</p>
          <PartnerList partners={facts.partners} registeredSlugs={registeredSlugs} />
        </div>
      )}
    </Card>
  );
}
