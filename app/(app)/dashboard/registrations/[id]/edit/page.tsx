import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/page-title";
import { DeleteRegistration } from "@/components/registrations/delete-registration";
import { RegistrationForm } from "@/components/registrations/registration-form";
import { listAgencyNames } from "@/lib/agencies/data";
import { requireUser } from "@/lib/auth/session";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { getRegistrationForEdit, listSiteChoices } from "@/lib/registrations/data";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("registration.editTitle");
}

export default async function EditRegistrationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const defaults = await getRegistrationForEdit(user.id, id);
  if (!defaults) notFound();
  const t = await getTranslations("registration");
  const [sites, agencies] = await Promise.all([listSiteChoices(), listAgencyNames(user.id)]);
  return (
    <div className="mx-auto max-w-md space-y-8">
      <div>
        <PageTitle>{t("editTitle")}</PageTitle>
        <RegistrationForm sites={sites} agencies={agencies} defaults={defaults} registrationId={id} />
      </div>
      <DeleteRegistration registrationId={id} />
    </div>
  );
}
