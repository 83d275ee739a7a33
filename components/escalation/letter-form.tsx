"use client";
import { useFormAction } from "@/components/use-form-action";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { FormError, useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select-field";
import { createLetterAction } from "@/lib/escalation/actions";
import { appiDataKinds } from "@/lib/escalation/appi-request";
import { letterKinds, letterRequestSchema, type LetterRequestInput } from "@/lib/escalation/letter-request-schema";
import { situations } from "@/lib/escalation/situations";
import { carriedSituations } from "./carried-answers";
import { letterKindKey } from "./letter-kind-key";

type Props = {
  caseId: string;
  registrations: { id: string; label: string }[];
  /** She asked for agreement: the follow-up asks again rather than demanding (lib/cases/letter-text reminderTitle). */
  agreement: boolean;
};

/** Chooses a letter and the few things it needs beyond the case record. */
export function LetterForm({ caseId, registrations, agreement }: Props) {
  const t = useTranslations("escalation");
  const errorText = useErrorText();
  const router = useRouter();
  const form = useForm<LetterRequestInput>({
    resolver: zodResolver(letterRequestSchema),
    defaultValues: { kind: "memo", situations: [], wants: "", appiData: [], registrationId: "" },
  });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;
  const [carried, setCarried] = useState(false);
  useEffect(() => {
    const answered = carriedSituations();
    if (answered.length === 0 || form.getValues("situations").length > 0) return;
    form.setValue("situations", answered);
    setCarried(true);
  }, [form]);
  const kind = form.watch("kind");
  const checkbox = (name: "situations" | "appiData", value: string, label: string) => (
    <label key={value} className="flex min-h-11 items-center gap-3 rounded-lg border border-stone-200 bg-white px-3">
      <input type="checkbox" value={value} className="size-5 shrink-0" {...form.register(name)} />
      {label}
    </label>
  );

  return (
    <form
      onSubmit={form.handleSubmit(async (values) => {
        const result = await run(() => createLetterAction(caseId, values));
        if (!result.ok) return;
        router.refresh();
        requestAnimationFrame(() => document.getElementById("documents")?.scrollIntoView({ block: "start" }));
      })}
      noValidate
      className="space-y-4"
    >
      <FormError errors={errors} />
      <RadioGroup
        legend={t("letterKind")}
        options={letterKinds.map((k) => ({ value: k, label: t(`letterKinds.${letterKindKey(k, agreement)}`) }))}
        registration={form.register("kind")}
      />
      <p className="text-sm text-stone-600">{t(`letterHelp.${letterKindKey(kind, agreement)}`)}</p>
      {kind === "memo" && (
        <>
          <fieldset className="space-y-2">
            <legend className="font-medium">{t("situationsLegend")}</legend>
            {carried && <p className="text-sm text-stone-700">{t("answersCarried")}</p>}
            {situations.map((s) => checkbox("situations", s, t(`situations.${s}`)))}
            {errors.situations && <p className="text-sm font-medium text-red-700">{errorText(errors.situations.message)}</p>}
          </fieldset>
          <div className="flex flex-col gap-1">
            <label htmlFor="wants" className="font-medium">
              {t("wants")}
            </label>
            <textarea id="wants" rows={3} className="rounded-lg border border-stone-300 bg-white p-2" {...form.register("wants")} />
            {errors.wants && <p className="text-sm font-medium text-red-700">{errorText(errors.wants.message)}</p>}
          </div>
        </>
      )}
      {kind === "appi" && (
        <fieldset className="space-y-2">
          <legend className="font-medium">{t("appiDataLegend")}</legend>
          {appiDataKinds.filter((k) => k !== "other").map((k) => checkbox("appiData", k, t(`appiData.${k}`)))}
          {errors.appiData && <p className="text-sm font-medium text-red-700">{errorText(errors.appiData.message)}</p>}
        </fieldset>
      )}
      {kind === "takedown" && (
        <SelectField label={t("takedownProfile")} error={errorText(errors.registrationId?.message)} {...form.register("registrationId")}>
          <option value="">{t("choose")}</option>
          {registrations.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </SelectField>
      )}
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("writing") : t("write")}
      </Button>
    </form>
  );
}
