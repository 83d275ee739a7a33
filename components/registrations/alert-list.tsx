import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CaseAlert } from "@/lib/cases/alerts";
import type { Alert } from "@/lib/registrations/data";
import { CheckNowButton } from "./check-now-button";

/** Alerts first on the dashboard, each with its next step as a button. */
/** At most this many registration alerts are listed; the rest are counted (each row shows its own status). */
const shownAlerts = 10;

export async function AlertList({ alerts, caseAlerts }: { alerts: Alert[]; caseAlerts: CaseAlert[] }) {
  const t = await getTranslations("dashboard");
  if (alerts.length === 0 && caseAlerts.length === 0) return null;
  const hidden = Math.max(0, alerts.length - shownAlerts);
  return (
    <section aria-labelledby="alerts-title" className="space-y-2">
      <h2 id="alerts-title" className="text-lg font-semibold">
        {t("alertsTitle")}
      </h2>
      <ul className="space-y-2">
        {caseAlerts.map((alert) => (
          <li key={`case-${alert.caseId}`} className="space-y-2 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
            <p>
              {alert.daysLeft < 0
                ? t("alertCaseOverdue", { agency: alert.agencyName, days: -alert.daysLeft })
                : t("alertCaseSoon", { agency: alert.agencyName, days: alert.daysLeft })}
            </p>
            <Link
              href={`/withdrawal/${alert.caseId}`}
              replace
              className="inline-flex min-h-11 items-center rounded-lg bg-amber-800 px-3 font-medium text-white"
            >
              {t("alertActionCase")}
            </Link>
          </li>
        ))}
        {alerts.slice(0, shownAlerts).map((alert) => (
          <li key={`${alert.kind}-${alert.registrationId}`} className="space-y-2 rounded-xl border border-red-200 bg-red-50 p-3 text-sm text-red-900">
            <p>
              {alert.kind === "stillVisible" && t("alertStillVisible", { site: alert.siteName, handle: alert.handle, days: alert.days })}
              {alert.kind === "reappeared" && t("alertReappeared", { site: alert.siteName, handle: alert.handle })}
              {alert.kind === "uncheckable" && t("alertUncheckable", { site: alert.siteName, handle: alert.handle, count: alert.failures })}
            </p>
            {alert.kind === "uncheckable" ? (
              <CheckNowButton registrationId={alert.registrationId} label={t("alertActionUncheckable")} />
            ) : (
              <Link
                href={`/dashboard/registrations/${alert.registrationId}`}
                replace
                className="inline-flex min-h-11 items-center rounded-lg bg-red-800 px-3 font-medium text-white"
              >
                {alert.kind === "stillVisible" ? t("alertActionStillVisible") : t("alertActionReappeared")}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p className="text-sm text-stone-700">{t("moreAlerts", { count: hidden })}</p>}
    </section>
  );
}
