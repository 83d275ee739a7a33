"use client";
import { useFormAction } from "@/components/use-form-action";
import { FormError, useErrorText } from "@/components/error-text";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { allowExportAction } from "@/lib/account/actions";
import { identitySchema, type IdentityInput, type IdentityOutput } from "@/lib/account/schema";
import { IdentityFields } from "./identity-fields";

/**
 * Her password (and code) first; then the browser downloads the ZIP from the route, which answers with an attachment
 * (the page stays where it is) and only for this session, once, within two minutes.
 */
export function ExportData({ totpEnabled }: { totpEnabled: boolean }) {
  const t = useTranslations("account.export");
  const _errorText = useErrorText();
  const form = useForm<IdentityInput, unknown, IdentityOutput>({ resolver: zodResolver(identitySchema), defaultValues: { password: "", totpCode: "" } });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;
  const [started, setStarted] = useState(false);

  async function onSubmit(values: IdentityOutput) {
    setStarted(false);
    const result = await run(() => allowExportAction(values));
    form.reset({ password: "", totpCode: "" }, { keepErrors: true });
    if (!result.ok) {
      return;
    }
    const link = document.createElement("a");
    link.href = "/api/account/export";
    link.download = "";
    link.click();
    setStarted(true);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-3">
      <p className="text-sm text-stone-700">{t("body")}</p>
      <p className="text-sm text-amber-900">{t("warning")}</p>
      <FormError errors={errors} />
      {started && <Notice tone="success">{t("started")}</Notice>}
      <IdentityFields register={form.register} errors={errors} totpEnabled={totpEnabled} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("checking") : t("button")}
      </Button>
    </form>
  );
}
