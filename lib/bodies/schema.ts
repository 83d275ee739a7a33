// The counselling bodies' data, lib/bodies/bodies.json: every fact about a body once, each with the sources it
// rests on and whether it is verified. The seed (prisma/seed.ts) and bodies.test.ts validate the file with
// parseBodiesFile; the database keeps each body's record as validated here, and lib/bodies/data.ts reads it back.
// No Prisma, no Next.js: the escalation routing (lib/escalation) takes the same records.
import { z } from "zod";

/**
 * What a body can do, as the escalation results list it (translated by escalation.powers.<kind>). A body's kinds are
 * those its reference states; a power the reference marks UNVERIFIED (e.g. the PPC's supervision) is left out.
 */
export const powerKinds = ["advice", "mediation", "guidance", "enforcement", "deletion_request", "legal_representation", "emergency"] as const;
export type PowerKind = (typeof powerKinds)[number];

/**
 * - official: a page of the body itself or of a public authority, read at its own address.
 * - third_party_copy: an official text read somewhere else (a proxy, a cache, a mirror, a page reproducing it):
 *   the copy may differ from the page, so nothing read only there is verified.
 * - article: a third party's own text (news, a law firm's column, a glossary, code on GitHub).
 */
export const sourceKinds = ["official", "third_party_copy", "article"] as const;
export type SourceKind = (typeof sourceKinds)[number];

/**
 * Whose problems the body takes up, as far as the escalation routing needs it:
 * - workers: labour law (employees, and 業務委託 performers who may be workers in substance), not genuine freelancers;
 * - freelancers: the Freelance Act's windows, not employees;
 * - anyone.
 */
export const bodyScopes = ["anyone", "workers", "freelancers"] as const;
export type BodyScope = (typeof bodyScopes)[number];

/** The facts each body has, in the order the directory shows them (translated by bodies.<fact>). */
export const factNames = ["name", "handles", "eligible", "phone", "hours", "cost", "url", "powers"] as const;
export type FactName = (typeof factNames)[number];

const isoDate = z.iso.date();
const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });
const sourceId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a source id is kebab-case");
const localized = z.strictObject({ ja: z.string().trim().min(1), en: z.string().trim().min(1) });

const sourceSchema = z.strictObject({
  /** What the source is, with its own date when it shows one; shown as the link text in both languages. */
  title: z.string().trim().min(1),
  kind: z.enum(sourceKinds),
  /** The page's own address (the official one when it was read through a copy); absent when the reference gives none. */
  url: webUrl.optional(),
  /** The copy it was actually read through (host or address), for a third-party copy of a known page. */
  via: z.string().trim().min(1).optional(),
  /** The day someone read it. Absent: no reading date is known, and the file's referenceDate is shown instead. */
  readOn: isoDate.optional(),
  /** What the reference says about its reliability, for whoever updates this file. */
  note: z.string().trim().min(1).optional(),
});
export type BodySource = z.infer<typeof sourceSchema>;

/**
 * verified: every statement in the value was read on an official page at its own address and the reference does
 * not mark it UNVERIFIED. No source (an inference of the reference) is allowed only when unverified.
 */
const fact = <T extends z.ZodType>(value: T) => z.strictObject({ value, sources: z.array(sourceId), verified: z.boolean() });

const bodyObject = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug is kebab-case"),
  /** The directory's order: the reference's order of first contact (1 = first). */
  priority: z.number().int().positive(),
  name: fact(localized),
  handles: fact(localized),
  eligible: fact(localized).extend({ scope: z.enum(bodyScopes) }),
  /** value null: no number to dial (the note says why). local: each office has its own number, looked up by prefecture. */
  phone: fact(z.string().trim().min(1).nullable()).extend({ note: localized.nullable(), local: z.boolean() }),
  /** null: the reference did not check it. */
  hours: fact(localized).nullable(),
  cost: fact(localized).nullable(),
  /** officeList: the address is the official list of the local offices. null: no official address was read. */
  url: fact(webUrl).extend({ officeList: z.boolean() }).nullable(),
  powers: fact(localized).extend({ kinds: z.array(z.enum(powerKinds)).min(1) }),
  /** What the facts rest on, by id. */
  sources: z.record(sourceId, sourceSchema),
});

type BodyObject = z.infer<typeof bodyObject>;

function checkBody(body: BodyObject, ctx: z.RefinementCtx) {
  const used = new Set<string>();
  for (const name of factNames) {
    const f = body[name];
    if (!f) continue;
    for (const id of f.sources) {
      used.add(id);
      if (!body.sources[id]) ctx.addIssue({ code: "custom", path: [name, "sources"], message: `unknown source "${id}"` });
    }
    if (f.verified && !f.sources.some((id) => body.sources[id]?.kind === "official")) {
      ctx.addIssue({ code: "custom", path: [name, "verified"], message: "only a fact read on an official page can be verified" });
    }
  }
  for (const id of Object.keys(body.sources)) {
    if (!used.has(id)) ctx.addIssue({ code: "custom", path: ["sources", id], message: "a source no fact rests on" });
  }
  for (const [id, source] of Object.entries(body.sources)) {
    if (source.via && source.kind !== "third_party_copy")
      ctx.addIssue({ code: "custom", path: ["sources", id, "via"], message: "only a third-party copy is read via something else" });
  }
  if (body.phone.value === null && body.phone.verified) ctx.addIssue({ code: "custom", path: ["phone", "verified"], message: "no number, nothing to verify" });
  if (body.phone.value === null && body.phone.note === null)
    ctx.addIssue({ code: "custom", path: ["phone", "note"], message: "a body without a number says why" });
  if (body.phone.value !== null && !body.phone.verified && !(body.phone.note?.ja.includes("未確認") && /unverified/i.test(body.phone.note.en))) {
    ctx.addIssue({ code: "custom", path: ["phone", "note"], message: "an unverified number says so in its note (未確認 / unverified)" });
  }
}

export const counsellingBodySchema = bodyObject.superRefine(checkBody);
export type CounsellingBodyInput = z.input<typeof counsellingBodySchema>;

/** A body as the database keeps it: the record plus the date of the reference it was written from. */
export const storedCounsellingBodySchema = bodyObject.extend({ referenceDate: isoDate }).superRefine(checkBody);
export type CounsellingBody = z.infer<typeof storedCounsellingBodySchema>;

export const bodiesFileSchema = z
  .strictObject({
    /** The reference files' date (/work/shared/reference, 2026-11-25): the only date they carry. Not a reading date. */
    referenceDate: isoDate,
    bodies: z.array(counsellingBodySchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.bodies.forEach((b, i) => {
      if (seen.has(b.slug)) ctx.addIssue({ code: "custom", path: ["bodies", i, "slug"], message: `duplicate slug "${b.slug}"` });
      seen.add(b.slug);
    });
  });

/** The file's bodies as the database keeps them; throws an error naming every invalid field. */
export function parseBodiesFile(data: unknown, fileName = "lib/bodies/bodies.json"): CounsellingBody[] {
  const parsed = bodiesFileSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${fileName} is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data.bodies.map((body) => ({ ...body, referenceDate: parsed.data.referenceDate }));
}
