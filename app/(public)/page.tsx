import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { DangerNotice } from "@/components/danger-notice";

const features = ["Visibility", "Withdrawal", "Escalation", "Evidence"] as const;

export default async function LandingPage() {
  const t = await getTranslations("landing");
  return (
    <div className="space-y-6">
      <DangerNotice />
      <div className="space-y-3">
        <h1 className="text-2xl font-bold leading-snug">{t("title")}</h1>
        <p className="text-stone-700">{t("lead")}</p>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Link href="/register" replace className={buttonClass("primary")}>
          {t("start")}
        </Link>
        <Link href="/signin" replace className={buttonClass("secondary")}>
          {t("haveAccount")}
        </Link>
      </div>
      <Link href="/help" replace className="block rounded-xl border border-brand-100 bg-white p-3 shadow-sm">
        <span className="block font-semibold text-brand-800 underline">{t("helpLink")}</span>
        <span className="mt-1 block text-sm text-stone-700">{t("helpLinkBody")}</span>
      </Link>
      <ul className="grid gap-3 sm:grid-cols-2">
        {features.map((feature) => (
          <li key={feature}>
            <Card className="h-full">
              <h2 className="font-semibold">{t(`feature${feature}Title`)}</h2>
              <p className="mt-1 text-sm text-stone-700">{t(`feature${feature}`)}</p>
            </Card>
          </li>
        ))}
      </ul>
      <p className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800">{t("privacy")}</p>
    </div>
  );
}
