import { getTranslations } from "next-intl/server";
import { Badge } from "../ui/badge";

/** A fact with its verification shown: unverified values are never presented as certain. */
export async function CheckedValue({ value, verified, note }: { value: string | null; verified: boolean; note?: string | null }) {
  const t = await getTranslations("common");
  return (
    <span className="space-x-1">
      {value ? <span>{value}</span> : !note && <span className="text-stone-500">—</span>}
      {note && <span className="text-sm text-stone-600">{note}</span>}
      {!verified && <Badge tone="warning">{t("unverified")}</Badge>}
    </span>
  );
}
