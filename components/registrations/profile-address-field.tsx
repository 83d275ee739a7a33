"use client";
// The profile address part of the add-registration form, by what the catalogue knows of the site:
// - a handle pattern: the address is made from her handle and shown for her to open and confirm (or she types her own);
// - a site-id pattern: she gives the number (told where it is) or pastes the address; a number makes the address;
// - no pattern (or a site not in the catalogue): she pastes the address, and is told the app does not know the shape.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { FactSource } from "@/components/sites/fact-source";
import { TextField } from "@/components/ui/text-field";
import type { SiteChoice } from "@/lib/registrations/data";
import type { RegistrationInput } from "@/lib/registrations/schema";
import { profileUrlFromHandle, profileUrlFromSiteId, siteIdFromProfileUrl, type ProfileAddress } from "@/lib/sites/profile-url";
import { isHttpUrl } from "@/lib/validation/fields";
import { Notice } from "../ui/notice";

type Props = { form: UseFormReturn<RegistrationInput>; site: SiteChoice | null; errorText: (code?: string) => string | undefined };

function addressOf(site: SiteChoice | null): ProfileAddress {
  const p = site?.profile;
  if (p?.kind === "handle") return { kind: "handle", pattern: p.pattern };
  if (p?.kind === "site-id") return { kind: "site-id", pattern: p.pattern, idFormat: p.idFormat };
  return { kind: "unknown" };
}

export function ProfileAddressField({ form, site, errorText }: Props) {
  const t = useTranslations("catalogue.address");
  const ja = useLocale() === "ja";
  const tForm = useTranslations("registration");
  const address = addressOf(site);
  const { errors } = form.formState;
  const handle = form.watch("handle");
  const url = form.watch("profileUrl");
  const built = address.kind === "handle" ? profileUrlFromHandle(address, handle ?? "") : null;
  // Typed unless the address is (or can be) the one made from her handle.
  const [typed, setTyped] = useState(() => address.kind !== "handle" || Boolean(url && url !== profileUrlFromHandle(address, form.getValues("handle"))));
  const [idText, setIdText] = useState(() => (address.kind === "site-id" ? (siteIdFromProfileUrl(address, url) ?? url) : ""));

  // A handle pattern fills the address from the handle; a new address needs a new tick.
  useEffect(() => {
    if (address.kind !== "handle" || typed) return;
    const next = built ?? "";
    if (form.getValues("profileUrl") !== next) {
      form.setValue("profileUrl", next);
      form.setValue("confirmProfileUrl", false);
    }
  }, [address.kind, typed, built, form]);

  // What she types or pastes is hers: nothing to confirm.
  useEffect(() => {
    if (typed && address.kind !== "site-id") form.setValue("confirmProfileUrl", true);
  }, [typed, address.kind, form]);

  const urlError = errorText(errors.profileUrl?.message);
  const confirmBox = (
    <BuiltAddress
      url={url}
      label={address.kind === "handle" ? t("fromHandle") : t("fromId")}
      site={site}
      form={form}
      error={errorText(errors.confirmProfileUrl?.message)}
      urlError={urlError}
    />
  );

  if (address.kind === "site-id") {
    const idBuilt = profileUrlFromSiteId(address, idText);
    const where = site?.profile?.kind === "site-id" ? (ja ? site.profile.where.ja : site.profile.where.en) : "";
    const pasted = isHttpUrl(idText.trim());
    return (
      <div className="space-y-3">
        <TextField
          label={t("siteId")}
          hint={t("siteIdHint", { where })}
          autoComplete="off"
          value={idText}
          error={idBuilt ? undefined : urlError}
          onChange={(e) => {
            const value = e.target.value;
            setIdText(value);
            const fromId = profileUrlFromSiteId(address, value);
            if (fromId) {
              if (form.getValues("profileUrl") !== fromId) {
                form.setValue("profileUrl", fromId);
                form.setValue("confirmProfileUrl", false);
              }
            } else {
              form.setValue("profileUrl", isHttpUrl(value.trim()) ? value.trim() : "");
              form.setValue("confirmProfileUrl", isHttpUrl(value.trim()));
            }
          }}
        />
        {idText.trim() &&
          !idBuilt &&
          (pasted ? <p className="text-sm text-stone-600">{t("pasted")}</p> : <p className="text-sm text-stone-600">{t("notRecognised")}</p>)}
        {idBuilt && confirmBox}
      </div>
    );
  }

  if (address.kind === "handle" && !typed) {
    return (
      <div className="space-y-2">
        {url ? (
          confirmBox
        ) : (
          <>
            <p className="rounded-lg border border-dashed border-stone-300 p-3 text-sm text-stone-600">
              {handle?.trim() ? t("cannotBuild") : t("typeHandleFirst")}
            </p>
            {urlError && handle?.trim() && <p className="text-sm font-medium text-red-700">{urlError}</p>}
          </>
        )}
        <button type="button" className="inline-flex min-h-11 items-center text-sm text-brand-700 underline" onClick={() => setTyped(true)}>
          {t("typeInstead")}
        </button>
      </div>
    );
  }

  return (
    <div className="space-y-2">
      {site && address.kind === "unknown" && <Notice>{t("unknownPattern")}</Notice>}
      <TextField
        label={tForm("profileUrl")}
        hint={tForm("profileUrlHint")}
        type="url"
        inputMode="url"
        autoComplete="off"
        error={urlError}
        {...form.register("profileUrl", { onChange: () => form.setValue("confirmProfileUrl", true) })}
      />
      {address.kind === "handle" && (
        <button type="button" className="inline-flex min-h-11 items-center text-sm text-brand-700 underline" onClick={() => setTyped(false)}>
          {t("useBuilt")}
        </button>
      )}
    </div>
  );
}

/** Percent-encoded Japanese handles shown as she typed them. */
function readable(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

type BuiltProps = { url: string; label: string; site: SiteChoice | null; form: UseFormReturn<RegistrationInput>; error?: string; urlError?: string };

/** The address the app made, a link to open it, the pattern's source ("unverified") and her tick after it. */
function BuiltAddress({ url, label, site, form, error, urlError }: BuiltProps) {
  const t = useTranslations("catalogue.address");
  const profile = site?.profile;
  const source = profile && profile.kind !== "unknown" ? profile.source : null;
  return (
    <div className="space-y-2 rounded-lg border border-stone-200 bg-white p-3">
      <p className="text-sm font-medium">{label}</p>
      <p className="break-all font-mono text-sm">{readable(url)}</p>
      <a href={url} target="_blank" rel="noopener noreferrer" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
        {t("open")}
      </a>
      {source && !source.verified && <Notice tone="warning">{t("unverifiedPattern")}</Notice>}
      {source && (
        <div>
          <p className="text-xs font-medium text-stone-700">{t("patternSource")}</p>
          <FactSource source={source} />
        </div>
      )}
      {urlError && <p className="text-sm font-medium text-red-700">{urlError}</p>}
      <label className="flex min-h-11 items-start gap-3 text-sm">
        <input type="checkbox" className="mt-1 size-5" aria-invalid={error ? true : undefined} {...form.register("confirmProfileUrl")} />
        <span>{t("confirm")}</span>
      </label>
      {error && <p className="text-sm font-medium text-red-700">{error}</p>}
    </div>
  );
}
