"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useErrorText } from "@/components/error-text";
import { signInSchema, type SignInInput } from "@/lib/auth/schema";
import { applyAccountLocaleAction } from "@/lib/i18n/actions";

/** Maps next-auth's error (our code from authorize) to a message key and, for rate limits, the wait. */
export function parseSignInError(error: string): { code: string; retryAfterSeconds?: number } {
  const [code, seconds] = error.split(":");
  if (code === "RATE_LIMITED") return { code: "rateLimited", retryAfterSeconds: Number(seconds) || 60 };
  if (code === "INVALID_INPUT") return { code: "invalidInput" };
  if (code === "INVALID_CREDENTIALS" || code === "CredentialsSignin") return { code: "invalidCredentials" };
  return { code: "generic" };
}

export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const router = useRouter();
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: SignInInput) {
    const result = await signIn("credentials", { ...values, redirect: false }).catch(() => undefined);
    if (!result?.ok) {
      const { code, retryAfterSeconds } = parseSignInError(result?.error ?? "generic");
      form.setError("root", { message: code, type: String(retryAfterSeconds ?? "") });
      return;
    }
    await applyAccountLocaleAction();
    router.replace(callbackPath);
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      {errors.root && <Notice tone="error">{errorText(errors.root.message, Number(errors.root.type) || undefined)}</Notice>}
      <TextField label={t("email")} type="email" autoComplete="email" inputMode="email" error={errorText(errors.email?.message)} {...form.register("email")} />
      <TextField label={t("password")} type="password" autoComplete="current-password" error={errorText(errors.password?.message)} {...form.register("password")} />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("submitting") : t("submitSignIn")}
      </Button>
    </form>
  );
}
