import type { Metadata } from "next";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { getTranslations } from "next-intl/server";
import { BodyCard } from "@/components/bodies/body-card";
import { DangerNotice } from "@/components/danger-notice";
import { PageTitle } from "@/components/page-title";
import { listCounsellingBodies } from "@/lib/bodies/data";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("bodies.title");
}

export default async function BodiesPage() {
  const t = await getTranslations();
  const bodies = await listCounsellingBodies();
  return (
    <div className="space-y-4">
      <PageTitle lead={t("bodies.lead")}>{t("bodies.title")}</PageTitle>
      <DangerNotice />
      <p className="text-sm text-stone-600">{t("bodies.count", { count: bodies.length })}</p>
      <ul className="space-y-3">
        {bodies.map((body) => (
          <li key={body.slug}>
            <BodyCard body={body} />
          </li>
        ))}
      </ul>
    </div>
  );
}
