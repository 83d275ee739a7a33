"use client";
import { useFormAction } from "@/components/use-form-action";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormError, useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { addEventAction } from "@/lib/cases/actions";
import { eventSchema, eventTypes, type EventInput } from "@/lib/cases/wizard-schema";
import { todayInTokyo } from "@/lib/time/tokyo-date";
import { eventLabelKey } from "./event-label";

/** Adds a dated step to the timeline: a reply (pasted), a refusal, an agreed extension, a reminder, a note. */
export function EventForm({ caseId, agreement }: { caseId: string; agreement: boolean }) {
  const t = useTranslations("case");
  const tWizard = useTranslations("wizard");
  const errorText = useErrorText();
  const router = useRouter();
  const defaults = { type: "REPLY_RECEIVED", occurredOn: todayInTokyo(), note: "", newDeadline: "" } as EventInput;
  const form = useForm<EventInput>({ resolver: zodResolver(eventSchema), defaultValues: defaults });
  const run = useFormAction(form);
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;
  const type = form.watch("type");

  async function onSubmit(values: EventInput) {
    const result = await run(() => addEventAction(caseId, values));
    if (!result.ok) return;
    form.reset(defaults);
    router.refresh();
  }

  return (
    <section aria-labelledby="event-title" className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="event-title" className="text-lg font-semibold">
        {t("addEvent")}
      </h2>
      <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-3">
        <FormError errors={errors} />
        {isSubmitSuccessful && !errors.root && <Notice tone="success">{t("eventAdded")}</Notice>}
        <SelectField label={t("eventType")} error={errorText(errors.type?.message)} {...form.register("type")}>
          {eventTypes.map((e) => (
            <option key={e} value={e}>
              {t(eventLabelKey(e, agreement))}
            </option>
          ))}
        </SelectField>
        <TextField label={t("occurredOn")} type="date" error={errorText(errors.occurredOn?.message)} {...form.register("occurredOn")} />
        {(type === "EXTENSION_AGREED" || type === "REMINDER_SENT") && (
          <TextField label={t("newDeadline")} type="date" error={errorText(errors.newDeadline?.message)} {...form.register("newDeadline")} />
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="event-note" className="font-medium">
            {t("note")}
          </label>
          <p className="text-sm text-stone-600">{t("noteHint")}</p>
          <textarea
            id="event-note"
            rows={4}
            aria-invalid={errors.note ? true : undefined}
            className="rounded-lg border border-stone-300 bg-white p-2"
            {...form.register("note")}
          />
          {errors.note && <p className="text-sm font-medium text-red-700">{errorText(errors.note.message)}</p>}
        </div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? tWizard("saving") : t("addEventSubmit")}
        </Button>
      </form>
    </section>
  );
}
