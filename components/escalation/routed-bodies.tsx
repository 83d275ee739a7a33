"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { Routing } from "@/lib/escalation/routing";
import { prefectures } from "@/lib/escalation/situations";

export type BodyInfo = {
  slug: string; nameJa: string; nameEn: string; phone: string | null; phoneVerified: boolean; phoneNoteJa: string | null; phoneNoteEn: string | null;
  hoursJa: string | null; hoursEn: string | null; hoursVerified: boolean; costJa: string | null; costEn: string | null; costVerified: boolean;
  url: string | null; sourceUrl: string; lastCheckedOn: string;
};

/** Phone numbers that can be dialled as they are (110, #9110, 0120-...); others are shown, not linked. */
function telHref(phone: string): string | null {
  const first = phone.split(/[\s/（(、,]/)[0];
  return /^[#0-9][0-9-]{2,}$/.test(first) ? `tel:${first.replaceAll("-", "")}` : null;
}

export function RoutedBodies({ routing, bodies, prefecture }: { routing: Routing; bodies: BodyInfo[]; prefecture?: string }) {
  const t = useTranslations("escalation");
  const tCommon = useTranslations("common");
  const ja = useLocale() === "ja";
  const format = useFormatter();
  const bySlug = new Map(bodies.map((b) => [b.slug, b]));
  const prefectureName = prefectures.find((p) => p.key === prefecture)?.[ja ? "ja" : "en"];
  const unverified = <Badge tone="warning">{tCommon("unverified")}</Badge>;
  return (
    <section id="results" aria-labelledby="results-title" className="space-y-3">
      <h2 id="results-title" className="text-lg font-semibold">{t("resultsTitle")}</h2>
      {routing.callPoliceFirst && (
        <a href="tel:110" className="block rounded-xl bg-red-700 p-4 text-center text-white">
          <span className="block text-xl font-bold">{t("call110")}</span>
          <span className="block text-sm">{t("call110Hint")}</span>
        </a>
      )}
      {routing.firstSteps.length > 0 && (
        <div className="rounded-xl border border-brand-100 bg-brand-50 p-3 text-sm">
          <p className="font-semibold">{t("firstStepsTitle")}</p>
          <ul className="list-disc pl-5">{routing.firstSteps.map((s) => <li key={s}>{t(`firstSteps.${s}`)}</li>)}</ul>
        </div>
      )}
      <ol className="space-y-3">
        {routing.bodies.map((routed) => {
          const body = bySlug.get(routed.slug);
          if (!body) return null;
          const tel = body.phone ? telHref(body.phone) : null;
          return (
            <li key={routed.slug} className="space-y-2 rounded-xl border border-stone-200 bg-white p-3 text-sm shadow-sm">
              <p className="text-xs text-stone-600">{t("rank", { rank: routed.rank })}</p>
              <h3 className="text-base font-semibold leading-snug">{ja ? body.nameJa : body.nameEn}</h3>
              <ul className="list-disc pl-5">{routed.whyKeys.map((w) => <li key={w}>{t(`why.${w}`)}</li>)}</ul>
              <p>{t("powersLabel")}: {routed.powers.map((p) => t(`powers.${p}`)).join("・")}</p>
              {body.phone && (
                <p className="flex flex-wrap items-center gap-2">
                  {tel ? <a href={tel} className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-3 font-semibold text-white">{t("call")} {body.phone}</a> : <span>{body.phone}</span>}
                  {!body.phoneVerified && unverified}
                </p>
              )}
              {(ja ? body.phoneNoteJa : body.phoneNoteEn) && <p className="text-stone-600">{ja ? body.phoneNoteJa : body.phoneNoteEn}</p>}
              {(body.hoursJa || body.hoursEn) && <p>{ja ? body.hoursJa : body.hoursEn} {!body.hoursVerified && unverified}</p>}
              {(body.costJa || body.costEn) && <p>{ja ? body.costJa : body.costEn} {!body.costVerified && unverified}</p>}
              {routed.needsPrefecture && prefectureName && (
                routed.directoryUrl
                  ? <a href={routed.directoryUrl} target="_blank" rel="noopener noreferrer" className="block text-brand-700 underline">{t("officeFinder", { prefecture: prefectureName })}</a>
                  : <p>{t("officeFinderNoLink", { prefecture: prefectureName })}</p>
              )}
              {body.url && <a href={body.url} target="_blank" rel="noopener noreferrer" className="block break-all text-brand-700 underline">{body.url}</a>}
              <p className="text-xs text-stone-600">
                {tCommon("source")}: <a href={body.sourceUrl} target="_blank" rel="noopener noreferrer" className="break-all underline">{body.sourceUrl}</a> · {tCommon("checkedOn", { date: format.dateTime(new Date(`${body.lastCheckedOn}T00:00:00+09:00`), { dateStyle: "long" }) })}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
