"use client";
import { useFormAction } from "@/components/use-form-action";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError, useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { editEventAction } from "@/lib/cases/actions";
import { eventEditSchema, type EventEditInput } from "@/lib/cases/wizard-schema";

/** Corrects an event's date or note in place; the event itself is never dropped. */
export function EventEdit({ eventId, defaults }: { eventId: string; defaults: EventEditInput }) {
  const t = useTranslations("case");
  const errorText = useErrorText();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useForm<EventEditInput>({ resolver: zodResolver(eventEditSchema), defaultValues: defaults });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="min-h-11 text-sm text-brand-700 underline">
        {t("editEvent")}
      </button>
    );
  }
  return (
    <form
      onSubmit={form.handleSubmit(async (values) => {
        const result = await run(() => editEventAction(eventId, values));
        if (!result.ok) return;
        setOpen(false);
        router.refresh();
      })}
      noValidate
      className="mt-2 space-y-2 rounded-lg border border-stone-200 bg-white p-3"
    >
      <FormError errors={errors} />
      <TextField label={t("occurredOn")} type="date" error={errorText(errors.occurredOn?.message)} {...form.register("occurredOn")} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`note-${eventId}`} className="font-medium">
          {t("note")}
        </label>
        <textarea id={`note-${eventId}`} rows={3} className="rounded-lg border border-stone-300 p-2" {...form.register("note")} />
        {errors.note && <p className="text-sm font-medium text-red-700">{errorText(errors.note.message)}</p>}
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {t("saveEvent")}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t("cancelEdit")}
        </Button>
      </div>
    </form>
  );
}
