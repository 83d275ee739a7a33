"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { appSections } from "@/lib/security/app-paths";

/** Bottom bar on phones, a row under the header on wider screens. */
export function AppNav() {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="fixed inset-x-0 bottom-0 z-10 border-t border-stone-200 bg-white md:static md:border-0 md:bg-transparent">
      <ul className="mx-auto grid max-w-3xl grid-cols-5 md:flex md:gap-2 md:px-4">
        {appSections.map((section) => {
          const href = `/${section}`;
          const current = pathname === href || pathname.startsWith(`${href}/`);
          // Two-line labels wrap balanced and never before a small kana: ダッシュ/ボード, not ダッシュボ/ード.
          return (
            <li key={section}>
              <Link
                href={href}
                replace
                aria-current={current ? "page" : undefined}
                className="flex min-h-14 items-center justify-center px-1 text-center text-xs leading-tight text-balance [line-break:strict] text-stone-700 aria-[current=page]:font-bold aria-[current=page]:text-brand-700 md:min-h-11 md:rounded-lg md:px-3 md:text-sm md:aria-[current=page]:bg-brand-50"
              >
                {t(section)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
