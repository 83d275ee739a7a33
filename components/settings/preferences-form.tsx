"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { updatePreferencesAction } from "@/lib/account/actions";
import { preferencesSchema, type PreferencesInput } from "@/lib/account/schema";
import { applyActionErrors } from "@/lib/actions/apply-result";

/** Discreet mode. Quick exit and the idle timeout have their own form (components/settings/exit-settings-form.tsx). */
export function PreferencesForm({ defaults }: { defaults: PreferencesInput }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const router = useRouter();
  const form = useForm<PreferencesInput>({ resolver: zodResolver(preferencesSchema), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;
  const [saved, setSaved] = useState(false);

  async function onSubmit(values: PreferencesInput) {
    setSaved(false);
    const result = await updatePreferencesAction(values).catch(() => ({ ok: false as const, error: "generic" as const }));
    if (!result.ok) {
      applyActionErrors(result, form.setError, ["discreetMode"]);
      return;
    }
    form.reset(values);
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-5" aria-label={t("settings.discreetTitle")}>
      {errors.root && <Notice tone="error">{errorText(errors.root.message)}</Notice>}
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
