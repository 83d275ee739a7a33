import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { LegalSource } from "@/lib/cases/legal-bases";

/** A legal statement with its source and the date it was checked; unverified ones say so, general information too. */
export async function LegalSourceNote({ source }: { source: LegalSource }) {
  const t = await getTranslations("wizard.legal");
  const format = await getFormatter();
  const ja = (await getLocale()) === "ja";
  const note = ja ? source.noteJa : (source.noteEn ?? source.noteJa);
  return (
    <div className="space-y-1 rounded-lg border border-stone-200 bg-white p-3 text-sm">
      <p className="font-semibold">
        {ja ? source.titleJa : source.titleEn}{" "}
        {source.general ? <Badge>{t("general")}</Badge> : !source.verified && <Badge tone="warning">{t("unverified")}</Badge>}
      </p>
      <p>{ja ? source.summaryJa : source.summaryEn}</p>
      {note && <p className="text-stone-600">{note}</p>}
      <p className="text-xs text-stone-600">
        {t("source")}:{" "}
        {source.general ? (
          // Nothing was cited, so there is no source and no date it was checked.
          t("noSource")
        ) : (
          <>
            {source.sourceUrl ? (
              <a href={source.sourceUrl} target="_blank" rel="noopener noreferrer" className="break-all underline">
                {source.sourceNameJa}
              </a>
            ) : (
              source.sourceNameJa
            )}{" "}
            ·{" "}
            {t(source.dateIsFileDate ? "checkedFileDate" : "checked", {
              date: format.dateTime(new Date(`${source.checkedOn}T00:00:00+09:00`), { dateStyle: "long" }),
            })}
          </>
        )}
      </p>
    </div>
  );
}
