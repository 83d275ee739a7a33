import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/** A plain download link: the route answers with the ZIP as an attachment, so the page stays where it is. */
export async function ExportData() {
  const t = await getTranslations("account.export");
  return (
    <div className="space-y-2">
      <p className="text-sm text-stone-700">{t("body")}</p>
      <p className="text-sm text-amber-900">{t("warning")}</p>
      <a href="/api/account/export" download className={buttonClass("secondary")}>
        {t("button")}
      </a>
    </div>
  );
}
