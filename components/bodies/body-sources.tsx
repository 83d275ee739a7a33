import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { CounsellingBody, FactName } from "@/lib/bodies/schema";
import { sourceDate, sourceUses } from "@/lib/bodies/sources";

/**
 * A body's sources, each with its kind and the facts it backs, and the date: a reading date where one was recorded,
 * otherwise the reference's date, worded as the date of the reference (never as the day the source was checked).
 * No async APIs, so the directory (server) and the escalation results (client) both use it.
 */
export function BodySources({ body, shown }: { body: CounsellingBody; shown?: readonly FactName[] }) {
  const t = useTranslations("bodies");
  const format = useFormatter();
  const separator = useLocale() === "ja" ? "・" : ", ";
  const long = (date: string) => format.dateTime(new Date(`${date}T00:00:00+09:00`), { dateStyle: "long" });
  const uses = sourceUses(body, shown);
  const dates = uses.map((u) => sourceDate(u.source, body.referenceDate));
  return (
    <div className="space-y-1 border-t border-stone-100 pt-2 text-xs text-stone-600">
      <p>{t("source")}:</p>
      <ul className="space-y-1">
        {uses.map(({ id, source, facts }, i) => (
          <li key={id}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer" className="break-all underline">
                {source.title}
              </a>
            ) : (
              source.title
            )}{" "}
            ({t(`sourceKinds.${source.kind}`)}
            {dates[i].isReferenceDate ? "" : ` · ${t("readOn", { date: long(dates[i].date) })}`}):{" "}
            {facts.map((f) => t(f === "url" ? "website" : f)).join(separator)}
          </li>
        ))}
      </ul>
      {dates.some((d) => d.isReferenceDate) && <p>{t("referenceDate", { date: long(body.referenceDate) })}</p>}
    </div>
  );
}
