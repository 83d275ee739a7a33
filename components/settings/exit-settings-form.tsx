"use client";
import { useFormAction } from "@/components/use-form-action";
import { FormError, useErrorText } from "@/components/error-text";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { IdentityFields } from "@/components/account/identity-fields";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { updateExitSettingsAction } from "@/lib/account/actions";
import { exitSettingsSchema, type ExitSettingsInput, type ExitSettingsOutput } from "@/lib/account/schema";
import { idleTimeoutChoices } from "@/lib/auth/session-policy";

type Defaults = { quickExitUrl: string; quickExitSignsOut: boolean; idleTimeoutMinutes: number };
const _fields = ["quickExitUrl", "quickExitSignsOut", "idleTimeoutMinutes", "password", "totpCode"];

/** Quick exit (where it goes, whether it signs her out) and the idle timeout; saving needs her password (and code). */
export function ExitSettingsForm({ defaults, serverDefaultMinutes, totpEnabled }: { defaults: Defaults; serverDefaultMinutes: number; totpEnabled: boolean }) {
  const t = useTranslations("settings");
  const errorText = useErrorText();
  const router = useRouter();
  const form = useForm<ExitSettingsInput, unknown, ExitSettingsOutput>({
    resolver: zodResolver(exitSettingsSchema),
    defaultValues: { ...defaults, password: "", totpCode: "" },
  });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;
  const [saved, setSaved] = useState(false);
  const choices = [...new Set<number>([...idleTimeoutChoices, serverDefaultMinutes, defaults.idleTimeoutMinutes])].sort((a, b) => a - b);
  const label = (minutes: number) => {
    const text = minutes % 60 === 0 ? t("idleHours", { count: minutes / 60 }) : t("idleMinutes", { count: minutes });
    return minutes === serverDefaultMinutes ? t("idleDefault", { label: text }) : text;
  };

  async function onSubmit(values: ExitSettingsOutput) {
    setSaved(false);
    const result = await run(() => updateExitSettingsAction(values));
    form.setValue("password", "");
    form.setValue("totpCode", "");
    if (!result.ok) {
      return;
    }
    form.reset({ ...values, password: "", totpCode: "" });
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-5" aria-labelledby="exit-settings-title">
      <h2 id="exit-settings-title" className="font-semibold">
        {t("exitTitle")}
      </h2>
      <FormError errors={errors} />
      {saved && <Notice tone="success">{t("exitSaved")}</Notice>}
      <TextField
        label={t("quickExitLabel")}
        hint={t("quickExitHint")}
        type="url"
        inputMode="url"
        error={errorText(errors.quickExitUrl?.message)}
        {...form.register("quickExitUrl")}
      />
      <div className="space-y-1">
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" className="size-5" {...form.register("quickExitSignsOut")} />
          {t("quickExitSignsOutLabel")}
        </label>
        <p className="text-sm text-stone-600">{t("quickExitSignsOutHint")}</p>
      </div>
      <div className="space-y-1">
        <SelectField
          label={t("idleTimeoutLabel")}
          error={errorText(errors.idleTimeoutMinutes?.message)}
          {...form.register("idleTimeoutMinutes", { valueAsNumber: true })}
        >
          {choices.map((minutes) => (
            <option key={minutes} value={minutes}>
              {label(minutes)}
            </option>
          ))}
        </SelectField>
        <p className="text-sm text-stone-600">{t("idleTimeoutHint")}</p>
      </div>
      <IdentityFields register={form.register} errors={errors} totpEnabled={totpEnabled} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("exitSaving") : t("exitSave")}
      </Button>
    </form>
  );
}
