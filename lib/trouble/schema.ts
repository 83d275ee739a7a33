// A customer-trouble record and the letters made from it. Shared by the forms and the actions (no Prisma imports).
import { z } from "zod";
import { optionalPastDate } from "../validation/dates";
import { email, httpUrl, text } from "../validation/fields";
import { recordId } from "../validation/ids";

/** What kind of trouble: the same closed list as the TroubleKind enum. */
export const troubleKinds = ["CONTACT_EXCHANGE", "STALKING", "THREATENS_TO_POST", "POSTED", "MONEY", "MEETING_OFFLINE", "PERSONAL_INFO_POSTED"] as const;
export type TroubleKind = (typeof troubleKinds)[number];

const siteSlugPattern = /^[a-z0-9-]{1,64}$/;

export const troubleSchema = z
  .object({
    /** A catalogue site's slug, "other" (then siteName says which), or "" for not saying. */
    siteSlug: z.string({ error: "invalidInput" }).refine((v) => v === "" || v === "other" || siteSlugPattern.test(v), { error: "invalidInput" }),
    siteName: text({ max: 100, required: false }),
    customerId: text({ max: 200 }),
    kind: z.enum(troubleKinds, { error: "required" }),
    whatHappened: text({ max: 4000 }),
    firstContactOn: optionalPastDate,
    lastIncidentOn: optionalPastDate,
  })
  .superRefine((v, ctx) => {
    if (v.siteSlug === "other" && !v.siteName) ctx.addIssue({ code: "custom", path: ["siteName"], message: "required" });
    if (v.firstContactOn && v.lastIncidentOn && v.lastIncidentOn < v.firstContactOn)
      ctx.addIssue({ code: "custom", path: ["lastIncidentOn"], message: "dateBeforeFirst" });
  });
export type TroubleInput = z.infer<typeof troubleSchema>;

export const troubleIdSchema = recordId;

export const troubleLetterKinds = ["site_report", "takedown", "memo"] as const;
export type TroubleLetterKind = (typeof troubleLetterKinds)[number];

/** What she asks the site operator to do about him. */
export const siteReportAsks = ["block", "preserve_logs", "rule_action"] as const;
export type SiteReportAsk = (typeof siteReportAsks)[number];

const optionalUrl = z.union([z.literal(""), httpUrl({ max: 2048 })], { error: "url" });

/** What she adds to a letter beyond the record. Fields a kind does not use are ignored. */
export const troubleLetterSchema = z
  .object({
    kind: z.enum(troubleLetterKinds, { error: "required" }),
    asks: z.array(z.enum(siteReportAsks, { error: "invalidInput" })).max(siteReportAsks.length, { error: "invalidInput" }),
    platformName: text({ max: 200, required: false }),
    postUrl: optionalUrl,
    /** She never agreed that anyone but him would see these images (sent privately, or recorded in secret). */
    privateImages: z.boolean({ error: "invalidInput" }),
    wants: text({ max: 1000, required: false }),
    /** Who she is in the letter: all optional (a placeholder shows where she writes it by hand). */
    senderName: text({ max: 100, required: false }),
    contactEmail: z.union([z.literal(""), email], { error: "email" }),
    myHandle: text({ max: 100, required: false }),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "site_report" && v.asks.length === 0) ctx.addIssue({ code: "custom", path: ["asks"], message: "required" });
    if (v.kind === "takedown" && !v.postUrl) ctx.addIssue({ code: "custom", path: ["postUrl"], message: "required" });
    if (v.kind === "takedown" && !v.platformName) ctx.addIssue({ code: "custom", path: ["platformName"], message: "required" });
  });
export type TroubleLetterInput = z.infer<typeof troubleLetterSchema>;

export const emptyTroubleLetter: TroubleLetterInput = {
  kind: "site_report",
  asks: [...siteReportAsks],
  platformName: "",
  postUrl: "",
  privateImages: false,
  wants: "",
  senderName: "",
  contactEmail: "",
  myHandle: "",
};
