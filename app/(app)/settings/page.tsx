import type { Metadata } from "next";
import { TwoFactorSection } from "@/components/settings/two-factor-section";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { ExportData } from "@/components/account/export-data";
import { SecurityLog, securityLogSize } from "@/components/account/security-log";
import { LanguageSwitch } from "@/components/language-switch";
import { PageTitle } from "@/components/page-title";
import { PreferencesForm } from "@/components/settings/preferences-form";
import { ExitSettingsForm } from "@/components/settings/exit-settings-form";
import { SignOutEverywhere } from "@/components/settings/sign-out-everywhere";
import { Card } from "@/components/ui/card";
import { getAccountSecurity, listSecurityEvents } from "@/lib/account/audit-data";
import { requireUser } from "@/lib/auth/session";
import { serverIdleTimeoutMinutes } from "@/lib/auth/sessions";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("settings.title");
}

export default async function SettingsPage() {
  const user = await requireUser();
  const t = await getTranslations("settings");
  const ta = await getTranslations("account");
  const [security, events] = await Promise.all([getAccountSecurity(user.id), listSecurityEvents(user.id, securityLogSize)]);
  const totpEnabled = security?.totpEnabled ?? false;
  return (
    <div className="space-y-4">
      <PageTitle>{t("title")}</PageTitle>
      <Card className="space-y-1">
        <h2 className="font-semibold">{t("account")}</h2>
        <p className="text-sm text-stone-600">{t("signedInAs")}</p>
        <p className="break-all">{user.loginName}</p>
      </Card>
      <Card className="space-y-2">
        <h2 className="font-semibold">{t("languageTitle")}</h2>
        <LanguageSwitch />
      </Card>
      <Card>
        <PreferencesForm defaults={{ discreetMode: user.discreetMode }} />
      </Card>
      <Card>
        <ExitSettingsForm
          defaults={{ quickExitUrl: user.quickExitUrl ?? "", quickExitSignsOut: user.quickExitSignsOut, idleTimeoutMinutes: user.idleTimeoutMinutes }}
          serverDefaultMinutes={serverIdleTimeoutMinutes()}
          totpEnabled={totpEnabled}
        />
      </Card>
      <Card className="space-y-2" aria-labelledby="change-password-title">
        <h2 id="change-password-title" className="font-semibold">
          {ta("password.title")}
        </h2>
        <p className="text-sm text-stone-700">{ta("password.body")}</p>
        <ChangePasswordForm loginName={user.loginName} />
      </Card>
      <TwoFactorSection userId={user.id} />
      <Card className="space-y-2">
        <h2 className="font-semibold">{t("signOutEverywhereTitle")}</h2>
        <p className="text-sm text-stone-700">{t("signOutEverywhereBody")}</p>
        <SignOutEverywhere />
      </Card>
      <Card className="space-y-2" aria-labelledby="security-log-title">
        <h2 id="security-log-title" className="font-semibold">
          {ta("audit.title")}
        </h2>
        <SecurityLog events={events} />
      </Card>
      <Card className="space-y-2" aria-labelledby="export-title">
        <h2 id="export-title" className="font-semibold">
          {ta("export.title")}
        </h2>
        <ExportData totpEnabled={totpEnabled} />
      </Card>
      <Card className="space-y-2 border-red-200" aria-labelledby="delete-account-title">
        <h2 id="delete-account-title" className="font-semibold text-red-800">
          {ta("delete.title")}
        </h2>
        <p className="text-sm text-stone-700">{ta("delete.body")}</p>
        <DeleteAccountForm totpEnabled={totpEnabled} />
      </Card>
    </div>
  );
}
