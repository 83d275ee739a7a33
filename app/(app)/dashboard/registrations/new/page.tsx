import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/page-title";
import { RegistrationForm } from "@/components/registrations/registration-form";
import { listAgencyNames } from "@/lib/agencies/data";
import { requireUser } from "@/lib/auth/session";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { listSiteChoices } from "@/lib/registrations/data";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("registration.addTitle");
}

const empty = {
  siteId: "", customSiteName: "", confirmOtherDomain: false, handle: "", profileUrl: "",
  agencyId: "", newAgencyName: "", registeredOn: "", withdrawalRequestedOn: "",
};

export default async function NewRegistrationPage() {
  const user = await requireUser();
  const t = await getTranslations("registration");
  const [sites, agencies] = await Promise.all([listSiteChoices(), listAgencyNames(user.id)]);
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t("addTitle")}</PageTitle>
      <RegistrationForm sites={sites} agencies={agencies} defaults={empty} />
    </div>
  );
}
