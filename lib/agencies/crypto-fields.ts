import { decryptOptional, encryptOptional } from "../db/crypto";
import type { AgencyFieldsInput } from "./schema";

const fields = { email: "emailEnc", phone: "phoneEnc", line: "lineEnc", formUrl: "formUrlEnc", hqContact: "hqContactEnc" } as const;
type Sealed = { [K in keyof typeof fields as (typeof fields)[K]]: string | null };

/** The agency's contact channels, sealed to the agency row. */
export function sealAgencyContacts(id: string, input: AgencyFieldsInput): Sealed {
  return Object.fromEntries(
    Object.entries(fields).map(([key, column]) => [column, encryptOptional(input[key as keyof typeof fields], { model: "Agency", field: column, id })]),
  ) as Sealed;
}

export function openAgencyContacts(id: string, row: Sealed): Omit<AgencyFieldsInput, "name"> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, column]) => [key, decryptOptional(row[column], { model: "Agency", field: column, id }) ?? ""]),
  ) as Omit<AgencyFieldsInput, "name">;
}
