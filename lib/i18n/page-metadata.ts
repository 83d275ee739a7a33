import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isDiscreet } from "../account/discreet";

/** A page's tab title; in discreet mode every page shows the same neutral title instead. */
export async function pageMetadata(key: string): Promise<Metadata> {
  const t = await getTranslations();
  if (await isDiscreet()) return { title: { absolute: t("meta.neutralTitle") } };
  return { title: t(key) };
}
