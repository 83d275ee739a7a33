import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { NaiyouLayout } from "@/lib/letters/naiyou-layout";
import { CopyButton } from "./copy-button";

type Props = {
  caseId: string;
  agreement: boolean;
  shortMessage: string;
  noticeText: string;
  naiyou: NaiyouLayout;
  english: { shortMessage: string; noticeText: string };
};

/** The characters to check, line by line: she sees which they are (usually the Latin letters of her handle). */
function warningsByLine(warnings: NaiyouLayout["warnings"]): { line: number; chars: string }[] {
  const lines = new Map<number, string>();
  for (const w of warnings) lines.set(w.line, (lines.get(w.line) ?? "") + w.char);
  return [...lines].map(([line, chars]) => ({ line, chars }));
}

/** The request in three forms, Japanese first, with English for reading alongside. */
export async function LettersPreview({ caseId, agreement, shortMessage, noticeText, naiyou, english }: Props) {
  const t = await getTranslations("wizard.message");
  const pdf = (kind: string) => `/api/cases/${caseId}/documents/${kind}`;
  return (
    <div id="letters" className="space-y-4">
      <Card className="space-y-2">
        <h2 className="font-semibold">{t("shortTitle")}</h2>
        <p className="text-sm text-stone-600">{t("shortHint")}</p>
        <textarea
          readOnly
          value={shortMessage}
          rows={Math.max(4, shortMessage.split("\n").length + 1)}
          aria-label={t("shortTitle")}
          className="w-full rounded-lg border border-stone-300 bg-stone-50 p-2 text-sm"
        />
        <CopyButton text={shortMessage} />
      </Card>
      <Card className="space-y-2">
        <h2 className="font-semibold">{t(agreement ? "agreementTitle" : "noticeTitle")}</h2>
        <pre className="whitespace-pre-wrap break-words rounded-lg bg-stone-50 p-2 font-sans text-sm">{noticeText}</pre>
        <a href={pdf("notice")} className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t("noticePdf")}
        </a>
      </Card>
      <Card className="space-y-2">
        <h2 className="font-semibold">{t("naiyouTitle")}</h2>
        <p className="text-sm">
          {t("naiyouSummary", { grid: t(`grids.${naiyou.grid}`), pages: naiyou.pages, characters: naiyou.characterCount, lines: naiyou.lineCount })}
        </p>
        {naiyou.violations.length > 0 ? (
          <ul className="space-y-1 text-sm text-red-800">
            {naiyou.violations.map((v) => (
              <li key={v.line}>{t("naiyouViolation", { line: v.line, counted: v.counted, limit: v.limit })}</li>
            ))}
          </ul>
        ) : (
          <Badge tone="success">{t("naiyouFits")}</Badge>
        )}
        {naiyou.warnings.length > 0 && (
          <div className="text-sm text-amber-900">
            <p>{t("naiyouWarnings", { count: naiyou.warnings.length })}</p>
            <ul className="mt-1 space-y-1">
              {warningsByLine(naiyou.warnings).map(({ line, chars }) => (
                <li key={line}>{t("naiyouWarningLine", { line, chars })}</li>
              ))}
            </ul>
          </div>
        )}
        <ol className="overflow-x-auto rounded-lg bg-stone-50 p-2 font-mono text-sm leading-relaxed">
          {naiyou.lines.map((line, i) => (
            <li key={i} className="whitespace-pre">
              {line || "\u00a0"}
            </li>
          ))}
        </ol>
        <a href={pdf("naiyou")} className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t("naiyouPdf")}
        </a>
      </Card>
      <details className="rounded-xl border border-stone-200 bg-white p-3 text-sm">
        <summary className="min-h-11 cursor-pointer font-semibold">{t("english")}</summary>
        <pre className="mt-2 whitespace-pre-wrap font-sans">{english.shortMessage}</pre>
        <pre className="mt-4 whitespace-pre-wrap font-sans">{english.noticeText}</pre>
      </details>
    </div>
  );
}
