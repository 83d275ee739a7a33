import type { Metadata } from "next";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/language-switch";
import { PageTitle } from "@/components/page-title";
import { PreferencesForm } from "@/components/settings/preferences-form";
import { SignOutEverywhere } from "@/components/settings/sign-out-everywhere";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("settings.title");
}

export default async function SettingsPage() {
  const user = await requireUser();
  const t = await getTranslations("settings");
  return (
    <div className="space-y-4">
      <PageTitle>{t("title")}</PageTitle>
      <Card className="space-y-1">
        <h2 className="font-semibold">{t("account")}</h2>
        <p className="text-sm text-stone-600">{t("signedInAs")}</p>
        <p className="break-all">{user.email}</p>
      </Card>
      <Card className="space-y-2">
        <h2 className="font-semibold">{t("languageTitle")}</h2>
        <LanguageSwitch />
      </Card>
      <Card>
        <PreferencesForm defaults={{ discreetMode: user.discreetMode, quickExitUrl: user.quickExitUrl ?? "" }} />
      </Card>
      <Card className="space-y-2">
        <h2 className="font-semibold">{t("signOutEverywhereTitle")}</h2>
        <p className="text-sm text-stone-700">{t("signOutEverywhereBody")}</p>
        <SignOutEverywhere />
      </Card>
    </div>
  );
}
