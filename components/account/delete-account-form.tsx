"use client";
import { useFormAction } from "@/components/use-form-action";
import { FormError, useErrorText } from "@/components/error-text";
import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { deleteAccountAction } from "@/lib/account/actions";
import { deleteAccountSchema, type DeleteAccountInput } from "@/lib/account/schema";

type Output = z.output<typeof deleteAccountSchema>;

export function DeleteAccountForm({ totpEnabled }: { totpEnabled: boolean }) {
  const t = useTranslations("account.delete");
  const errorText = useErrorText();
  const form = useForm<DeleteAccountInput, unknown, Output>({
    resolver: zodResolver(deleteAccountSchema),
    defaultValues: { password: "", totpCode: "", confirm: false as unknown as true },
  });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: Output) {
    const result = await run(() => deleteAccountAction(values));
    if (!result.ok) {
      return;
    }
    await signOut({ redirect: false }).catch(() => {});
    // A full page load, replacing this one: nothing of her account stays in the page, its cache or the history.
    window.location.replace("/goodbye");
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      <FormError errors={errors} />
      <TextField
        label={t("password")}
        type="password"
        autoComplete="current-password"
        error={errorText(errors.password?.message)}
        {...form.register("password")}
      />
      {totpEnabled && (
        <TextField
          label={t("totp")}
          hint={t("totpHint")}
          autoComplete="one-time-code"
          inputMode="text"
          error={errorText(errors.totpCode?.message)}
          {...form.register("totpCode")}
        />
      )}
      <div className="space-y-1">
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" className="size-5" aria-invalid={errors.confirm ? true : undefined} {...form.register("confirm")} />
          {t("confirm")}
        </label>
        {errors.confirm && <p className="text-sm font-medium text-red-700">{errorText(errors.confirm.message)}</p>}
      </div>
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
