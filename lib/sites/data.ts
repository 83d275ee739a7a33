import "server-only";
import { db } from "../db/client";
import { loadAgencyNotes } from "./agency-notes";
import { parseStoredFacts } from "./stored-facts";

/** The public site catalogue, Japanese sites first, each with its sourced facts. */
export async function listSites() {
  const sites = await db.site.findMany({
    orderBy: [{ country: "desc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      nameEn: true,
      country: true,
      domainsJson: true,
      factsJson: true,
      ruleStatus: true,
      ruleSource: true,
      ruleVerifiedOn: true,
      withdrawalRoute: true,
    },
  });
  return sites.map(({ domainsJson, factsJson, ...site }) => ({ ...site, domains: JSON.parse(domainsJson) as string[], facts: parseStoredFacts(factsJson) }));
}

/** Names asked about as sites that are agencies (ポケットワーク), with what to do instead. */
export function listAgencyNotes() {
  return loadAgencyNotes();
}

/** Her registrations (from the dashboard rows) with the possible partner sites of each one's site. */
export async function withPartnerSites<T extends { id: string; siteId: string | null; siteName: string }>(rows: T[]) {
  const siteIds = [...new Set(rows.flatMap((r) => (r.siteId ? [r.siteId] : [])))];
  const sites = siteIds.length ? await db.site.findMany({ where: { id: { in: siteIds } }, select: { id: true, slug: true, factsJson: true } }) : [];
  const byId = new Map(sites.map((s) => [s.id, { slug: s.slug, partners: parseStoredFacts(s.factsJson)?.partners ?? [] }]));
  return rows.map((r) => {
    const site = r.siteId ? byId.get(r.siteId) : undefined;
    return { id: r.id, siteName: r.siteName, siteSlug: site?.slug ?? null, partners: site?.partners ?? [] };
  });
}
