"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FormError, useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextField } from "@/components/ui/text-field";
import { saveFactsAction } from "@/lib/cases/actions";
import {
  contractTitles,
  payBases,
  unavoidableReasons,
  workFactsSchema,
  workplaces,
  yesNoUnsure,
  type WorkFactsFormInput,
  type WorkFactsInput,
} from "@/lib/cases/facts-schema";
import { useStepSubmit } from "./use-step-submit";

type Question = { name: keyof WorkFactsInput; choices: readonly string[] };
const questions: Question[] = [
  { name: "fixedShifts", choices: yesNoUnsure },
  { name: "attendanceChecks", choices: yesNoUnsure },
  { name: "finesForLateness", choices: yesNoUnsure },
  { name: "workplace", choices: workplaces },
  { name: "canRefuseWork", choices: yesNoUnsure },
  { name: "payBasis", choices: payBases },
  { name: "writtenContract", choices: yesNoUnsure },
  { name: "contractTitle", choices: contractTitles },
  { name: "fixedTerm", choices: yesNoUnsure },
];

/** Step 2: how she really works. The result (and her override) is shown on the next visit of this step. */
export function FactsForm({ caseId, defaults, override }: { caseId: string; defaults: Partial<WorkFactsInput>; override: string | null }) {
  const t = useTranslations("wizard.facts");
  const tWizard = useTranslations("wizard");
  const errorText = useErrorText();
  const form = useForm<WorkFactsFormInput, unknown, WorkFactsInput>({ resolver: zodResolver(workFactsSchema), defaultValues: defaults });
  const { errors } = form.formState;
  const { submit, busy } = useStepSubmit(form);
  const fixedTerm = form.watch("fixedTerm");

  return (
    <form
      onSubmit={form.handleSubmit((values) =>
        submit(
          () => saveFactsAction(caseId, values, override),
          (id) => `/withdrawal/${id}/step/2?result=1`,
        ),
      )}
      noValidate
      className="space-y-5"
    >
      <FormError errors={errors} />
      {questions.map((q) => (
        <RadioGroup
          key={q.name}
          legend={t(`q.${q.name}`)}
          hint={t.has(`hint.${q.name}`) ? t(`hint.${q.name}`) : undefined}
          options={q.choices.map((c) => ({ value: c, label: t(`a.${c}`) }))}
          error={errorText(errors[q.name]?.message)}
          registration={form.register(q.name)}
        />
      ))}
      {fixedTerm === "yes" && (
        <TextField
          label={t("q.termMonths")}
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
          error={errorText(errors.termMonths?.message)}
          {...form.register("termMonths", { setValueAs: (v) => (v === "" || v == null ? undefined : Number(v)) })}
        />
      )}
      {fixedTerm === "yes" && (
        <TextField
          label={t("q.termStartedOn")}
          hint={t("hint.termStartedOn")}
          type="date"
          error={errorText(errors.termStartedOn?.message)}
          {...form.register("termStartedOn")}
        />
      )}
      {fixedTerm === "yes" && (
        <RadioGroup
          legend={t("q.unavoidableReason")}
          hint={t("hint.unavoidableReason")}
          options={unavoidableReasons.map((c) => ({ value: c, label: t(`reason.${c}`) }))}
          error={errorText(errors.unavoidableReason?.message)}
          registration={form.register("unavoidableReason")}
        />
      )}
      <TextField label={t("q.startedOn")} type="date" error={errorText(errors.startedOn?.message)} {...form.register("startedOn")} />
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? tWizard("saving") : tWizard("decide")}
      </Button>
    </form>
  );
}
