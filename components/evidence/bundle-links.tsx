import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** One ZIP per case: its files, the manifest with hashes, and the consultation memo. */
export async function BundleLinks({ cases }: { cases: { id: string; label: string }[] }) {
  const t = await getTranslations("evidence.bundle");
  return (
    <Card className="space-y-2 text-sm">
      <h2 className="text-base font-semibold">{t("title")}</h2>
      <p className="text-stone-700">{cases.length > 0 ? t("intro") : t("none")}</p>
      <ul className="space-y-1">
        {cases.map((c) => (
          <li key={c.id}>
            <a href={`/api/cases/${c.id}/bundle`} download className="inline-flex min-h-11 items-center text-brand-700 underline">
              {t("export", { agency: c.label })}
            </a>
          </li>
        ))}
      </ul>
    </Card>
  );
}
