// Idempotent seed (run by scripts/db-seed.ts): the public catalogues of counselling bodies and sites.
// A row is written only when it is missing or differs, so running the seed twice changes nothing at all.
// Both catalogues come from data files validated first: an invalid file stops the seed, naming each invalid path,
// before anything is written. The bodies come from lib/bodies/bodies.json; the site facts from
// lib/sites/catalogue.json, with the checker rules of prisma/seed-data/sites.ts matched by slug.
import bodiesFile from "../lib/bodies/bodies.json";
import { parseBodiesFile } from "../lib/bodies/schema";
import type { Db } from "../lib/db/client";
import { loadCatalogue, storedFacts } from "../lib/sites/catalogue";
import type { Catalogue, CatalogueSite } from "../lib/sites/schema";
import { sites as siteRules, type SiteSeed } from "./seed-data/sites";

function differs(existing: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).some(([key, value]) => existing[key] !== value);
}

const profileKinds = { handle: "HANDLE", "site-id": "SITE_ID", unknown: "UNKNOWN" } as const;

export function siteRow(catalogue: Catalogue, site: CatalogueSite, checks: SiteSeed | undefined) {
  return {
    name: site.name,
    nameEn: site.nameEn,
    country: site.country,
    baseUrl: site.home?.url ?? null,
    domainsJson: JSON.stringify(site.domains.hosts),
    profileUrlKind: profileKinds[site.profile.kind],
    profileUrlPattern: site.profile.kind === "unknown" ? null : site.profile.pattern,
    factsJson: JSON.stringify(storedFacts(catalogue, site)),
    withdrawalRoute: site.withdrawal.route,
    ruleJson: checks?.rule ? JSON.stringify(checks.rule) : null,
    ruleStatus: checks?.ruleStatus === "verified" ? ("VERIFIED" as const) : ("BASELINE" as const),
    ruleSource: checks?.ruleSource ?? null,
    ruleVerifiedOn: checks?.ruleVerifiedOn ?? null,
    notesJa: checks?.notesJa ?? null,
    notesEn: checks?.notesEn ?? null,
  };
}

export async function seed(db: Db, { catalogueFile }: { catalogueFile?: string } = {}): Promise<void> {
  const bodies = parseBodiesFile(bodiesFile);
  const catalogue = loadCatalogue(catalogueFile);
  for (const body of bodies) {
    const data = { priority: body.priority, factsJson: JSON.stringify(body) };
    const existing = await db.counsellingBody.findUnique({ where: { slug: body.slug } });
    if (!existing) await db.counsellingBody.create({ data: { slug: body.slug, ...data } });
    else if (differs(existing, data)) await db.counsellingBody.update({ where: { slug: body.slug }, data });
  }
  // The file is the only source: a body taken out of it leaves the directory too.
  await db.counsellingBody.deleteMany({ where: { slug: { notIn: bodies.map((b) => b.slug) } } });
  // Sites are never deleted here (her registrations point at them). sites.ts refuses checks for a slug the
  // catalogue does not have; a catalogue site without checks is baseline.
  const rules = new Map(siteRules.map((s) => [s.slug, s]));
  for (const site of catalogue.sites) {
    const data = siteRow(catalogue, site, rules.get(site.slug));
    const existing = await db.site.findUnique({ where: { slug: site.slug } });
    if (!existing) await db.site.create({ data: { slug: site.slug, ...data } });
    else if (differs(existing, data)) await db.site.update({ where: { slug: site.slug }, data });
  }
}
