"use client";
// Wizard step 1: for the registrations she ticked, the sites of the same network (operator, system, white label,
// one agency's list), offered as possible, never certain, each with its source and a way to add it.
import { useTranslations } from "next-intl";
import { PartnerList } from "@/components/sites/partner-list";
import type { Partner } from "@/lib/sites/schema";

export type RegistrationWithPartners = { id: string; siteName: string; siteSlug: string | null; partners: Partner[] };

type Props = { registrations: RegistrationWithPartners[]; selectedIds: string[]; registeredSlugs: string[]; back: string };

export function PartnerOffers({ registrations, selectedIds, registeredSlugs, back }: Props) {
  const t = useTranslations("catalogue.wizard");
  const selected = registrations.filter((r) => selectedIds.includes(r.id) && r.partners.length > 0);
  if (selected.length === 0) return null;
  return (
    <section aria-labelledby="partner-offers" className="space-y-2 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm">
      <h2 id="partner-offers" className="font-semibold">
        {t("title")}
      </h2>
      <p>{t("lead")}</p>
      {selected.map((r) => (
        <div key={r.id}>
          <p className="font-medium text-stone-700">{t("from", { site: r.siteName })}</p>
          {/* A site she ticked is not offered again as its own partner. */}
          <PartnerList partners={r.partners.filter((p) => !(p.slug && p.slug === r.siteSlug))} registeredSlugs={registeredSlugs} back={back} />
        </div>
      ))}
      <p className="text-xs text-stone-600">{t("addHint")}</p>
    </section>
  );
}
