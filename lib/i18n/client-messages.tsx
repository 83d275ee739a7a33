// The browser gets only the messages its client components use: the whole catalogue is ~40 KB, which every page
// used to carry in its HTML. The root layout provides the shell's namespaces; each section's layout adds its own
// provider for its forms (a nested provider replaces messages only for the section below it).
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** Header, menu, quick exit, language switch, sign-out button, and the error texts any form can show. */
export const shellNamespaces = ["nav", "quickExit", "language", "common", "errors"] as const;

export const sectionNamespaces = {
  dashboard: ["dashboard", "reasons", "verdict", "registration", "common", "errors"],
  // The add and edit forms show where a made address comes from (catalogue.source, catalogue.address).
  registrations: ["dashboard", "reasons", "verdict", "registration", "catalogue", "common", "errors"],
  withdrawal: ["wizard", "case", "catalogue", "common", "errors"],
  escalation: ["escalation", "bodies", "wizard", "common", "errors"],
  evidence: ["evidence", "common", "errors"],
  trouble: ["trouble", "evidence", "wizard", "common", "errors"],
  settings: ["settings", "account", "twoFactor", "language", "common", "errors"],
  auth: ["auth", "twoFactor", "common", "errors"],
  calc: ["calc"],
} as const;

export function pickMessages(messages: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]]));
}

export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = (await getMessages()) as Record<string, unknown>;
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}

/** A section layout: its pages' client components get their section's messages. */
export function sectionLayout(section: keyof typeof sectionNamespaces) {
  return function SectionLayout({ children }: { children: ReactNode }) {
    return <ClientMessages namespaces={sectionNamespaces[section]}>{children}</ClientMessages>;
  };
}
