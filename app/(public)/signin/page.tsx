import type { Metadata } from "next";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/page-title";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/security/app-paths";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("auth.signInTitle");
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const t = await getTranslations("auth");
  const { callbackUrl } = await searchParams;
  const next = safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined);
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t("signInTitle")}</PageTitle>
      <SignInForm callbackPath={next} />
      <p className="mt-6 text-sm">
        {t("noAccount")}{" "}
        <Link href={`/register?callbackUrl=${encodeURIComponent(next)}`} replace className="text-brand-700 underline">
          {(await getTranslations("common"))("register")}
        </Link>
      </p>
    </div>
  );
}
