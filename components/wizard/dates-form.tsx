"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FormError, useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { saveDatesAction } from "@/lib/cases/actions";
import { datesSchema, type DatesInput } from "@/lib/cases/deadlines";
import { useStepSubmit } from "./use-step-submit";

/** Step 4: the dates; the explanation of how they were computed is shown beside the form by the page. With
 *  `proposesEnd` (a request for agreement) the last day may also be later: it is the day she asks the contract to end. */
export function DatesForm({ caseId, defaults, proposesEnd = false }: { caseId: string; defaults: DatesInput; proposesEnd?: boolean }) {
  const t = useTranslations("wizard");
  const errorText = useErrorText();
  const form = useForm<DatesInput>({ resolver: zodResolver(datesSchema), defaultValues: defaults });
  const { errors } = form.formState;
  const { submit, busy } = useStepSubmit(form);
  return (
    <form
      onSubmit={form.handleSubmit((values) =>
        submit(
          () => saveDatesAction(caseId, values),
          (id) => `/withdrawal/${id}/step/4?saved=1`,
        ),
      )}
      noValidate
      className="space-y-4"
    >
      <FormError errors={errors} />
      <TextField
        label={t("dates.noticeDate")}
        hint={t("dates.noticeDateHint")}
        type="date"
        error={errorText(errors.noticeDate?.message)}
        {...form.register("noticeDate")}
      />
      <TextField
        label={t("dates.replyDeadline")}
        hint={t("dates.replyDeadlineHint")}
        type="date"
        error={errorText(errors.replyDeadline?.message)}
        {...form.register("replyDeadline")}
      />
      <TextField
        label={t("dates.chosenLastWorkingDay")}
        hint={t(proposesEnd ? "dates.chosenLastWorkingDayHintAgreement" : "dates.chosenLastWorkingDayHint")}
        type="date"
        error={errorText(errors.chosenLastWorkingDay?.message)}
        {...form.register("chosenLastWorkingDay")}
      />
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? t("saving") : t("compute")}
      </Button>
    </form>
  );
}
