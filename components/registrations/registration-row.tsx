import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { DashboardRow } from "@/lib/registrations/data";
import { CheckNowButton } from "./check-now-button";
import { StatusBadge } from "./status-badge";

/** One row of the dashboard. Synchronous on purpose: 300 rows must render in a few milliseconds. */
export function RegistrationRow({ row }: { row: DashboardRow }) {
  const t = useTranslations();
  const format = useFormatter();
  const reason = row.lastReason && t.has(`reasons.${row.lastReason}`) ? `(${t(`reasons.${row.lastReason}`)})` : "";
  return (
    <li className="space-y-2 rounded-xl border border-stone-200 bg-white p-3 shadow-sm">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-sm text-stone-600">{row.siteName}</p>
          <p className="break-all font-semibold">{row.handle}</p>
        </div>
        <StatusBadge status={row.status} />
      </div>
      <p className="text-sm text-stone-700">
        {row.lastCheckedAt && row.lastVerdict
          ? `${t("dashboard.lastCheck", { time: format.dateTime(row.lastCheckedAt, { dateStyle: "medium", timeStyle: "short" }) })} · ${t(`verdict.${row.lastVerdict}`)}${reason}`
          : t("dashboard.neverChecked")}
      </p>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <CheckNowButton registrationId={row.id} />
        <Link
          href={`/dashboard/registrations/${row.id}`}
          replace
          className="inline-flex min-h-11 items-center text-sm text-brand-700 underline"
          aria-label={`${t("dashboard.details")}: ${row.siteName} ${row.handle}`}
        >
          {t("dashboard.details")}
        </Link>
      </div>
    </li>
  );
}
