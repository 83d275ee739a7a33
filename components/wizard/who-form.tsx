"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FormError, useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { saveWhoAction } from "@/lib/cases/actions";
import { newAgencyChoice, whoSchema, type WhoInput } from "@/lib/cases/wizard-schema";
import { PartnerOffers, type RegistrationWithPartners } from "./partner-offers";
import { useStepSubmit } from "./use-step-submit";

type Props = {
  caseId: string | null;
  agencies: { id: string; name: string }[];
  registrations: { id: string; siteName: string; handle: string }[];
  defaults: WhoInput;
  /** The sites of the same network as each registration's site, and the catalogue sites she has already added. */
  partners: { registrations: RegistrationWithPartners[]; registeredSlugs: string[] };
};

export function WhoForm({ caseId, agencies, registrations, defaults, partners }: Props) {
  const t = useTranslations("wizard.who");
  const tCommon = useTranslations("wizard");
  const errorText = useErrorText();
  const form = useForm<WhoInput>({ resolver: zodResolver(whoSchema), defaultValues: defaults });
  const { errors } = form.formState;
  const { submit, busy } = useStepSubmit(form);
  const agencyId = form.watch("agencyId");
  const selectedIds = form.watch("registrationIds");
  const agencyError = (field: keyof WhoInput["newAgency"]) => errorText(errors.newAgency?.[field]?.message);

  return (
    <form
      onSubmit={form.handleSubmit((values) =>
        submit(
          () => saveWhoAction(caseId, values),
          (id) => `/withdrawal/${id}/step/2`,
        ),
      )}
      noValidate
      className="space-y-5"
    >
      <FormError errors={errors} />
      <SelectField label={t("agency")} error={errorText(errors.agencyId?.message)} {...form.register("agencyId")}>
        <option value="">{t("agencyPlaceholder")}</option>
        {agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
        <option value={newAgencyChoice}>{t("newAgency")}</option>
      </SelectField>
      {agencyId === newAgencyChoice && (
        <fieldset className="space-y-3 rounded-xl border border-stone-200 bg-white p-3">
          <legend className="px-1 font-semibold">{t("newAgencyTitle")}</legend>
          <TextField label={t("agencyName")} error={agencyError("name")} {...form.register("newAgency.name")} />
          <TextField label={t("agencyEmail")} type="email" inputMode="email" error={agencyError("email")} {...form.register("newAgency.email")} />
          <TextField label={t("agencyPhone")} type="tel" inputMode="tel" error={agencyError("phone")} {...form.register("newAgency.phone")} />
          <TextField label={t("agencyLine")} error={agencyError("line")} {...form.register("newAgency.line")} />
          <TextField label={t("agencyFormUrl")} type="url" inputMode="url" error={agencyError("formUrl")} {...form.register("newAgency.formUrl")} />
          <TextField label={t("agencyHq")} hint={t("agencyHqHint")} error={agencyError("hqContact")} {...form.register("newAgency.hqContact")} />
        </fieldset>
      )}
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("registrations")}</legend>
        <p className="text-sm text-stone-600">{registrations.length ? t("registrationsHint") : t("noRegistrations")}</p>
        {/* The catalogue knows some networks, not every agency's: she is told to look for the rest herself. */}
        <p className="text-sm text-stone-600">{t("partnerHint")}</p>
        {registrations.map((r) => (
          <label key={r.id} className="flex min-h-11 items-center gap-3 rounded-lg border border-stone-200 bg-white px-3">
            <input type="checkbox" value={r.id} className="size-5" {...form.register("registrationIds")} />
            <span className="min-w-0 break-all">
              {r.siteName} · {r.handle}
            </span>
          </label>
        ))}
        {errors.registrationIds && <p className="text-sm font-medium text-red-700">{errorText(errors.registrationIds.message)}</p>}
      </fieldset>
      <PartnerOffers
        registrations={partners.registrations}
        selectedIds={Array.isArray(selectedIds) ? selectedIds : selectedIds ? [selectedIds] : []}
        registeredSlugs={partners.registeredSlugs}
        back={caseId ? `/withdrawal/${caseId}/step/1` : "/withdrawal/new"}
      />
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? tCommon("saving") : tCommon("next")}
      </Button>
    </form>
  );
}
