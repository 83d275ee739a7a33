"use client";
import { callAction } from "@/components/use-form-action";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { saveFactsAction } from "@/lib/cases/actions";
import { contractTypes, type ContractTypeKey } from "@/lib/cases/keys";
import type { ContractTypeDecision, ReasonKey } from "@/lib/cases/contract-type";
import type { WorkFactsInput } from "@/lib/cases/facts-schema";
import type { LegalBasisKey } from "@/lib/cases/keys";

type Props = {
  caseId: string;
  facts: WorkFactsInput;
  decision: ContractTypeDecision;
  override: ContractTypeKey | null;
  /** The basis in force (after any override) and why. */
  basis: { legalBasis: LegalBasisKey; basisReasons: ReasonKey[] };
  children?: React.ReactNode;
};

/** The decided contract type with its reasons; she may override it, and the override is recorded. */
export function ContractResult({ caseId, facts, decision, override, basis, children }: Props) {
  const t = useTranslations("wizard");
  const errorText = useErrorText();
  const router = useRouter();
  const [choice, setChoice] = useState<string>(override ?? "");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function next() {
    startTransition(async () => {
      const result = await callAction(() => saveFactsAction(caseId, facts, choice || null));
      if (!result.ok) return setError(errorText(result.error));
      router.replace(`/withdrawal/${caseId}/step/3`);
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      <section aria-labelledby="result-title" className="space-y-2 rounded-xl border border-brand-100 bg-brand-50 p-4">
        <h2 id="result-title" className="text-sm font-semibold text-brand-800">
          {t("facts.resultTitle")}
        </h2>
        <p className="text-xl font-bold">{t(`contractType.${override ?? decision.type}`)}</p>
        {override && <p className="text-sm">{t("facts.overridden", { decided: t(`contractType.${decision.type}`) })}</p>}
        <p className="text-sm">{t(`facts.confidence.${decision.confidence}`)}</p>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {[...decision.reasons].map((reason) => (
            <li key={reason}>{t(`reasons.${reason}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="basis-title" className="space-y-2">
        <h2 id="basis-title" className="font-semibold">
          {t("facts.legalBasis")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {basis.basisReasons.map((reason) => (
            <li key={reason}>{t(`reasons.${reason}`)}</li>
          ))}
        </ul>
        {basis.legalBasis === "agreement_request" && (
          <Notice>
            <p>{t("facts.agreement.why")}</p>
            <p className="mt-1">{t("facts.agreement.help")}</p>
          </Notice>
        )}
        {children}
      </section>
      {error && <Notice tone="error">{error}</Notice>}
      <SelectField label={t("facts.override")} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{t("facts.keepResult")}</option>
        {contractTypes.map((type) => (
          <option key={type} value={type}>
            {t(`contractType.${type}`)}
          </option>
        ))}
      </SelectField>
      <Button onClick={next} disabled={pending} className="w-full">
        {pending ? t("saving") : t("next")}
      </Button>
    </div>
  );
}
