import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { QuickExit } from "./quick-exit";

/** The bar on every page: the name (neutral in discreet mode), optional actions, and quick exit. */
export async function SiteHeader({
  home,
  quickExitTarget,
  quickExitSignsOut = false,
  children,
}: {
  home: string;
  quickExitTarget: string;
  quickExitSignsOut?: boolean;
  children?: ReactNode;
}) {
  const t = await getTranslations("meta");
  return (
    <header className="sticky top-0 z-20 border-b border-stone-200 bg-stone-50/95 backdrop-blur">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-2 px-4 py-2">
        <Link href={home} replace className="text-lg font-bold text-brand-800">
          {t("appName")}
        </Link>
        <div className="flex items-center gap-2">
          {children}
          <QuickExit target={quickExitTarget} signOut={quickExitSignsOut} />
        </div>
      </div>
    </header>
  );
}
