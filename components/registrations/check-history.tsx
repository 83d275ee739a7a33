import { getFormatter, getTranslations } from "next-intl/server";
import type { Verdict } from "@/lib/db/enums";

type CheckView = { id: string; checkedAt: Date; verdict: Verdict; reason: string; httpStatus: number | null; durationMs: number };

const dots: Record<Verdict, string> = { VISIBLE: "bg-amber-500", GONE: "bg-green-600", BLOCKED: "bg-stone-400", ERROR: "bg-stone-400" };

/** The check history as a timeline, newest first. */
export async function CheckHistory({ checks }: { checks: CheckView[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <section aria-labelledby="history-title" className="space-y-2">
      <h2 id="history-title" className="text-lg font-semibold">
        {t("registration.historyTitle")}
      </h2>
      {checks.length === 0 ? (
        <p className="text-sm text-stone-600">{t("registration.noHistory")}</p>
      ) : (
        <ol className="space-y-0 border-l-2 border-stone-200 pl-4">
          {checks.map((c) => (
            <li key={c.id} className="relative pb-3 text-sm">
              <span aria-hidden className={`absolute -left-[1.4rem] top-1.5 size-3 rounded-full ${dots[c.verdict]}`} />
              <p className="font-semibold">
                {t(`verdict.${c.verdict}`)}
                <span className="ml-2 font-normal text-stone-600">{format.dateTime(c.checkedAt, { dateStyle: "medium", timeStyle: "short" })}</span>
              </p>
              <p className="text-stone-700">
                {t.has(`reasons.${c.reason}`) ? t(`reasons.${c.reason}`) : c.reason}
                {c.httpStatus !== null && <span className="ml-2 text-stone-500">{t("registration.httpStatus", { status: c.httpStatus })}</span>}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
