// Step 3 of the withdrawal wizard: what she asks the agency for. A closed list; the letters have one sentence each.
import { z } from "zod";
import { isCalendarDate } from "../time/tokyo-date";
import type { ArticleKey } from "./legal-bases";

export const requestedItems = ["delete_accounts", "delete_recordings", "pay_rewards", "return_id_documents", "written_contact_only"] as const;
export type RequestedItem = (typeof requestedItems)[number];

/** What each item covers, and the article it rests on when there is one (shown beside the choice). */
export const requestedItemInfo: Record<RequestedItem, { labelKey: string; article?: ArticleKey }> = {
  /** Account and profile on every listed site, including partner sites the profile is syndicated to. */
  delete_accounts: { labelKey: "deleteAccounts" },
  /** Recordings, archives and images of her. */
  delete_recordings: { labelKey: "deleteRecordings" },
  /** Outstanding rewards (wages) by a date; the amount is optional. 労基法24条 when she is an employee. */
  pay_rewards: { labelKey: "payRewards", article: "lsa_24" },
  /** Return or delete ID copies and other personal data. */
  return_id_documents: { labelKey: "returnIdDocuments", article: "appi_35" },
  /** No further contact except in writing (no calls, no visits). */
  written_contact_only: { labelKey: "writtenContactOnly" },
};

export const maxAmountYen = 100_000_000;

/** Items in the canonical order, each once. */
export function orderItems(items: readonly RequestedItem[]): RequestedItem[] {
  return requestedItems.filter((item) => items.includes(item));
}

export const requestSchema = z
  .object({
    items: z
      .array(z.enum(requestedItems, { error: "invalidInput" }), { error: "required" })
      .min(1, { error: "required" })
      .max(requestedItems.length, { error: "invalidInput" })
      .refine((items) => new Set(items).size === items.length, { error: "invalidInput" }),
    /** YYYY-MM-DD; "" from an empty date input means not given. Required when pay_rewards is chosen. */
    payByDate: z
      .string({ error: "invalidInput" })
      .max(10, { error: "date" })
      .refine((v) => v === "" || (isCalendarDate(v) && v >= "1990-01-01"), { error: "date" })
      .optional(),
    amountYen: z
      .number({ error: "invalidInput" })
      .int({ error: "invalidInput" })
      .min(0, { error: "invalidInput" })
      .max(maxAmountYen, { error: "invalidInput" })
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.items.includes("pay_rewards") && !value.payByDate) ctx.addIssue({ code: "custom", path: ["payByDate"], message: "required" });
  });
export type RequestInput = z.infer<typeof requestSchema>;
