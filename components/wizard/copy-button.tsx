"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

export function CopyButton({ text }: { text: string }) {
  const t = useTranslations("wizard.message");
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        await navigator.clipboard.writeText(text).catch(() => undefined);
        setCopied(true);
      }}
      className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white"
    >
      {copied ? t("copied") : t("copy")}
    </button>
  );
}
