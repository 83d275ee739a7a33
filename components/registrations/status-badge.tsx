import { useTranslations } from "next-intl";
import type { RegistrationStatus } from "@/lib/db/enums";

const tones: Record<RegistrationStatus, string> = {
  PENDING: "bg-stone-100 text-stone-700",
  VISIBLE: "bg-amber-100 text-amber-900",
  WITHDRAWAL_REQUESTED: "bg-sky-100 text-sky-900",
  CONFIRMED_GONE: "bg-green-100 text-green-800",
  REAPPEARED: "bg-red-100 text-red-800",
  UNCHECKABLE: "bg-stone-200 text-stone-800",
};

export function StatusBadge({ status }: { status: RegistrationStatus }) {
  const t = useTranslations("status");
  return <span className={`inline-block shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ${tones[status]}`}>{t(status)}</span>;
}
