import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { isDiscreet } from "@/lib/account/discreet";
import { ClientMessages, shellNamespaces } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  const discreet = await isDiscreet();
  return {
    title: discreet ? t("neutralTitle") : { default: t("appName"), template: `%s | ${t("appName")}` },
    description: discreet ? undefined : t("tagline"),
    icons: { icon: discreet ? "/neutral-icon.svg" : "/icon.svg" },
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#fafaf9" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <ClientMessages namespaces={shellNamespaces}>{children}</ClientMessages>
      </body>
    </html>
  );
}
