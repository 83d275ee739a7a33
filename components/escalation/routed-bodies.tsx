"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { BodySources } from "@/components/bodies/body-sources";
import { Badge } from "@/components/ui/badge";
import type { CounsellingBody, FactName } from "@/lib/bodies/schema";
import type { Routing } from "@/lib/escalation/routing";
import { telHref } from "@/lib/escalation/phone-link";
import { prefectures } from "@/lib/escalation/situations";
import { CustomerGuide } from "./customer-guide";

/** The facts a result shows (what it handles and whom it serves are in the directory). */
const shownFacts: readonly FactName[] = ["name", "phone", "hours", "cost", "url", "powers"];

export function RoutedBodies({ routing, prefecture, signedIn }: { routing: Routing<CounsellingBody>; prefecture?: string; signedIn: boolean }) {
  const t = useTranslations("escalation");
  const tCommon = useTranslations("common");
  const ja = useLocale() === "ja";
  const text = (value: { ja: string; en: string }) => (ja ? value.ja : value.en);
  const prefectureName = prefectures.find((p) => p.key === prefecture)?.[ja ? "ja" : "en"];
  const unverified = <Badge tone="warning">{tCommon("unverified")}</Badge>;
  // "Danger now" with nothing else: only 110; the rest (guides, other bodies, the invitation) waits until she can.
  const dangerOnly = routing.callPoliceFirst && routing.bodies.length === 1;
  return (
    <section id="results" aria-labelledby="results-title" className="scroll-mt-20 space-y-3">
      <h2 id="results-title" tabIndex={-1} className="scroll-mt-20 text-lg font-semibold focus:outline-none">
        {t("resultsTitle")}
      </h2>
      {routing.callPoliceFirst && (
        <a href="tel:110" className="block rounded-xl bg-red-700 p-4 text-center text-white">
          <span className="block text-xl font-bold">{t("call110")}</span>
          <span className="block text-sm">{t("call110Hint")}</span>
        </a>
      )}
      {dangerOnly && <p className="text-sm">{t("dangerOnly")}</p>}
      {routing.firstSteps.length > 0 && (
        <div className="rounded-xl border border-brand-100 bg-brand-50 p-3 text-sm">
          <p className="font-semibold">{t("firstStepsTitle")}</p>
          <ul className="list-disc pl-5">
            {routing.firstSteps.map((s) => (
              <li key={s}>{t(`firstSteps.${s}`)}</li>
            ))}
          </ul>
        </div>
      )}
      {routing.guides.map((g) => (
        <CustomerGuide key={g.situation} situation={g.situation} />
      ))}
      <ol className="space-y-3">
        {routing.bodies.map(({ body, rank, whyKeys }) => {
          const { phone, hours, cost, url, powers } = body;
          const tel = phone.value ? telHref(phone.value) : null;
          return (
            <li key={body.slug} className="space-y-2 rounded-xl border border-stone-200 bg-white p-3 text-sm shadow-sm">
              <p className="text-xs text-stone-600">{t("rank", { rank })}</p>
              <h3 className="text-base font-semibold leading-snug">
                {text(body.name.value)} {!body.name.verified && unverified}
              </h3>
              <ul className="list-disc pl-5">
                {whyKeys.map((w) => (
                  <li key={w}>{t(`why.${w}`)}</li>
                ))}
              </ul>
              <p>
                {tCommon("labelled", { label: t("powersLabel"), value: powers.kinds.map((p) => t(`powers.${p}`)).join("・") })} {!powers.verified && unverified}
              </p>
              {phone.value && (
                <p className="flex flex-wrap items-center gap-2">
                  {tel ? (
                    <a href={tel} className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-3 font-semibold text-white">
                      {t("call")} {phone.value}
                    </a>
                  ) : (
                    <span>{phone.value}</span>
                  )}
                  {!phone.verified && unverified}
                </p>
              )}
              {phone.note && <p className="text-stone-600">{text(phone.note)}</p>}
              {hours && (
                <p>
                  {text(hours.value)} {!hours.verified && unverified}
                </p>
              )}
              {cost && (
                <p>
                  {text(cost.value)} {!cost.verified && unverified}
                </p>
              )}
              {phone.local &&
                prefectureName &&
                (url?.officeList ? (
                  <a href={url.value} target="_blank" rel="noopener noreferrer" className="block text-brand-700 underline">
                    {t("officeFinder", { prefecture: prefectureName })}
                  </a>
                ) : (
                  <p>{t("officeFinderNoLink", { prefecture: prefectureName })}</p>
                ))}
              {url && (
                <p>
                  <a href={url.value} target="_blank" rel="noopener noreferrer" className="break-all text-brand-700 underline">
                    {url.value}
                  </a>{" "}
                  {!url.verified && unverified}
                </p>
              )}
              <BodySources body={body} shown={shownFacts} />
            </li>
          );
        })}
      </ol>
      {signedIn && routing.guides.length > 0 && (
        <div className="space-y-2 rounded-xl border border-brand-100 bg-brand-50 p-3 text-sm">
          <p className="font-semibold">{t("troubleRecord.title")}</p>
          <p>{t("troubleRecord.body")}</p>
          <Link href="/trouble" replace className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-3 font-semibold text-white">
            {t("troubleRecord.link")}
          </Link>
        </div>
      )}
      {!signedIn && !dangerOnly && (
        <div className="space-y-2 rounded-xl border border-brand-100 bg-brand-50 p-3 text-sm">
          <p className="font-semibold">{t("signUp.title")}</p>
          <p>{t("signUp.body")}</p>
          <Link href="/register" replace className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-3 font-semibold text-white">
            {t("signUp.link")}
          </Link>
        </div>
      )}
    </section>
  );
}
