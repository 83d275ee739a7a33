// Sites of the same network, one block per network: how they are linked ("possible", never certain), its sites,
// then what the source says. A catalogue site she has not added yet has a link to add it (back to `back` after saving).
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { Partner } from "@/lib/sites/schema";
import { Badge } from "../ui/badge";
import { FactSource } from "./fact-source";
import { relationKeys } from "./relation-label";

type Props = { partners: Partner[]; registeredSlugs: string[]; back?: string };

export function addRegistrationHref(slug: string, back?: string): string {
  const query = new URLSearchParams({ site: slug, ...(back ? { back } : {}) });
  return `/dashboard/registrations/new?${query}`;
}

/** The partners by network, in the order the networks first appear. */
export function byNetwork(partners: Partner[]): Partner[][] {
  const groups = new Map<string, Partner[]>();
  for (const p of partners) groups.set(p.network, [...(groups.get(p.network) ?? []), p]);
  return [...groups.values()];
}

export function PartnerList({ partners, registeredSlugs, back }: Props) {
  const t = useTranslations("catalogue");
  const tCommon = useTranslations("common");
  const ja = useLocale() === "ja";
  return (
    <ul className="mt-1 space-y-3">
      {byNetwork(partners).map((members) => {
        const link = members[0];
        return (
          <li key={link.network} className="border-l-2 border-amber-300 pl-2">
            <p className="flex flex-wrap gap-1">
              <Badge>{t(`relation.${relationKeys[link.relation]}`)}</Badge>
              {!link.source.verified && <Badge tone="warning">{tCommon("unverified")}</Badge>}
            </p>
            <ul className="divide-y divide-stone-200">
              {members.map((p) => {
                const name = ja ? p.name : p.nameEn;
                return (
                  <li key={p.slug ?? p.name} className="flex min-h-11 flex-wrap items-center justify-between gap-x-3">
                    <span className="font-medium">{name}</span>
                    {p.slug &&
                      (registeredSlugs.includes(p.slug) ? (
                        <span className="text-xs text-stone-600">{t("withdrawal.alreadyAdded")}</span>
                      ) : (
                        <Link
                          href={addRegistrationHref(p.slug, back)}
                          className="inline-flex min-h-11 items-center text-brand-700 underline"
                          aria-label={t("withdrawal.addPartner", { site: name })}
                        >
                          {t("withdrawal.add")}
                        </Link>
                      ))}
                  </li>
                );
              })}
            </ul>
            <p className="mt-1">{ja ? link.text.ja : link.text.en}</p>
            <FactSource source={link.source} />
          </li>
        );
      })}
    </ul>
  );
}
