"use client";
import { useFormAction } from "@/components/use-form-action";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useLeave } from "@/components/ui/use-leave";
import { FormError, useErrorText } from "@/components/error-text";
import { registerAction } from "@/lib/auth/actions";
import { suggestLoginName } from "@/lib/auth/login-name";
import { registerSchema, type RegisterInput } from "@/lib/auth/schema";

const _fields = ["loginName", "password", "passwordConfirm"] as const;

/** suggestedName: a random name from the server, so the page works before its script has loaded. */
export function RegisterForm({ callbackPath, suggestedName }: { callbackPath: string; suggestedName: string }) {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const form = useForm<RegisterInput>({
    resolver: zodResolver(registerSchema),
    // The suggested name is the input's own default, not the form's: react-hook-form renders no value on the server
    // and writes its default into the field only when the script runs, so before that the field was empty, and a name
    // she typed meanwhile could be mangled. As the input's default it is in the page at once, and kept as she edits it.
    defaultValues: { password: "", passwordConfirm: "" },
  });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;
  const { leaving, leave } = useLeave();
  const busy = isSubmitting || leaving;

  async function onSubmit(values: RegisterInput) {
    const result = await run(() => registerAction(values));
    if (!result.ok) return;
    const signedIn = await signIn("credentials", { login: values.loginName, password: values.password, redirect: false }).catch(() => undefined);
    leave(signedIn?.ok ? callbackPath : "/signin");
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      <FormError errors={errors} />
      <div className="space-y-2">
        <TextField
          label={t("loginName")}
          hint={t("loginNameHint")}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={errorText(errors.loginName?.message)}
          defaultValue={suggestedName}
          {...form.register("loginName")}
        />
        <Button type="button" variant="ghost" onClick={() => form.setValue("loginName", suggestLoginName(), { shouldValidate: false })}>
          {t("suggestAnother")}
        </Button>
      </div>
      <TextField
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        error={errorText(errors.password?.message)}
        {...form.register("password")}
      />
      <TextField
        label={t("passwordConfirm")}
        type="password"
        autoComplete="new-password"
        error={errorText(errors.passwordConfirm?.message)}
        {...form.register("passwordConfirm")}
      />
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? t("submitting") : t("submitRegister")}
      </Button>
    </form>
  );
}
