import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { letterInputOf, type WizardCase } from "@/lib/cases/data";

/** The computed dates and, in words, how they were computed. */
export async function DatesExplanation({ draft, next }: { draft: WizardCase; next: string }) {
  const t = await getTranslations("wizard");
  const format = await getFormatter();
  const letter = letterInputOf(draft);
  if (!letter) return null;
  const { dates } = letter;
  const long = (d: string) => format.dateTime(new Date(`${d}T00:00:00+09:00`), { dateStyle: "long" });
  const values = (v: Record<string, string | number>) =>
    Object.fromEntries(Object.entries(v).map(([k, value]) => [k, typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? long(value) : value]));
  return (
    <section aria-labelledby="dates-title" className="space-y-3 rounded-xl border border-brand-100 bg-brand-50 p-4">
      <h2 id="dates-title" className="font-semibold">
        {t("dates.resultTitle")}
      </h2>
      <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-1 text-sm [&>dd]:whitespace-nowrap">
        <dt className="font-medium">{t("dates.noticeDate")}</dt>
        <dd>{long(dates.noticeDate)}</dd>
        <dt className="font-medium">{t("dates.lastWorkingDay")}</dt>
        <dd>{long(dates.lastWorkingDay)}</dd>
        <dt className="font-medium">{t(letter.legalBasis === "agreement_request" ? "dates.proposedEndDate" : "dates.effectiveDate")}</dt>
        <dd>{long(dates.effectiveDate)}</dd>
        <dt className="font-medium">{t("dates.replyDeadline")}</dt>
        <dd>{long(dates.replyDeadline)}</dd>
      </dl>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {dates.explanation.map((item, i) => (
          <li key={i}>{t(`explain.${item.key}`, values(item.values))}</li>
        ))}
      </ul>
      <Link href={next} replace className={buttonClass("primary", "w-full")}>
        {t("next")}
      </Link>
    </section>
  );
}
