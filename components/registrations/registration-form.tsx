"use client";
import { useFormAction } from "@/components/use-form-action";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FormError, useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useLeave } from "@/components/ui/use-leave";
import { createRegistrationAction, updateRegistrationAction } from "@/lib/registrations/actions";
import { newAgency, otherSite, registrationSchema, type RegistrationInput } from "@/lib/registrations/schema";
import { SelectField } from "@/components/ui/select-field";
import type { SiteChoice } from "@/lib/registrations/data";
import { ProfileAddressField } from "./profile-address-field";

type Props = {
  sites: SiteChoice[];
  agencies: { id: string; name: string }[];
  defaults: RegistrationInput;
  registrationId?: string;
  /** Where to go once saved instead of the registration's page (the wizard's step 1, which offered this site). */
  back?: string;
};

export function RegistrationForm({ sites, agencies, defaults, registrationId, back }: Props) {
  const t = useTranslations("registration");
  const tCommon = useTranslations("common");
  const errorText = useErrorText();
  const form = useForm<RegistrationInput>({ resolver: zodResolver(registrationSchema), defaultValues: defaults });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;
  const { leaving, leave } = useLeave();
  const busy = isSubmitting || leaving;
  const siteId = form.watch("siteId");
  const agencyId = form.watch("agencyId");

  async function onSubmit(values: RegistrationInput) {
    const result = await run(() => (registrationId ? updateRegistrationAction(registrationId, values) : createRegistrationAction(values)));
    if (!result.ok) return;
    leave(back ?? `/dashboard/registrations/${result.data!.id}`);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      <FormError errors={errors} />
      <SelectField label={t("site")} error={errorText(errors.siteId?.message)} {...form.register("siteId")}>
        <option value="">{t("sitePlaceholder")}</option>
        {sites.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
        <option value={otherSite}>{t("otherSite")}</option>
      </SelectField>
      {siteId === otherSite && <TextField label={t("customSiteName")} error={errorText(errors.customSiteName?.message)} {...form.register("customSiteName")} />}
      <TextField label={t("handle")} hint={t("handleHint")} autoComplete="off" error={errorText(errors.handle?.message)} {...form.register("handle")} />
      {/* A new site starts the address afresh (its own pattern, its own tick). */}
      <ProfileAddressField key={siteId} form={form} site={sites.find((s) => s.id === siteId) ?? null} errorText={errorText} />
      {/* The tick confirms the address she typed: it comes after it. */}
      {siteId === otherSite && (
        <>
          <label className="flex min-h-11 items-start gap-3 text-sm">
            <input
              type="checkbox"
              className="mt-1 size-5"
              aria-invalid={errors.confirmOtherDomain ? true : undefined}
              {...form.register("confirmOtherDomain")}
            />
            <span>{t("confirmOtherDomain")}</span>
          </label>
          {errors.confirmOtherDomain && <p className="text-sm font-medium text-red-700">{errorText(errors.confirmOtherDomain.message)}</p>}
        </>
      )}
      <SelectField label={t("agency")} error={errorText(errors.agencyId?.message)} {...form.register("agencyId")}>
        <option value="">{t("noAgency")}</option>
        {agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
        <option value={newAgency}>{t("newAgency")}</option>
      </SelectField>
      {agencyId === newAgency && <TextField label={t("newAgencyName")} error={errorText(errors.newAgencyName?.message)} {...form.register("newAgencyName")} />}
      <TextField label={t("registeredOn")} type="date" error={errorText(errors.registeredOn?.message)} {...form.register("registeredOn")} />
      <TextField
        label={t("withdrawalRequestedOn")}
        hint={t("withdrawalHint")}
        type="date"
        error={errorText(errors.withdrawalRequestedOn?.message)}
        {...form.register("withdrawalRequestedOn")}
      />
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? tCommon("saving") : registrationId ? t("saveEdit") : t("save")}
      </Button>
    </form>
  );
}
