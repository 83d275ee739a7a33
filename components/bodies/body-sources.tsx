import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { CounsellingBody, FactName } from "@/lib/bodies/schema";
import { bestSource, certaintyOf, sourceDate, sourceUses } from "@/lib/bodies/sources";

/**
 * A body's sources for a frightened reader: the best one (official first) and one phrase saying how sure the app is;
 * every source, with its kind, the facts it backs and its date, behind a tap (<details>, no script needed). The date
 * is a reading date where one was recorded, otherwise the reference's date, worded as such (never as a check date).
 * No async APIs, so the directory (server) and the escalation results (client) both use it.
 */
export function BodySources({ body, shown }: { body: CounsellingBody; shown?: readonly FactName[] }) {
  const t = useTranslations("bodies");
  const format = useFormatter();
  const ja = useLocale() === "ja";
  const separator = ja ? "・" : ", ";
  const long = (date: string) => format.dateTime(new Date(`${date}T00:00:00+09:00`), { dateStyle: "long" });
  const uses = sourceUses(body, shown);
  const best = bestSource(uses);
  if (!best) return null;
  const dates = uses.map((u) => sourceDate(u.source, body.referenceDate));
  const link = (source: (typeof uses)[number]["source"]) =>
    source.url ? (
      <a href={source.url} target="_blank" rel="noopener noreferrer" className="break-all underline">
        {source.title}
      </a>
    ) : (
      source.title
    );
  return (
    <div className="space-y-1 border-t border-stone-100 pt-2 text-xs text-stone-600">
      <p>
        {t("bestSource")}
        {link(best.source)}
        <span className="ml-1 whitespace-nowrap font-semibold text-stone-700">{t(`certainty.${certaintyOf(body, shown)}`)}</span>
      </p>
      <details>
        <summary className="flex min-h-11 cursor-pointer items-center underline">{t("sourceDetails", { count: uses.length })}</summary>
        <ul className="space-y-1">
          {uses.map(({ id, source, facts }, i) => (
            <li key={id}>
              {link(source)}
              {t("sourceLine", {
                kind: t(`sourceKinds.${source.kind}`),
                date: dates[i].isReferenceDate ? "" : `${separator}${t("readOn", { date: long(dates[i].date) })}`,
                facts: facts.map((f) => t(f === "url" ? "website" : f)).join(separator),
              })}
            </li>
          ))}
        </ul>
        {dates.some((d) => d.isReferenceDate) && <p className="mt-1">{t("referenceDate", { date: long(body.referenceDate) })}</p>}
      </details>
    </div>
  );
}
