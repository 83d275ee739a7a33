"use client";
import { useTranslations } from "next-intl";
import type { FieldError, FieldErrors, FieldValues } from "react-hook-form";
import { isErrorCode } from "@/lib/actions/error-codes";
import { Notice } from "@/components/ui/notice";

/** Translates an error code (lib/actions/error-codes.ts, messages under "errors"); anything else reads as generic. */
export function useErrorText() {
  const t = useTranslations("errors");
  return (code: string | undefined, retryAfterSeconds?: number, maxSize?: string): string | undefined => {
    if (!code) return undefined;
    if (!isErrorCode(code)) return t("generic");
    if (code === "rateLimited") return t("rateLimited", { minutes: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60)) });
    if (code === "fileTooLarge") return t("fileTooLarge", { max: maxSize ?? "" });
    return t(code);
  };
}

/** The form's request-wide error (placed by useFormAction), with the rate limit's wait. */
export function FormError<T extends FieldValues>({ errors }: { errors: FieldErrors<T> }) {
  const errorText = useErrorText();
  const root = errors.root as FieldError | undefined;
  if (!root?.message) return null;
  return <Notice tone="error">{errorText(root.message, Number(root.type) || undefined)}</Notice>;
}
