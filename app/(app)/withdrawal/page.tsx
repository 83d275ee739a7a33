import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/empty-state";
import { PageTitle } from "@/components/page-title";
import { buttonClass } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { listCases } from "@/lib/cases/data";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("withdrawal.title");
}

export default async function WithdrawalPage() {
  const user = await requireUser();
  const t = await getTranslations();
  const format = await getFormatter();
  const cases = await listCases(user.id);
  return (
    <div className="space-y-4">
      <PageTitle lead={t("withdrawal.lead")}>{t("withdrawal.title")}</PageTitle>
      <Link href="/withdrawal/new" replace className={buttonClass("primary", "w-full sm:w-auto")}>
        {t("withdrawal.start")}
      </Link>
      {cases.length === 0 ? (
        <EmptyState title={t("withdrawal.emptyTitle")}>
          <p>{t("withdrawal.emptyBody")}</p>
        </EmptyState>
      ) : (
        <ul className="space-y-2">
          {cases.map((c) => (
            <li key={c.id}>
              <Link
                href={c.status === "DRAFT" ? `/withdrawal/${c.id}/step/${c.wizardStep}` : `/withdrawal/${c.id}`}
                replace
                className="block space-y-1 rounded-xl border border-stone-200 bg-white p-3 shadow-sm"
              >
                <span className="flex items-center justify-between gap-2">
                  <span className="font-semibold">{c.agencyName}</span>
                  <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-semibold">{t(`caseStatus.${c.status}`)}</span>
                </span>
                <span className="block text-sm text-stone-600">
                  {c.status === "DRAFT"
                    ? t("withdrawal.draftAt", { step: c.wizardStep })
                    : c.deadline
                      ? t("withdrawal.deadline", { date: format.dateTime(c.deadline, { dateStyle: "long" }) })
                      : ""}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
