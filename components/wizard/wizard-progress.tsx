import Link from "next/link";
import { getTranslations } from "next-intl/server";

export const wizardSteps = ["who", "facts", "requests", "dates", "message", "sent"] as const;

/** Where she is in the six steps; steps already reached are links, so she can go back and change them. */
export async function WizardProgress({ caseId, current, reached }: { caseId: string | null; current: number; reached: number }) {
  const t = await getTranslations("wizard");
  return (
    <nav aria-label={t("progressLabel")} className="mb-4">
      <p className="mb-2 text-sm text-stone-600">{t("stepOf", { step: current, total: wizardSteps.length })}</p>
      <ol className="grid grid-cols-6 gap-1">
        {wizardSteps.map((step, index) => {
          const n = index + 1;
          const bar = `block h-1.5 rounded-full ${n <= current ? "bg-brand-700" : n <= reached ? "bg-brand-100" : "bg-stone-200"}`;
          return (
            <li key={step}>
              {caseId && n <= reached && n !== current ? (
                <Link href={`/withdrawal/${caseId}/step/${n}`} replace aria-label={t(`steps.${step}`)} className="block py-2">
                  <span className={bar} />
                </Link>
              ) : (
                <span role="img" aria-current={n === current ? "step" : undefined} aria-label={t(`steps.${step}`)} className="block py-2">
                  <span className={bar} />
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <h1 className="text-2xl font-bold">{t(`steps.${wizardSteps[current - 1]}`)}</h1>
    </nav>
  );
}
