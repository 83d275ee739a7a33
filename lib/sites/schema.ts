// The site catalogue's data file (lib/sites/catalogue.json), validated here at seed and test time. Every fact
// carries its own source: where it was read, when, by whom it was written (the site, an agency, a third party) and
// whether it is verified. Only the site's own page can verify a fact; anything else stays "unverified" in the UI.
import { z } from "zod";
import { isCalendarDate } from "../time/tokyo-date";

const calendarDate = z.string().refine(isCalendarDate, { error: "a real YYYY-MM-DD date" });
const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });
const hostname = z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, { error: "a lower-case host name" });

/** A text in both languages. Japanese is what she reads first. */
export const localizedSchema = z.strictObject({ ja: z.string().trim().min(1), en: z.string().trim().min(1) });
export type Localized = z.infer<typeof localizedSchema>;

export const sourceKinds = ["official", "agency", "third-party"] as const;
/** page: a web page; code: someone's program (a scraper, a viewer plugin); data: a public data file (WhatsMyName…). */
export const sourceMedia = ["page", "code", "data"] as const;

export const sourceSchema = z
  .strictObject({
    kind: z.enum(sourceKinds),
    medium: z.enum(sourceMedia),
    /** Only where a person can open it. Internal index ids stay in `detail`, never a link. */
    url: httpUrl.nullable(),
    /** The citation as written: file, commit, page title, index id. */
    detail: z.string().trim().min(3),
    read: calendarDate,
    verified: z.boolean(),
  })
  .refine((s) => !s.verified || s.kind === "official", { error: "only the site's own page can verify a fact", path: ["verified"] });
export type Source = z.infer<typeof sourceSchema>;

export const withdrawalRoutes = ["VIA_AGENCY", "SELF_SERVICE", "OPERATOR_SUPPORT", "UNKNOWN"] as const;
export type WithdrawalRouteName = (typeof withdrawalRoutes)[number];

/** How a profile address is made: from her handle, from a number or code the site gave her, or not known. */
export const profileKinds = ["handle", "site-id", "unknown"] as const;
export type ProfileKind = (typeof profileKinds)[number];
/** digits: 0-9 only; token: letters, digits, "_" and "-" (a site's opaque id or hash). */
export const siteIdFormats = ["digits", "token"] as const;
export type SiteIdFormat = (typeof siteIdFormats)[number];

const placeholderCount = (pattern: string, name: string) => pattern.split(`{${name}}`).length - 1;

export const profileSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("handle"),
    pattern: z.string().refine((p) => placeholderCount(p, "handle") === 1 && !p.includes("{id}"), { error: "one {handle} and no {id}" }),
    note: localizedSchema.nullable(),
    source: sourceSchema,
  }),
  z.strictObject({
    kind: z.literal("site-id"),
    pattern: z.string().refine((p) => placeholderCount(p, "id") === 1 && !p.includes("{handle}"), { error: "one {id} and no {handle}" }),
    idFormat: z.enum(siteIdFormats),
    /** Where she can find the number on her own profile page, e.g. "the digits after character_id= in the address". */
    where: localizedSchema,
    note: localizedSchema.nullable(),
    source: sourceSchema,
  }),
  z.strictObject({
    kind: z.literal("unknown"),
    note: localizedSchema,
    source: sourceSchema.nullable(),
  }),
]);
export type Profile = z.infer<typeof profileSchema>;

export const withdrawalSchema = z
  .strictObject({
    route: z.enum(withdrawalRoutes),
    steps: localizedSchema.nullable(),
    /** What the site or agency asks for when she withdraws (ID, reason, …), where a source says. */
    asks: localizedSchema.nullable(),
    note: localizedSchema.nullable(),
    source: sourceSchema.nullable(),
  })
  .refine((w) => w.route === "UNKNOWN" || (w.steps !== null && w.source !== null), { error: "a known route needs its steps and a source" });

export const operatorSchema = z
  .strictObject({
    name: z.string().trim().min(1).nullable(),
    supportEmail: z.email().nullable(),
    contactUrl: httpUrl.nullable(),
    note: localizedSchema.nullable(),
    source: sourceSchema,
  })
  .refine((o) => o.name !== null || o.supportEmail !== null || o.contactUrl !== null, { error: "an operator entry needs a name or a contact" });

export const visibilityNoteSchema = z.strictObject({ text: localizedSchema, source: sourceSchema });

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "a kebab-case slug" });

export const catalogueSiteSchema = z.strictObject({
  slug,
  name: z.string().trim().min(1),
  nameEn: z.string().trim().min(1),
  country: z.enum(["JP", "INTL"]),
  home: z.strictObject({ url: httpUrl, source: sourceSchema }).nullable(),
  domains: z.strictObject({ hosts: z.array(hostname), source: sourceSchema.nullable() }),
  profile: profileSchema,
  withdrawal: withdrawalSchema,
  operator: operatorSchema.nullable(),
  visibility: z.array(visibilityNoteSchema),
  /** What was looked for and not found (English, for whoever researches next; not shown). */
  notFound: z.array(z.string().trim().min(1)),
});
export type CatalogueSite = z.infer<typeof catalogueSiteSchema>;

export const networkRelations = ["same-operator", "possibly-same-operator", "same-accounts", "white-label", "variants", "agency-list"] as const;
export type NetworkRelation = (typeof networkRelations)[number];

/** Sites that may show the same profiles or be run together. Members are catalogue slugs or sites outside it. */
export const networkSchema = z.strictObject({
  id: slug,
  relation: z.enum(networkRelations),
  members: z.array(z.union([z.strictObject({ slug }), z.strictObject({ name: z.string().trim().min(1), nameEn: z.string().trim().min(1) })])).min(2),
  text: localizedSchema,
  source: sourceSchema,
});
export type Network = z.infer<typeof networkSchema>;

/** Not a site but asked about as one (ポケットワーク is an agency): kept so she finds it and learns what to do. */
export const agencyNoteSchema = z.strictObject({
  slug,
  name: z.string().trim().min(1),
  nameEn: z.string().trim().min(1),
  home: z.strictObject({ url: httpUrl, source: sourceSchema }).nullable(),
  text: localizedSchema,
  withdrawal: withdrawalSchema,
  notFound: z.array(z.string().trim().min(1)),
});
export type AgencyNote = z.infer<typeof agencyNoteSchema>;

function hostBelongs(host: string, domains: string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** The host of a profile pattern, with a sample value in the placeholder. */
export function patternHost(pattern: string): string | null {
  try {
    return new URL(pattern.replace("{handle}", "sample").replace("{id}", "1")).hostname;
  } catch {
    return null;
  }
}

export const catalogueSchema = z
  .strictObject({
    sites: z.array(catalogueSiteSchema).min(1),
    networks: z.array(networkSchema),
    agencies: z.array(agencyNoteSchema),
  })
  .superRefine((catalogue, ctx) => {
    const slugs = new Set<string>();
    for (const [i, site] of catalogue.sites.entries()) {
      if (slugs.has(site.slug)) ctx.addIssue({ code: "custom", path: ["sites", i, "slug"], message: `duplicate slug ${site.slug}` });
      slugs.add(site.slug);
      const hosts = site.domains.hosts;
      if (hosts.length > 0 && site.domains.source === null)
        ctx.addIssue({ code: "custom", path: ["sites", i, "domains", "source"], message: "domains need a source" });
      if (site.home && !hostBelongs(new URL(site.home.url).hostname, hosts)) {
        ctx.addIssue({ code: "custom", path: ["sites", i, "home"], message: "the home address is not on the site's domains" });
      }
      if (site.profile.kind !== "unknown") {
        const host = patternHost(site.profile.pattern);
        if (!host || !/^https?:\/\//.test(site.profile.pattern))
          ctx.addIssue({ code: "custom", path: ["sites", i, "profile", "pattern"], message: "not an absolute http(s) template" });
        else if (!hostBelongs(host, hosts)) {
          ctx.addIssue({ code: "custom", path: ["sites", i, "profile", "pattern"], message: `profile host ${host} is not on the site's domains` });
        }
      }
    }
    for (const [i, agency] of catalogue.agencies.entries()) {
      if (slugs.has(agency.slug))
        ctx.addIssue({ code: "custom", path: ["agencies", i, "slug"], message: `an agency note cannot share a site's slug (${agency.slug})` });
    }
    for (const [i, network] of catalogue.networks.entries()) {
      const inCatalogue = network.members.filter((m): m is { slug: string } => "slug" in m);
      for (const m of inCatalogue) {
        if (!slugs.has(m.slug)) ctx.addIssue({ code: "custom", path: ["networks", i, "members"], message: `unknown site ${m.slug}` });
      }
      if (inCatalogue.length === 0) ctx.addIssue({ code: "custom", path: ["networks", i, "members"], message: "a network needs at least one catalogue site" });
    }
  });
export type Catalogue = z.infer<typeof catalogueSchema>;

/** A site of the same network, as stored with each site (derived from `networks` by the seed). */
export const partnerSchema = z.strictObject({
  slug: slug.nullable(),
  name: z.string(),
  nameEn: z.string(),
  network: slug,
  relation: z.enum(networkRelations),
  text: localizedSchema,
  source: sourceSchema,
});
export type Partner = z.infer<typeof partnerSchema>;

/** What Site.factsJson holds: the catalogue entry's sourced facts and its partner sites. */
export const storedSiteFactsSchema = catalogueSiteSchema
  .omit({ slug: true, name: true, nameEn: true, country: true })
  .extend({ partners: z.array(partnerSchema) });
export type StoredSiteFacts = z.infer<typeof storedSiteFactsSchema>;

/** Parses the catalogue or throws one error that names every problem by its path (the seed stops on it). */
export function parseCatalogue(input: unknown, file = "lib/sites/catalogue.json"): Catalogue {
  const parsed = catalogueSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "(top)"}: ${issue.message}`);
  throw new Error(`${file} is not valid:\n${problems.join("\n")}`);
}
