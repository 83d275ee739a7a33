"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useErrorText } from "@/components/error-text";
import { signInSchema, type SignInInput } from "@/lib/auth/schema";
import { applyAccountLocaleAction } from "@/lib/i18n/actions";

/**
 * Maps next-auth's error (our code from authorize) to a message key and, for rate limits, the wait.
 * needsCode: the password was right and the account has TOTP, so the form asks for the code.
 */
export function parseSignInError(error: string): { code: string; retryAfterSeconds?: number; needsCode?: boolean } {
  const [code, seconds] = error.split(":");
  if (code === "RATE_LIMITED") return { code: "rateLimited", retryAfterSeconds: Number(seconds) || 60 };
  if (code === "INVALID_INPUT") return { code: "invalidInput" };
  if (code === "INVALID_CREDENTIALS" || code === "CredentialsSignin") return { code: "invalidCredentials" };
  if (code === "TOTP_REQUIRED") return { code: "totpRequired", needsCode: true };
  if (code === "TOTP_INVALID") return { code: "totpInvalid", needsCode: true };
  return { code: "generic" };
}

export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations("auth");
  const tf = useTranslations("twoFactor.signIn");
  const errorText = useErrorText();
  const router = useRouter();
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { login: "", password: "", totp: "" } });
  const { errors, isSubmitting } = form.formState;
  // Second step: login name and password stay in the form (hidden) and are sent again with the code.
  const [step, setStep] = useState<"password" | "code">("password");

  useEffect(() => {
    if (step === "code") form.setFocus("totp");
  }, [step, form]);

  async function onSubmit({ totp, ...values }: SignInInput) {
    if (step === "code" && !totp) {
      form.setError("totp", { message: "required" });
      return;
    }
    const credentials = step === "code" ? { ...values, totp } : values;
    const result = await signIn("credentials", { ...credentials, redirect: false }).catch(() => undefined);
    if (!result?.ok) {
      const { code, retryAfterSeconds, needsCode } = parseSignInError(result?.error ?? "generic");
      if (needsCode) {
        setStep("code");
        form.setValue("totp", "");
      }
      if (code !== "totpRequired") form.setError("root", { message: code, type: String(retryAfterSeconds ?? "") });
      return;
    }
    await applyAccountLocaleAction();
    router.replace(callbackPath);
    router.refresh();
  }

  function backToPassword() {
    form.reset({ login: form.getValues("login"), password: "", totp: "" });
    setStep("password");
  }

  const rootMessage = errors.root?.message === "totpInvalid" ? tf("codeInvalid") : errorText(errors.root?.message, Number(errors.root?.type) || undefined);
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      {errors.root && <Notice tone="error">{rootMessage}</Notice>}
      {step === "password" ? (
        <>
          <TextField
            label={t("login")}
            hint={t("loginHint")}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            error={errorText(errors.login?.message)}
            {...form.register("login")}
          />
          <TextField
            label={t("password")}
            type="password"
            autoComplete="current-password"
            error={errorText(errors.password?.message)}
            {...form.register("password")}
          />
        </>
      ) : (
        <>
          <Notice>{tf("prompt")}</Notice>
          <TextField
            label={tf("codeLabel")}
            hint={tf("codeHint")}
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={32}
            error={errorText(errors.totp?.message)}
            {...form.register("totp")}
          />
        </>
      )}
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("submitting") : step === "code" ? tf("submit") : t("submitSignIn")}
      </Button>
      {step === "code" && (
        <Button variant="ghost" className="w-full" onClick={backToPassword}>
          {tf("back")}
        </Button>
      )}
    </form>
  );
}
