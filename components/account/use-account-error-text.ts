"use client";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/error-text";

/** Codes of the account forms (account.errors) first, then the shared ones (errors). */
export function useAccountErrorText() {
  const t = useTranslations("account.errors");
  const shared = useErrorText();
  return (code: string | undefined, retryAfterSeconds?: number): string | undefined => {
    if (!code) return undefined;
    return t.has(code) ? t(code) : shared(code, retryAfterSeconds);
  };
}
