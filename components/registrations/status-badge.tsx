import { useTranslations } from "next-intl";
import type { RegistrationStatus, Verdict } from "@/lib/db/enums";
import { goneAwaitingConfirmation } from "@/lib/registrations/gone-pending";

const tones: Record<RegistrationStatus, string> = {
  PENDING: "bg-stone-100 text-stone-700",
  VISIBLE: "bg-amber-100 text-amber-900",
  WITHDRAWAL_REQUESTED: "bg-sky-100 text-sky-900",
  CONFIRMED_GONE: "bg-green-100 text-green-800",
  REAPPEARED: "bg-red-100 text-red-800",
  UNCHECKABLE: "bg-stone-200 text-stone-800",
};

/** With the last verdict: a profile that answered "gone" once is on its way to confirmation, not "not yet checked". */
export function StatusBadge({ status, lastVerdict }: { status: RegistrationStatus; lastVerdict?: Verdict | null }) {
  const t = useTranslations("status");
  if (goneAwaitingConfirmation(status, lastVerdict))
    return <span className="inline-block shrink-0 rounded-full bg-green-50 px-2 py-0.5 text-xs font-semibold text-green-900">{t("GONE_PENDING")}</span>;
  return <span className={`inline-block shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ${tones[status]}`}>{t(status)}</span>;
}
