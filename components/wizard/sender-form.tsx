"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FormError, useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextField } from "@/components/ui/text-field";
import { saveSenderAction } from "@/lib/cases/actions";
import { grids, senderSchema, type SenderInput } from "@/lib/cases/wizard-schema";
import { useStepSubmit } from "./use-step-submit";

/** Her name and address appear only where she enters them; the letters show obvious placeholders otherwise. */
export function SenderForm({ caseId, defaults }: { caseId: string; defaults: SenderInput }) {
  const t = useTranslations("wizard");
  const errorText = useErrorText();
  const form = useForm<SenderInput>({ resolver: zodResolver(senderSchema), defaultValues: defaults });
  const { errors } = form.formState;
  const { submit, busy } = useStepSubmit(form);
  return (
    <form
      onSubmit={form.handleSubmit((values) =>
        submit(
          () => saveSenderAction(caseId, values),
          (id) => `/withdrawal/${id}/step/5?saved=1#letters`,
        ),
      )}
      noValidate
      className="space-y-4"
    >
      <FormError errors={errors} />
      <p className="text-sm text-stone-700">{t("message.senderHint")}</p>
      <TextField label={t("message.senderName")} autoComplete="off" error={errorText(errors.senderName?.message)} {...form.register("senderName")} />
      <TextField label={t("message.senderAddress")} autoComplete="off" error={errorText(errors.senderAddress?.message)} {...form.register("senderAddress")} />
      <TextField label={t("message.agencyAddress")} autoComplete="off" error={errorText(errors.agencyAddress?.message)} {...form.register("agencyAddress")} />
      <RadioGroup
        legend={t("message.grid")}
        options={grids.map((g) => ({ value: g, label: t(`message.grids.${g}`) }))}
        error={errorText(errors.grid?.message)}
        registration={form.register("grid")}
      />
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" className="size-5" {...form.register("vertical")} />
        {t("message.vertical")}
      </label>
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? t("saving") : t("message.generate")}
      </Button>
    </form>
  );
}
