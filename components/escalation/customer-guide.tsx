"use client";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { guideFor } from "@/lib/escalation/customer-guides";
import type { CustomerSituation } from "@/lib/escalation/situations";

/** One customer situation's steps in order, each with what it rests on (read date, official or not) or "general advice". */
export function CustomerGuide({ situation }: { situation: CustomerSituation }) {
  const t = useTranslations("escalation");
  const tCommon = useTranslations("common");
  const format = useFormatter();
  const long = (date: string) => format.dateTime(new Date(`${date}T00:00:00+09:00`), { dateStyle: "long" });
  const headingId = `guide-${situation}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2 rounded-xl border border-brand-100 bg-white p-3 text-sm shadow-sm">
      <h3 id={headingId} className="text-base font-semibold leading-snug">
        {t("guides.title", { situation: t(`situations.${situation}`) })}
      </h3>
      <p className="text-stone-600">{t("guides.lead")}</p>
      <ol className="space-y-3">
        {guideFor(situation).map(({ key, step, sources }, i) => (
          <li key={key} className="space-y-1 border-t border-stone-100 pt-2">
            <p className="font-semibold">
              {i + 1}. {t(`guides.steps.${key}.title`)} {!step.verified && sources.length > 0 && <Badge tone="warning">{tCommon("unverified")}</Badge>}
            </p>
            <p className="leading-relaxed">{t(`guides.steps.${key}.body`)}</p>
            {sources.length === 0 ? (
              <p className="text-xs text-stone-600">{t("guides.generalAdvice")}</p>
            ) : (
              <div className="text-xs text-stone-600">
                <p>{t("guides.sources")}:</p>
                <ul className="space-y-0.5">
                  {sources.map((s) => (
                    <li key={s.url}>
                      <a href={s.url} target="_blank" rel="noopener noreferrer" className="break-all underline">
                        {s.title}
                      </a>{" "}
                      ({t(`guides.kinds.${s.kind}`)} · {t("guides.readOn", { date: long(s.readOn) })})
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
