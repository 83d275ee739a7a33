import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { DashboardRow } from "@/lib/registrations/data";
import { CheckNowButton } from "./check-now-button";
import type { RegistrationStatus, Verdict } from "@/lib/db/enums";
import { goneAwaitingConfirmation, goneConfirmableAt } from "@/lib/registrations/gone-pending";
import { StatusBadge } from "./status-badge";

const badgeVerdicts: Partial<Record<RegistrationStatus, Verdict[]>> = {
  VISIBLE: ["VISIBLE"],
  REAPPEARED: ["VISIBLE"],
  CONFIRMED_GONE: ["GONE"],
  UNCHECKABLE: ["BLOCKED"],
};

function badgeSays(status: RegistrationStatus, verdict: Verdict): boolean {
  return goneAwaitingConfirmation(status, verdict) || (badgeVerdicts[status]?.includes(verdict) ?? false);
}

/** One row of the dashboard. Synchronous on purpose: 300 rows must render in a few milliseconds. */
export function RegistrationRow({ row }: { row: DashboardRow }) {
  const t = useTranslations();
  const format = useFormatter();
  const reasonText = row.lastReason && t.has(`reasons.${row.lastReason}`) ? t(`reasons.${row.lastReason}`) : "";
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const pending = goneAwaitingConfirmation(row.status, row.lastVerdict);
  const confirmAt = pending ? goneConfirmableAt(row.goneSinceAt, row.lastCheckedAt) : null;
  // The badge already says what the verdict says (公開中 / 確認できず …): the line adds only the why and the when.
  const verdictWord = row.lastVerdict && !badgeSays(row.status, row.lastVerdict) ? t(`verdict.${row.lastVerdict}`) : "";
  const detail = [verdictWord, reasonText].filter(Boolean).join(useLocale() === "ja" ? "：" : ": ");
  return (
    <li className="space-y-2 rounded-xl border border-stone-200 bg-white p-3 shadow-sm">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-sm text-stone-600">{row.siteName}</p>
          <p className="break-all font-semibold">{row.handle}</p>
        </div>
        <StatusBadge status={row.status} lastVerdict={row.lastVerdict} />
      </div>
      <p className="text-sm text-stone-700">
        {row.lastCheckedAt && row.lastVerdict
          ? detail
            ? t("dashboard.lastCheckWith", { time: when(row.lastCheckedAt), detail })
            : t("dashboard.lastCheck", { time: when(row.lastCheckedAt) })
          : t("dashboard.neverChecked")}
      </p>
      {confirmAt && <p className="text-sm text-stone-700">{t("dashboard.goneAwaiting", { time: when(confirmAt) })}</p>}
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
