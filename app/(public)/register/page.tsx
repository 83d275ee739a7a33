import type { Metadata } from "next";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/page-title";
import { RegisterForm } from "@/components/auth/register-form";
import { suggestLoginName } from "@/lib/auth/login-name";
import { safeCallbackPath } from "@/lib/security/app-paths";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("auth.registerTitle");
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const t = await getTranslations("auth");
  const { callbackUrl } = await searchParams;
  const next = safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined);
  return (
    <div className="mx-auto max-w-md">
      <PageTitle lead={t("privacyNote")}>{t("registerTitle")}</PageTitle>
      <RegisterForm callbackPath={next} suggestedName={suggestLoginName()} />
      <p className="mt-6 text-sm">
        {t("haveAccount")}{" "}
        <Link href="/signin" replace className="text-brand-700 underline">
          {(await getTranslations("common"))("signIn")}
        </Link>
      </p>
    </div>
  );
}
