import { getTranslations } from "next-intl/server";

/** 110 and #9110 as plain tel: links: no script needed to see or tap the numbers. */
export async function DangerCall() {
  const t = await getTranslations("trouble");
  return (
    <div role="note" className="space-y-2 rounded-xl border border-red-300 bg-red-50 p-3">
      <p className="font-medium text-red-900">{t("danger")}</p>
      <div className="flex flex-wrap gap-2">
        <a href="tel:110" className="inline-flex min-h-11 items-center rounded-lg bg-red-700 px-4 font-semibold text-white">
          {t("call110")}
        </a>
        <a href="tel:%239110" className="inline-flex min-h-11 items-center rounded-lg border border-red-700 px-4 font-semibold text-red-800">
          {t("call9110")}
        </a>
      </div>
    </div>
  );
}
