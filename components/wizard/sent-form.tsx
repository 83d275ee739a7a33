"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FormError, useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { markSentAction } from "@/lib/cases/actions";
import { channels, sentSchema, type SentInput } from "@/lib/cases/wizard-schema";
import { useStepSubmit } from "./use-step-submit";

export function SentForm({ caseId, defaults }: { caseId: string; defaults: SentInput }) {
  const t = useTranslations("wizard");
  const errorText = useErrorText();
  const form = useForm<SentInput>({ resolver: zodResolver(sentSchema), defaultValues: defaults });
  const { errors } = form.formState;
  const { submit, busy } = useStepSubmit(form);
  return (
    <form
      onSubmit={form.handleSubmit((values) =>
        submit(
          () => markSentAction(caseId, values),
          (id) => `/withdrawal/${id}`,
        ),
      )}
      noValidate
      className="space-y-4"
    >
      <FormError errors={errors} />
      <TextField label={t("sent.sentOn")} type="date" error={errorText(errors.sentOn?.message)} {...form.register("sentOn")} />
      <SelectField label={t("sent.channel")} error={errorText(errors.channel?.message)} {...form.register("channel")}>
        <option value="">{t("sent.channelPlaceholder")}</option>
        {channels.map((c) => (
          <option key={c} value={c}>
            {t(`channels.${c}`)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? t("saving") : t("sent.submit")}
      </Button>
    </form>
  );
}
