"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select-field";
import type { CounsellingBody } from "@/lib/bodies/schema";
import { routeBodies, type Routing } from "@/lib/escalation/routing";
import { agencySituations, customerSituations, employmentTypes, prefectures, questionnaireSchema, type QuestionnaireInput } from "@/lib/escalation/situations";
import { keepAnswers } from "./carried-answers";
import { RoutedBodies } from "./routed-bodies";

type Form = { situations: string[]; employmentType: string; dangerNow: "yes" | "no" | ""; prefecture: string };

/** The answers never leave the browser: the routing is a pure function run right here. */
export function Questionnaire({ bodies, defaultEmployment, signedIn }: { bodies: CounsellingBody[]; defaultEmployment: string; signedIn: boolean }) {
  const t = useTranslations("escalation");
  const errorText = useErrorText();
  const [routing, setRouting] = useState<{ result: Routing<CounsellingBody>; prefecture?: string } | null>(null);
  const form = useForm<Form>({ defaultValues: { situations: [], employmentType: defaultEmployment, dangerNow: "", prefecture: "" } });
  const { errors } = form.formState;

  function onSubmit(values: Form) {
    const parsed = questionnaireSchema.safeParse({
      situations: values.situations,
      employmentType: values.employmentType || undefined,
      dangerNow: values.dangerNow === "yes" ? true : values.dangerNow === "no" ? false : undefined,
      prefecture: values.prefecture || undefined,
    } satisfies Partial<Record<keyof QuestionnaireInput, unknown>>);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) form.setError(String(issue.path[0]) as keyof Form, { message: issue.message });
      return;
    }
    keepAnswers(parsed.data.situations);
    setRouting({ result: routeBodies(parsed.data, bodies), prefecture: parsed.data.prefecture });
    // The heading, below the sticky header (scroll-mt), and focused so a screen reader starts at the results.
    requestAnimationFrame(() => {
      const heading = document.getElementById("results-title");
      heading?.scrollIntoView({ block: "start" });
      heading?.focus({ preventScroll: true });
    });
  }

  return (
    <div className="space-y-6">
      <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-5">
        <RadioGroup
          legend={t("dangerLegend")}
          options={[
            { value: "yes", label: t("dangerYes") },
            { value: "no", label: t("dangerNo") },
          ]}
          error={errorText(errors.dangerNow?.message)}
          registration={form.register("dangerNow")}
        />
        <fieldset className="space-y-3">
          <legend className="font-medium">{t("situationsLegend")}</legend>
          {(
            [
              ["customerSituationsLegend", customerSituations],
              ["agencySituationsLegend", agencySituations],
            ] as const
          ).map(([legend, group]) => (
            <fieldset key={legend} className="space-y-2">
              <legend className="text-sm font-semibold text-stone-700">{t(legend)}</legend>
              {group.map((s) => (
                <label
                  key={s}
                  className="flex min-h-11 items-center gap-3 rounded-lg border border-stone-200 bg-white px-3 py-1 has-[:checked]:border-brand-700"
                >
                  <input type="checkbox" value={s} className="size-5 shrink-0" {...form.register("situations")} />
                  {t(`situations.${s}`)}
                </label>
              ))}
            </fieldset>
          ))}
          {errors.situations && <p className="text-sm font-medium text-red-700">{errorText(errors.situations.message)}</p>}
        </fieldset>
        <RadioGroup
          legend={t("employmentLegend")}
          options={employmentTypes.map((e) => ({ value: e, label: t(`employment.${e}`) }))}
          error={errorText(errors.employmentType?.message)}
          registration={form.register("employmentType")}
        />
        <SelectField label={t("prefecture")} {...form.register("prefecture")}>
          <option value="">{t("prefecturePlaceholder")}</option>
          {prefectures.map((p) => (
            <option key={p.key} value={p.key}>
              {p.ja}
            </option>
          ))}
        </SelectField>
        <Button type="submit" className="w-full">
          {t("show")}
        </Button>
      </form>
      {routing && <RoutedBodies routing={routing.result} prefecture={routing.prefecture} signedIn={signedIn} />}
    </div>
  );
}
