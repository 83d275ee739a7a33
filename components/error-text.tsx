"use client";
import { useTranslations } from "next-intl";

/** Translates an error code (a key under "errors"); unknown codes fall back to the generic message. */
export function useErrorText() {
  const t = useTranslations("errors");
  return (code: string | undefined, retryAfterSeconds?: number): string | undefined => {
    if (!code) return undefined;
    if (code === "rateLimited") return t("rateLimited", { minutes: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60)) });
    return t.has(code) ? t(code) : t("generic");
  };
}
