import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DangerNotice } from "@/components/danger-notice";
import { Questionnaire } from "@/components/escalation/questionnaire";
import { PageTitle } from "@/components/page-title";
import { getCurrentUser } from "@/lib/auth/session";
import { listCounsellingBodies } from "@/lib/bodies/data";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("escalation.help.title");
}

/** The escalation questionnaire for anyone, signed in or not: the routing runs in the browser and nothing is saved. */
export default async function HelpPage() {
  const t = await getTranslations();
  const [bodies, user] = await Promise.all([listCounsellingBodies(), getCurrentUser()]);
  return (
    <div className="space-y-5">
      <PageTitle lead={t("escalation.help.lead")}>{t("escalation.help.title")}</PageTitle>
      <DangerNotice />
      <Questionnaire bodies={bodies} defaultEmployment="UNKNOWN" signedIn={user !== null} />
      <Link href="/bodies" replace className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
        {t("escalation.bodiesLink")}
      </Link>
    </div>
  );
}
