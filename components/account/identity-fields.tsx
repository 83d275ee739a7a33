"use client";
import { useErrorText } from "@/components/error-text";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";

type IdentityFields = { password: string; totpCode?: string };

/** "Is it you?": her password, and her authenticator code when two-step sign-in is on (account.identity). */
export function IdentityFields<T extends IdentityFields>({
  register,
  errors,
  totpEnabled,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  totpEnabled: boolean;
}) {
  const t = useTranslations("account.identity");
  const errorText = useErrorText();
  const reg = register as unknown as UseFormRegister<IdentityFields>;
  const errs = errors as FieldErrors<IdentityFields>;
  return (
    <fieldset className="space-y-3 rounded-lg border border-stone-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t("legend")}</legend>
      <TextField label={t("password")} type="password" autoComplete="current-password" error={errorText(errs.password?.message)} {...reg("password")} />
      {totpEnabled && (
        <TextField
          label={t("totp")}
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={32}
          error={errorText(errs.totpCode?.message)}
          {...reg("totpCode")}
        />
      )}
    </fieldset>
  );
}
