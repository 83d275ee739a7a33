import { z } from "zod";
import { optionalPastDate } from "../validation/dates";
import { httpUrl, text } from "../validation/fields";
import { optionalRecordId, recordId } from "../validation/ids";

export const otherSite = "other";
export const newAgency = "new";

export const registrationSchema = z
  .object({
    siteId: z.string({ error: "required" }).min(1, { error: "required" }).pipe(recordId),
    customSiteName: text({ max: 100, required: false }),
    confirmOtherDomain: z.boolean({ error: "invalidInput" }),
    handle: text({ max: 100 }),
    profileUrl: httpUrl({ max: 2048 }),
    // She vouches for the address: typing or pasting it does; an address the app built from her handle or number
    // needs her tick after she has opened it (every catalogue pattern is unverified).
    confirmProfileUrl: z.boolean({ error: "invalidInput" }),
    agencyId: optionalRecordId,
    newAgencyName: text({ max: 100, required: false }),
    registeredOn: optionalPastDate,
    withdrawalRequestedOn: optionalPastDate,
  })
  .superRefine((value, ctx) => {
    if (value.siteId === otherSite && !value.customSiteName) ctx.addIssue({ code: "custom", path: ["customSiteName"], message: "required" });
    if (value.siteId === otherSite && !value.confirmOtherDomain) ctx.addIssue({ code: "custom", path: ["confirmOtherDomain"], message: "confirmDomain" });
    if (!value.confirmProfileUrl) ctx.addIssue({ code: "custom", path: ["confirmProfileUrl"], message: "confirmUrl" });
    if (value.agencyId === newAgency && !value.newAgencyName) ctx.addIssue({ code: "custom", path: ["newAgencyName"], message: "required" });
  });
export type RegistrationInput = z.infer<typeof registrationSchema>;
export const registrationFields = Object.keys(registrationSchema.shape) as (keyof RegistrationInput)[];

export const idSchema = recordId;

/** Whether a profile URL's host belongs to one of the site's domains (or a subdomain of one). */
export function hostMatchesDomains(profileUrl: string, domains: string[]): boolean {
  if (domains.length === 0) return true;
  const host = new URL(profileUrl).hostname.toLowerCase().replace(/\.$/, "");
  return domains.some((d) => host === d.toLowerCase() || host.endsWith(`.${d.toLowerCase()}`));
}
