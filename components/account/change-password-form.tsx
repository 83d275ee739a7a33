"use client";
import { useFormAction } from "@/components/use-form-action";
import { FormError, useErrorText } from "@/components/error-text";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { changePasswordAction } from "@/lib/account/actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/account/schema";

const empty: ChangePasswordInput = { currentPassword: "", newPassword: "", newPasswordConfirm: "" };

/** The change ends every session (hers included); this browser then signs in again with the new password. */
export function ChangePasswordForm({ loginName }: { loginName: string }) {
  const t = useTranslations("account.password");
  const errorText = useErrorText();
  const router = useRouter();
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema), defaultValues: empty });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;
  const [changed, setChanged] = useState(false);

  async function onSubmit(values: ChangePasswordInput) {
    setChanged(false);
    const result = await run(() => changePasswordAction(values));
    if (!result.ok) {
      return;
    }
    const signedIn = await signIn("credentials", { login: loginName, password: values.newPassword, redirect: false }).catch(() => undefined);
    if (!signedIn?.ok) {
      router.replace("/signin?callbackUrl=%2Fsettings");
      return;
    }
    form.reset(empty);
    setChanged(true);
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      <FormError errors={errors} />
      {changed && <Notice tone="success">{t("changed")}</Notice>}
      {/* Lets password managers tie the new password to the account. */}
      <input type="text" name="username" autoComplete="username" value={loginName} readOnly hidden />
      <TextField
        label={t("current")}
        type="password"
        autoComplete="current-password"
        error={errorText(errors.currentPassword?.message)}
        {...form.register("currentPassword")}
      />
      <TextField
        label={t("new")}
        hint={t("newHint")}
        type="password"
        autoComplete="new-password"
        error={errorText(errors.newPassword?.message)}
        {...form.register("newPassword")}
      />
      <TextField
        label={t("confirm")}
        type="password"
        autoComplete="new-password"
        error={errorText(errors.newPasswordConfirm?.message)}
        {...form.register("newPasswordConfirm")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
