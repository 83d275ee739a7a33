import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/wizard/copy-button";
import type { listTroubleDocuments } from "@/lib/trouble/data";

type Documents = Awaited<ReturnType<typeof listTroubleDocuments>>;

/** The letters kept on a record: text to copy, the English reading, sources, and the PDF. */
export async function TroubleLetters({ documents }: { documents: Documents }) {
  const t = await getTranslations("trouble.letters");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const typeLabel = (type: string) => {
    const key = type.replace(/^trouble_/, "");
    return t.has(`kinds.${key}`) ? t(`kinds.${key}`) : type;
  };
  return (
    <section id="letters" aria-labelledby="letters-title" className="space-y-3">
      <h2 id="letters-title" className="text-lg font-semibold">
        {t("saved")}
      </h2>
      {documents.length === 0 && <p className="text-stone-700">{t("none")}</p>}
      {documents.map((d) => (
        <Card key={d.id} className="space-y-2" aria-labelledby={`letter-${d.id}`}>
          <h3 id={`letter-${d.id}`} className="font-semibold">
            <span>{typeLabel(d.type)}</span>
            <span className="ml-2 text-sm font-normal text-stone-600">{format.dateTime(d.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
          </h3>
          <details>
            <summary className="min-h-11 cursor-pointer text-brand-700 underline">{t("showText")}</summary>
            <pre className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap break-words rounded bg-stone-50 p-2 font-sans text-sm">{d.text}</pre>
          </details>
          {d.englishText && (
            <details>
              <summary className="min-h-11 cursor-pointer text-brand-700 underline">{t("showEnglish")}</summary>
              <pre lang="en" className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap break-words rounded bg-stone-50 p-2 font-sans text-sm">
                {d.englishText}
              </pre>
            </details>
          )}
          {d.letter?.citations && d.letter.citations.length > 0 && (
            <div className="space-y-1 text-xs text-stone-700">
              <p className="font-medium">{t("sources")}</p>
              <ul className="space-y-1">
                {d.letter.citations.map((c) => (
                  <li key={c.label}>
                    {c.sourceUrl ? (
                      <a href={c.sourceUrl} target="_blank" rel="noopener noreferrer" className="break-words underline">
                        {c.label}
                      </a>
                    ) : (
                      c.label
                    )}{" "}
                    {!c.verified && <Badge tone="warning">{tc("unverified")}</Badge>}
                  </li>
                ))}
              </ul>
              <p>{t("unverifiedNote")}</p>
            </div>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <CopyButton text={d.text} />
            {d.letter && (
              <a href={`/api/documents/${d.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                {t("pdf")}
              </a>
            )}
          </div>
        </Card>
      ))}
    </section>
  );
}
