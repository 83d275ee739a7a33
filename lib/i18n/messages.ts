// Messages: the core file per locale, plus one file per feature (messages/<feature>.<locale>.json), merged under
// the feature's name so features can be worked on side by side.
import type { Locale } from "./config";

export const featureMessageFiles = ["escalation", "evidence", "account", "twoFactor", "resilience", "catalogue", "trouble"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const core = (await import(`../../messages/${locale}.json`)).default as Record<string, unknown>;
  const features = await Promise.all(
    featureMessageFiles.map(async (feature) => [feature, (await import(`../../messages/${feature}.${locale}.json`)).default] as const),
  );
  return { ...core, ...Object.fromEntries(features) };
}
