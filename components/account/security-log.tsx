import { getFormatter, getTranslations } from "next-intl/server";
import type { SecurityEvent } from "@/lib/account/audit-data";

export const securityLogSize = 50;

/** Her security events, newest first: what and when only. */
export async function SecurityLog({ events }: { events: SecurityEvent[] }) {
  const t = await getTranslations("account.audit");
  const format = await getFormatter();
  return (
    <div className="space-y-2">
      <p className="text-sm text-stone-700">{t("body", { count: securityLogSize })}</p>
      {events.length === 0 ? (
        <p className="text-sm text-stone-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 text-sm" aria-label={t("title")}>
          {events.map((event) => (
            <li key={event.id} className="flex flex-wrap justify-between gap-x-3 py-2">
              <span>{t.has(`types.${event.type}`) ? t(`types.${event.type}`) : t("other")}</span>
              <time dateTime={event.createdAt.toISOString()} className="text-stone-600">
                {format.dateTime(event.createdAt, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" })}
              </time>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
