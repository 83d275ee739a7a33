// Reads lib/sites/catalogue.json for the seed and the tests (the app reads the seeded Site rows, never this file).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseCatalogue, type Catalogue, type CatalogueSite, type Partner, type StoredSiteFacts } from "./schema";

export const catalogueFile = fileURLToPath(new URL("./catalogue.json", import.meta.url));

/** The validated catalogue; throws an error naming the file and every invalid path (the seed stops on it). */
export function loadCatalogue(file = catalogueFile): Catalogue {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is not readable JSON: ${(error as Error).message}`);
  }
  return parseCatalogue(data, file);
}

/** The other members of every network the site belongs to. */
export function partnersOf(catalogue: Catalogue, slug: string): Partner[] {
  const bySlug = new Map(catalogue.sites.map((s) => [s.slug, s]));
  return catalogue.networks
    .filter((network) => network.members.some((m) => "slug" in m && m.slug === slug))
    .flatMap((network) =>
      network.members
        .filter((m) => !("slug" in m && m.slug === slug))
        .map((m) => {
          const site = "slug" in m ? bySlug.get(m.slug)! : null;
          return {
            slug: site ? site.slug : null,
            name: site ? site.name : (m as { name: string }).name,
            nameEn: site ? site.nameEn : (m as { nameEn: string }).nameEn,
            network: network.id,
            relation: network.relation,
            text: network.text,
            source: network.source,
          };
        }),
    );
}

/** What the seed stores in Site.factsJson. */
export function storedFacts(catalogue: Catalogue, site: CatalogueSite): StoredSiteFacts {
  const { slug, name: _name, nameEn: _nameEn, country: _country, ...facts } = site;
  return { ...facts, partners: partnersOf(catalogue, slug) };
}
