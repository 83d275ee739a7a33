import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { EvidenceItem } from "@/lib/evidence/data";
import { formatSize } from "@/lib/evidence/format-size";
import { EvidenceItemActions } from "./evidence-item-actions";

type Props = { items: EvidenceItem[]; cases: { id: string; label: string }[]; troubles?: { id: string; label: string }[] };

/** Everything she keeps: uploads and the checker's snapshots, each with its times and hash. */
export async function EvidenceList({ items, cases, troubles = [] }: Props) {
  const t = await getTranslations();
  const format = await getFormatter();
  const time = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const caseLabel = new Map(cases.map((c) => [c.id, c.label]));
  const troubleLabel = new Map(troubles.map((c) => [c.id, c.label]));
  return (
    <section aria-labelledby="evidence-list-title" className="space-y-2">
      <h2 id="evidence-list-title" className="text-lg font-semibold">
        {t("evidence.list.title")}
      </h2>
      {items.length === 0 && <p className="text-stone-700">{t("evidence.list.empty")}</p>}
      <ul className="space-y-3">
        {items.map((item) => {
          const name = item.fileName ?? t("evidence.list.kindSnapshot");
          return (
            <li key={item.id} className="space-y-2 rounded-xl border border-stone-200 bg-white p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={item.kind === "UPLOAD" ? "neutral" : "warning"}>
                  {item.kind === "UPLOAD" ? t("evidence.list.kindUpload") : t("evidence.list.kindSnapshot")}
                </Badge>
                {item.kind === "UPLOAD" && (
                  <Badge tone={item.metadataRemoved ? "success" : "neutral"}>
                    {item.metadataRemoved ? t("evidence.list.metadataRemoved") : t("evidence.list.metadataKept")}
                  </Badge>
                )}
              </div>
              <p className="break-all font-semibold">
                {item.kind === "UPLOAD"
                  ? name
                  : t("evidence.list.snapshotOf", { site: item.siteName ?? "", verdict: item.snapshot ? t(`verdict.${item.snapshot.verdict}`) : "" })}
              </p>
              <p className={item.description ? "whitespace-pre-wrap break-words" : "text-stone-500"}>{item.description || t("evidence.list.noDescription")}</p>
              {item.snapshot && (
                <p className="break-all text-stone-700">
                  {item.snapshot.finalUrl ?? item.snapshot.url}
                  {item.snapshot.httpStatus ? ` (${t("evidence.list.snapshotStatus", { status: item.snapshot.httpStatus })})` : ""}
                </p>
              )}
              <p className="text-stone-700">{t("evidence.list.captured", { time: time(item.capturedAt) })}</p>
              <p className="text-stone-700">{t("evidence.list.uploaded", { time: time(item.uploadedAt) })}</p>
              {item.sizeBytes !== null && <p className="text-stone-700">{t("evidence.list.size", { size: formatSize(item.sizeBytes) })}</p>}
              {item.caseId && <p className="text-stone-700">{t("evidence.list.case", { agency: caseLabel.get(item.caseId) ?? "" })}</p>}
              {item.troubleId && (
                <p className="text-stone-700">
                  {t("evidence.list.trouble")}{" "}
                  <Link href={`/trouble/${item.troubleId}`} className="text-brand-700 underline">
                    {troubleLabel.get(item.troubleId) ?? t("evidence.list.troubleRecord")}
                  </Link>
                </p>
              )}
              <p className="break-all font-mono text-xs text-stone-600">{t("evidence.list.sha256", { hash: item.sha256 })}</p>
              <a
                href={`/api/evidence/${item.id}`}
                download
                className="inline-flex min-h-11 items-center text-brand-700 underline"
                aria-label={t("evidence.list.downloadLabel", { name })}
              >
                {t("evidence.list.download")}
              </a>
              <EvidenceItemActions id={item.id} description={item.description ?? ""} caseId={item.caseId ?? ""} cases={cases} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
