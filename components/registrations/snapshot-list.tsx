import { getFormatter, getTranslations } from "next-intl/server";
import type { Snapshot } from "@/lib/registrations/data";

type EvidenceView = { id: string; capturedAt: Date; sha256: string; snapshot: Snapshot | null };

/** Snapshots kept by the checker: what was seen, when, with hashes usable in letters. */
export async function SnapshotList({ evidence }: { evidence: EvidenceView[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  if (evidence.length === 0) return null;
  return (
    <section aria-labelledby="evidence-title" className="space-y-2">
      <h2 id="evidence-title" className="text-lg font-semibold">
        {t("registration.evidenceTitle")}
      </h2>
      <ul className="space-y-2">
        {evidence.map((e) => (
          <li key={e.id} className="space-y-1 rounded-xl border border-stone-200 bg-white p-3 text-sm">
            <p className="font-semibold">
              {e.snapshot ? t(`verdict.${e.snapshot.verdict}`) : ""}
              <span className="ml-2 font-normal text-stone-600">{format.dateTime(e.capturedAt, { dateStyle: "medium", timeStyle: "medium" })}</span>
            </p>
            {e.snapshot?.finalUrl && <p className="break-all text-stone-700">{e.snapshot.finalUrl}</p>}
            {e.snapshot?.excerpt && <p className="line-clamp-3 break-all text-stone-600">{e.snapshot.excerpt}</p>}
            <p className="break-all font-mono text-xs text-stone-500">{t("registration.snapshotHash", { hash: e.sha256 })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
