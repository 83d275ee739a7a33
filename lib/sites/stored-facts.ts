// Reads the sourced facts the seed stored with a site (Site.factsJson). A row the seed has not filled yet (or from
// an older release) has none: pages then say the facts are unknown rather than fail.
import type { ProfileAddress } from "./profile-url";
import { storedSiteFactsSchema, type StoredSiteFacts } from "./schema";

export function parseStoredFacts(json: string | null | undefined): StoredSiteFacts | null {
  if (!json) return null;
  try {
    const parsed = storedSiteFactsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The address pattern of a site's facts, in the shape the URL builders take. */
export function profileAddressOf(facts: StoredSiteFacts | null): ProfileAddress {
  const profile = facts?.profile;
  if (profile?.kind === "handle") return { kind: "handle", pattern: profile.pattern };
  if (profile?.kind === "site-id") return { kind: "site-id", pattern: profile.pattern, idFormat: profile.idFormat };
  return { kind: "unknown" };
}
