"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FormError, useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { saveRequestsAction } from "@/lib/cases/actions";
import { requestedItems, requestSchema, type RequestInput } from "@/lib/cases/requested-items";
import { useStepSubmit } from "./use-step-submit";

/** Step 3: what she asks for, each explained in one line. */
export function RequestsForm({ caseId, defaults }: { caseId: string; defaults: RequestInput }) {
  const t = useTranslations("wizard");
  const errorText = useErrorText();
  const form = useForm<RequestInput>({ resolver: zodResolver(requestSchema), defaultValues: defaults });
  const { errors } = form.formState;
  const { submit, busy } = useStepSubmit(form);
  const items = form.watch("items") ?? [];

  return (
    <form
      onSubmit={form.handleSubmit((values) =>
        submit(
          () => saveRequestsAction(caseId, values),
          (id) => `/withdrawal/${id}/step/4`,
        ),
      )}
      noValidate
      className="space-y-4"
    >
      <FormError errors={errors} />
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("requests.legend")}</legend>
        {requestedItems.map((item) => (
          <label key={item} className="flex items-start gap-3 rounded-lg border border-stone-200 bg-white p-3 has-[:checked]:border-brand-700">
            <input type="checkbox" value={item} className="mt-1 size-5 shrink-0" {...form.register("items")} />
            <span>
              <span className="block font-medium">{t(`requests.items.${item}.title`)}</span>
              <span className="block text-sm text-stone-600">{t(`requests.items.${item}.help`)}</span>
            </span>
          </label>
        ))}
        {errors.items && <p className="text-sm font-medium text-red-700">{errorText(errors.items.message)}</p>}
      </fieldset>
      {items.includes("pay_rewards") && (
        <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-3">
          <TextField label={t("requests.payByDate")} type="date" error={errorText(errors.payByDate?.message)} {...form.register("payByDate")} />
          <TextField
            label={t("requests.amountYen")}
            type="number"
            inputMode="numeric"
            min={0}
            error={errorText(errors.amountYen?.message)}
            {...form.register("amountYen", { setValueAs: (v) => (v === "" || v == null ? undefined : Number(v)) })}
          />
        </div>
      )}
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? t("saving") : t("next")}
      </Button>
    </form>
  );
}
