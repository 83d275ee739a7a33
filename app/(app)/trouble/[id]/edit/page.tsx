import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/page-title";
import { TroubleForm } from "@/components/trouble/trouble-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { getTrouble, listTroubleSiteChoices } from "@/lib/trouble/data";
import { isRecordId } from "@/lib/validation/ids";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("trouble.title");
}

export default async function EditTroublePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const record = isRecordId(id) ? await getTrouble(user.id, id) : null;
  if (!record) notFound();
  const sites = await listTroubleSiteChoices();
  const t = await getTranslations("trouble");
  const known = sites.some((s) => s.slug === record.siteSlug);
  const values = {
    siteSlug: known ? record.siteSlug : record.siteName ? "other" : "",
    siteName: known ? "" : record.siteName,
    customerId: record.customerId,
    kind: record.kind,
    whatHappened: record.whatHappened,
    firstContactOn: record.firstContactOn,
    lastIncidentOn: record.lastIncidentOn,
  };
  return (
    <div className="space-y-5">
      <Link href={`/trouble/${record.id}`} replace className="text-sm text-brand-700 underline">
        {t(`kinds.${record.kind}`)}
      </Link>
      <PageTitle>{t("record.editTitle")}</PageTitle>
      <Card>
        <TroubleForm sites={sites} edit={{ id: record.id, values }} />
      </Card>
    </div>
  );
}
