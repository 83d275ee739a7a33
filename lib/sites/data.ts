import "server-only";
import { db } from "../db/client";

/** The public site catalogue, Japanese sites first. */
export async function listSites() {
  const sites = await db.site.findMany({
    orderBy: [{ country: "desc" }, { name: "asc" }],
    include: { partners: { select: { slug: true, name: true } } },
  });
  return sites.map(({ domainsJson, ...site }) => ({ ...site, domains: JSON.parse(domainsJson) as string[] }));
}
