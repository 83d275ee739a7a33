// Idempotent seed (run by scripts/db-seed.ts): the public catalogues of counselling bodies and sites.
// A row is written only when it is missing or differs, so running the seed twice changes nothing at all.
// The bodies come from lib/bodies/bodies.json and are validated first: an invalid file stops the seed, naming each
// invalid field, before anything is written.
import bodiesFile from "../lib/bodies/bodies.json";
import { parseBodiesFile } from "../lib/bodies/schema";
import type { Db } from "../lib/db/client";
import { sites, type SiteSeed } from "./seed-data/sites";

function differs(existing: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).some(([key, value]) => existing[key] !== value);
}

function siteRow(site: SiteSeed) {
  return {
    name: site.name,
    nameEn: site.nameEn,
    country: site.country,
    baseUrl: site.baseUrl,
    domainsJson: JSON.stringify(site.domains),
    profileUrlPattern: site.profileUrlPattern,
    ruleJson: site.rule ? JSON.stringify(site.rule) : null,
    ruleStatus: site.ruleStatus === "verified" ? ("VERIFIED" as const) : ("BASELINE" as const),
    ruleSource: site.ruleSource,
    ruleVerifiedOn: site.ruleVerifiedOn,
    withdrawalRoute: site.withdrawalRoute,
    notesJa: site.notesJa,
    notesEn: site.notesEn,
  };
}

export async function seed(db: Db): Promise<void> {
  const bodies = parseBodiesFile(bodiesFile);
  for (const body of bodies) {
    const data = { priority: body.priority, factsJson: JSON.stringify(body) };
    const existing = await db.counsellingBody.findUnique({ where: { slug: body.slug } });
    if (!existing) await db.counsellingBody.create({ data: { slug: body.slug, ...data } });
    else if (differs(existing, data)) await db.counsellingBody.update({ where: { slug: body.slug }, data });
  }
  // The file is the only source: a body taken out of it leaves the directory too.
  await db.counsellingBody.deleteMany({ where: { slug: { notIn: bodies.map((b) => b.slug) } } });
  for (const site of sites) {
    const data = siteRow(site);
    const existing = await db.site.findUnique({ where: { slug: site.slug } });
    if (!existing) await db.site.create({ data: { slug: site.slug, ...data } });
    else if (differs(existing, data)) await db.site.update({ where: { slug: site.slug }, data });
  }
  // Partners last, once every site exists.
  for (const site of sites) {
    const existing = await db.site.findUnique({ where: { slug: site.slug }, include: { partners: { select: { slug: true } } } });
    const current = existing!.partners.map((p) => p.slug).sort().join();
    if (current === [...site.partnerSlugs].sort().join()) continue;
    await db.site.update({ where: { slug: site.slug }, data: { partners: { set: site.partnerSlugs.map((slug) => ({ slug })) } } });
  }
}
