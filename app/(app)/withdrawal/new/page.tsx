import type { Metadata } from "next";
import { WhoForm } from "@/components/wizard/who-form";
import { WizardProgress } from "@/components/wizard/wizard-progress";
import { emptyAgencyFields } from "@/lib/agencies/schema";
import { listAgencyNames } from "@/lib/agencies/data";
import { requireUser } from "@/lib/auth/session";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { getDashboard, listRegisteredSiteSlugs } from "@/lib/registrations/data";
import { withPartnerSites } from "@/lib/sites/data";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("withdrawal.title");
}

export default async function NewWithdrawalPage() {
  const user = await requireUser();
  const [agencies, { rows }, registeredSlugs] = await Promise.all([listAgencyNames(user.id), getDashboard(user.id), listRegisteredSiteSlugs(user.id)]);
  const partners = { registrations: await withPartnerSites(rows), registeredSlugs };
  return (
    <div className="mx-auto max-w-md">
      <WizardProgress caseId={null} current={1} reached={1} />
      <WhoForm
        caseId={null}
        agencies={agencies}
        registrations={rows.map((r) => ({ id: r.id, siteName: r.siteName, handle: r.handle }))}
        partners={partners}
        defaults={{ agencyId: "", newAgency: emptyAgencyFields, registrationIds: [] }}
      />
    </div>
  );
}
