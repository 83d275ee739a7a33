import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/page-title";
import { buttonClass } from "@/components/ui/button";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("account.goodbye.title");
}

/** Where the browser lands after deleting the account: a plain confirmation, nothing about her. */
export default async function GoodbyePage() {
  const t = await getTranslations("account.goodbye");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-stone-700">{t("body")}</p>
      <Link href="/" replace className={buttonClass("secondary")}>
        {t("home")}
      </Link>
    </div>
  );
}
