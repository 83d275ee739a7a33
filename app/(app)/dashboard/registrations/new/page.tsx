import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/page-title";
import { RegistrationForm } from "@/components/registrations/registration-form";
import { listAgencyNames } from "@/lib/agencies/data";
import { requireUser } from "@/lib/auth/session";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { listSiteChoices } from "@/lib/registrations/data";
import { wizardReturnPath } from "@/lib/registrations/return-path";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("registration.addTitle");
}

const empty = {
  siteId: "",
  customSiteName: "",
  confirmOtherDomain: false,
  handle: "",
  profileUrl: "",
  confirmProfileUrl: false,
  agencyId: "",
  newAgencyName: "",
  registeredOn: "",
  withdrawalRequestedOn: "",
};

type Props = { searchParams: Promise<{ site?: string | string[]; back?: string | string[] }> };

/** ?site=<slug> picks the site (from the catalogue page or a partner-site offer); ?back= returns to the wizard. */
export default async function NewRegistrationPage({ searchParams }: Props) {
  const user = await requireUser();
  const t = await getTranslations("registration");
  const query = await searchParams;
  const [sites, agencies] = await Promise.all([listSiteChoices(), listAgencyNames(user.id)]);
  const picked = typeof query.site === "string" ? sites.find((s) => s.slug === query.site) : undefined;
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t("addTitle")}</PageTitle>
      <RegistrationForm sites={sites} agencies={agencies} defaults={{ ...empty, siteId: picked?.id ?? "" }} back={wizardReturnPath(query.back)} />
    </div>
  );
}
