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
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/actions/result";
import { confirmTotpSetupAction, disableTotpAction, regenerateRecoveryCodesAction, startTotpSetupAction, type TotpSetup } from "@/lib/auth/two-factor-actions";
import {
  disableTwoFactorSchema,
  startTwoFactorSchema,
  twoFactorCodeSchema,
  type DisableTwoFactorInput,
  type StartTwoFactorInput,
  type TwoFactorCodeInput,
} from "@/lib/auth/schema";

export function TwoFactor({ enabledOn, recoveryCodesLeft }: { enabledOn: string | null; recoveryCodesLeft: number }) {
  const t = useTranslations("twoFactor");
  const router = useRouter();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function showCodes(codes: string[], message: string | null) {
    setSetup(null);
    setRecoveryCodes(codes);
    setNotice(message);
    router.refresh();
  }

  if (recoveryCodes) {
    return (
      <div className="space-y-3">
        {notice && <Notice tone="success">{notice}</Notice>}
        <RecoveryCodes codes={recoveryCodes} />
        <Button
          onClick={() => {
            setRecoveryCodes(null);
            setNotice(null);
          }}
        >
          {t("recoveryDone")}
        </Button>
      </div>
    );
  }

  if (enabledOn) {
    return (
      <div className="space-y-4">
        <p>{t("statusOn", { date: enabledOn })}</p>
        <p className="text-sm text-stone-700">{t("recoveryLeft", { count: recoveryCodesLeft })}</p>
        <section aria-label={t("regenerateTitle")} className="space-y-2 border-t border-stone-200 pt-3">
          <h3 className="font-semibold">{t("regenerateTitle")}</h3>
          <p className="text-sm text-stone-700">{t("regenerateBody")}</p>
          <PasswordCodeForm submit={t("regenerate")} variant="secondary" action={regenerateRecoveryCodesAction} onDone={(codes) => showCodes(codes, null)} />
        </section>
        <section aria-label={t("disableTitle")} className="space-y-2 border-t border-stone-200 pt-3">
          <h3 className="font-semibold">{t("disableTitle")}</h3>
          <p className="text-sm text-stone-700">{t("disableBody")}</p>
          <PasswordCodeForm
            submit={t("disable")}
            variant="danger"
            action={disableTotpAction}
            onDone={() => {
              setNotice(t("disabledNotice"));
              router.refresh();
            }}
          />
        </section>
      </div>
    );
  }

  if (setup) {
    return (
      <div className="space-y-4">
        <section className="space-y-2">
          <h3 className="font-semibold">{t("scanTitle")}</h3>
          <p className="text-sm text-stone-700">{t("scanHint")}</p>
          {/* Drawn on the server as SVG (lib/auth/totp.ts): the secret never leaves for a QR service. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={setup.qrDataUrl} alt={t("qrAlt")} width={216} height={216} className="mx-auto rounded border border-stone-200 bg-white" />
          <label htmlFor="totp-secret" className="block font-medium">
            {t("manualLabel")}
          </label>
          {/* A textarea, so the 32 characters wrap on a narrow phone and can still be selected and copied. */}
          <textarea
            id="totp-secret"
            readOnly
            rows={2}
            value={setup.secret.replace(/(.{4})(?=.)/g, "$1 ")}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full resize-none rounded-lg border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-base tracking-wide"
          />
        </section>
        <section className="space-y-2">
          <h3 className="font-semibold">{t("confirmTitle")}</h3>
          <CodeForm
            label={t("setupCodeLabel")}
            submit={t("confirm")}
            numeric
            action={confirmTotpSetupAction}
            onDone={(codes) => showCodes(codes, t("enabledNotice"))}
          />
        </section>
        <Button variant="ghost" onClick={() => setSetup(null)}>
          {t("cancel")}
        </Button>
      </div>
    );
  }

  return (
    <div className="space-y-3">
      {notice && <Notice tone="success">{notice}</Notice>}
      <p>{t("statusOff")}</p>
      <StartForm
        onStarted={(started) => {
          setNotice(null);
          setSetup(started);
        }}
      />
    </div>
  );
}

/** Her password first: a live session alone must not be enough to enrol an authenticator. */
function StartForm({ onStarted }: { onStarted: (setup: TotpSetup) => void }) {
  const t = useTranslations("twoFactor");
  const errorText = useErrorText();
  const form = useForm<StartTwoFactorInput>({ resolver: zodResolver(startTwoFactorSchema), defaultValues: { password: "" } });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: StartTwoFactorInput) {
    const result = await run(() => startTotpSetupAction(values));
    form.setValue("password", "");
    if (!result.ok || !result.data) {
      return;
    }
    onStarted(result.data);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-3">
      <FormError errors={errors} />
      <TextField
        label={t("password")}
        hint={t("startPasswordHint")}
        type="password"
        autoComplete="current-password"
        error={errorText(errors.password?.message)}
        {...form.register("password")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("starting") : t("start")}
      </Button>
    </form>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("twoFactor");
  return (
    <section className="space-y-2">
      <h3 className="font-semibold">{t("recoveryTitle")}</h3>
      <p className="text-sm text-stone-700">{t("recoveryIntro")}</p>
      <Notice tone="warning">{t("recoveryOnce")}</Notice>
      <ul aria-label={t("recoveryListLabel")} className="grid grid-cols-2 gap-x-4 gap-y-1 rounded-lg bg-stone-100 p-3 font-mono text-base">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </section>
  );
}

type CodeAction = (input: unknown) => Promise<ActionResult<{ recoveryCodes: string[] }>>;

function CodeForm({
  label,
  submit,
  action,
  onDone,
  numeric = false,
  variant = "primary",
}: {
  label: string;
  submit: string;
  action: CodeAction;
  onDone: (codes: string[]) => void;
  numeric?: boolean;
  variant?: "primary" | "secondary";
}) {
  const t = useTranslations("twoFactor");
  const errorText = useErrorText();
  const form = useForm<TwoFactorCodeInput>({ resolver: zodResolver(twoFactorCodeSchema), defaultValues: { code: "" } });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: TwoFactorCodeInput) {
    const result = await run(() => action(values));
    if (!result.ok) {
      form.setValue("code", "");
      return;
    }
    form.reset();
    onDone(result.data?.recoveryCodes ?? []);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-3">
      <FormError errors={errors} />
      <TextField
        label={label}
        autoComplete="one-time-code"
        inputMode={numeric ? "numeric" : "text"}
        autoCapitalize="none"
        spellCheck={false}
        maxLength={32}
        error={errorText(errors.code?.message)}
        {...form.register("code")}
      />
      <Button type="submit" variant={variant} disabled={isSubmitting}>
        {isSubmitting ? t("working") : submit}
      </Button>
    </form>
  );
}

type PasswordCodeAction = (input: unknown) => Promise<ActionResult<{ recoveryCodes: string[] } | undefined>>;

/** The password and a current code (or a recovery code): turning two-step sign-in off, or new recovery codes. */
function PasswordCodeForm({
  submit,
  action,
  onDone,
  variant,
}: {
  submit: string;
  action: PasswordCodeAction;
  onDone: (codes: string[]) => void;
  variant: "secondary" | "danger";
}) {
  const t = useTranslations("twoFactor");
  const errorText = useErrorText();
  const form = useForm<DisableTwoFactorInput>({ resolver: zodResolver(disableTwoFactorSchema), defaultValues: { password: "", code: "" } });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: DisableTwoFactorInput) {
    const result = await run(() => action(values));
    if (!result.ok) {
      form.setValue("code", "");
      return;
    }
    form.reset();
    onDone(result.data?.recoveryCodes ?? []);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-3">
      <FormError errors={errors} />
      <TextField
        label={t("password")}
        type="password"
        autoComplete="current-password"
        error={errorText(errors.password?.message)}
        {...form.register("password")}
      />
      <TextField
        label={t("codeLabel")}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={32}
        error={errorText(errors.code?.message)}
        {...form.register("code")}
      />
      <Button type="submit" variant={variant} disabled={isSubmitting}>
        {isSubmitting ? t("working") : submit}
      </Button>
    </form>
  );
}
