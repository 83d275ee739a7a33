import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/page-title";
import { DangerNotice } from "@/components/danger-notice";
import { TroubleForm } from "@/components/trouble/trouble-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { dateFromInput } from "@/lib/time/tokyo-date";
import { listTroubleSiteChoices, listTroubles } from "@/lib/trouble/data";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("trouble.title");
}

export default async function TroublePage() {
  const user = await requireUser();
  const [records, sites] = await Promise.all([listTroubles(user.id), listTroubleSiteChoices()]);
  const t = await getTranslations("trouble");
  const format = await getFormatter();
  return (
    <div className="space-y-5">
      <PageTitle lead={t("intro")}>{t("title")}</PageTitle>
      <DangerNotice />
      <section aria-labelledby="records-title" className="space-y-2">
        <h2 id="records-title" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        {records.length === 0 && <p className="text-stone-700">{t("empty")}</p>}
        <ul className="space-y-2">
          {records.map((r) => (
            <li key={r.id}>
              <Link href={`/trouble/${r.id}`} className="block rounded-xl border border-stone-200 bg-white p-3 hover:border-brand-700">
                <span className="block font-semibold">{t(`kinds.${r.kind}`)}</span>
                <span className="block break-words text-sm text-stone-700">{[r.siteName, r.customerId].filter(Boolean).join(" · ")}</span>
                <span className="block text-sm text-stone-600">
                  {r.lastIncidentOn
                    ? t("lastIncident", { date: format.dateTime(dateFromInput(r.lastIncidentOn)!, { dateStyle: "medium", timeZone: "Asia/Tokyo" }) })
                    : t("created", { date: format.dateTime(r.createdAt, { dateStyle: "medium" }) })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("newTitle")}</h2>
        <p className="text-sm text-stone-600">{t("private")}</p>
        <TroubleForm sites={sites} />
      </Card>
    </div>
  );
}
