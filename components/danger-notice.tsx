import { getTranslations } from "next-intl/server";
import { dangerNumbers } from "@/lib/escalation/phone-link";

/**
 * The danger notice with tap-to-call links, rendered on the server: the numbers work with scripts off. `compact` is
 * the one line in every page's footer; the full notice sits at the top of the landing, help and bodies pages.
 */
export async function DangerNotice({ compact = false }: { compact?: boolean }) {
  const t = await getTranslations("escalation.dangerNotice");
  if (compact)
    return (
      <p className="flex flex-wrap items-center gap-x-3">
        <span>{t("footer")}</span>
        <a href={dangerNumbers.police} className="inline-flex min-h-11 items-center font-semibold text-red-800 underline">
          {t("call110")}
        </a>
        <a href={dangerNumbers.consultation} className="inline-flex min-h-11 items-center font-semibold text-red-800 underline">
          {t("call9110")}
        </a>
      </p>
    );
  return (
    <section aria-label={t("label")} className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      <p>{t("text")}</p>
      <div className="grid grid-cols-2 gap-2">
        <a href={dangerNumbers.police} className="flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-2 text-center font-bold text-white">
          {t("call110")}
        </a>
        <a
          href={dangerNumbers.consultation}
          className="flex min-h-11 items-center justify-center rounded-lg border border-red-700 bg-white px-2 text-center font-semibold text-red-800"
        >
          {t("call9110")}
        </a>
      </div>
    </section>
  );
}
