import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { HeaderAuthLink } from "@/components/auth/header-auth-link";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getCurrentUser } from "@/lib/auth/session";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations();
  const user = await getCurrentUser();
  return (
    <>
      <SiteHeader home="/" quickExitTarget={user?.quickExitUrl ?? "/calc"} quickExitSignsOut={user?.quickExitSignsOut ?? false}>
        {user ? (
          <Link href="/dashboard" replace className="text-sm font-medium text-brand-700 underline">
            {t("nav.dashboard")}
          </Link>
        ) : (
          <HeaderAuthLink signIn={t("common.signIn")} register={t("common.register")} />
        )}
      </SiteHeader>
      <main className="mx-auto max-w-3xl px-4 py-6">{children}</main>
      <SiteFooter />
    </>
  );
}
