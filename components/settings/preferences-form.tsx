"use client";
import { useFormAction } from "@/components/use-form-action";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError, useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { updatePreferencesAction } from "@/lib/account/actions";
import { preferencesSchema, type PreferencesInput } from "@/lib/account/schema";

/** Discreet mode. Quick exit and the idle timeout have their own form (components/settings/exit-settings-form.tsx). */
export function PreferencesForm({ defaults }: { defaults: PreferencesInput }) {
  const t = useTranslations();
  const _errorText = useErrorText();
  const router = useRouter();
  const form = useForm<PreferencesInput>({ resolver: zodResolver(preferencesSchema), defaultValues: defaults });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;
  const [saved, setSaved] = useState(false);

  async function onSubmit(values: PreferencesInput) {
    setSaved(false);
    const result = await run(() => updatePreferencesAction(values));
    if (!result.ok) {
      return;
    }
    form.reset(values);
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-5" aria-label={t("settings.discreetTitle")}>
      <FormError errors={errors} />
      {saved && <Notice tone="success">{t("common.saved")}</Notice>}
      <fieldset className="space-y-1">
        <legend className="font-semibold">{t("settings.discreetTitle")}</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" className="size-5" {...form.register("discreetMode")} />
          {t("settings.discreetLabel")}
        </label>
        <p className="text-sm text-stone-600">{t("settings.discreetHint")}</p>
      </fieldset>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
