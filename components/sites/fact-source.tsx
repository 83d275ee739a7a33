// One fact's source: who wrote it (the site, an agency, a third party), a link where a person can open it, the day
// it was read, and "unverified" unless the site's own page says it. The citation as written (file, commit, index
// id) sits behind a tap: it is for whoever checks, and an index id is never offered as a link.
import { useFormatter, useTranslations } from "next-intl";
import type { Source } from "@/lib/sites/schema";
import { Badge } from "../ui/badge";

function labelKey(source: Source) {
  if (source.kind !== "third-party") return source.kind;
  return source.medium === "code" ? "thirdPartyCode" : source.medium === "data" ? "thirdPartyData" : "thirdPartyPage";
}

function host(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

export function FactSource({ source }: { source: Source }) {
  const t = useTranslations("catalogue.source");
  const tCommon = useTranslations("common");
  const format = useFormatter();
  const read = format.dateTime(new Date(`${source.read}T00:00:00+09:00`), { dateStyle: "long" });
  const label = t(labelKey(source));
  return (
    <div className="mt-1 text-xs text-stone-600">
      <p>
        <span>{t("label")}</span>
        {source.url ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer" className="underline">
            {t("link", { label, host: host(source.url) })}
          </a>
        ) : (
          <span>{label}</span>
        )}{" "}
        <span className="whitespace-nowrap">{t("read", { date: read })}</span> {!source.verified && <Badge tone="warning">{tCommon("unverified")}</Badge>}
      </p>
      <details className="mt-0.5">
        <summary className="cursor-pointer py-1">{t("details")}</summary>
        <p lang="en" className="break-words">
          {source.detail}
        </p>
      </details>
    </div>
  );
}
