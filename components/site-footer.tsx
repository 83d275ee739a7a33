import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DangerNotice } from "./danger-notice";
import { LanguageSwitch } from "./language-switch";

export async function SiteFooter() {
  const t = await getTranslations();
  return (
    <footer className="mx-auto max-w-3xl space-y-3 px-4 pb-24 pt-8 text-sm text-stone-600 md:pb-8">
      <DangerNotice compact />
      <LanguageSwitch />
      <nav className="flex flex-wrap gap-x-4 gap-y-1">
        <Link href="/" replace className="underline">
          {t("nav.home")}
        </Link>
        <Link href="/help" replace className="underline">
          {t("nav.help")}
        </Link>
        <Link href="/bodies" replace className="underline">
          {t("nav.bodies")}
        </Link>
        <Link href="/sites" replace className="underline">
          {t("nav.sites")}
        </Link>
      </nav>
      {/* The one disclaimer on every screen: pages do not repeat it. */}
      <p>{t("common.notLegalAdvice")}</p>
      <p>{t("footer.privacy")}</p>
    </footer>
  );
}
