import { decryptOptional, encryptField, encryptOptional } from "../db/crypto";
import type { AgencyFieldsInput } from "./schema";

const fields = { email: "emailEnc", phone: "phoneEnc", line: "lineEnc", formUrl: "formUrlEnc", hqContact: "hqContactEnc" } as const;
type Sealed = { [K in keyof typeof fields as (typeof fields)[K]]: string | null };

/** Her agency's name, sealed to the agency row (it says who she works for). */
export function sealAgencyName(id: string, name: string, key?: Buffer): string {
  return encryptField(name, { model: "Agency", field: "nameEnc", id }, key);
}

export function openAgencyName(id: string, stored: string | null): string {
  return decryptOptional(stored, { model: "Agency", field: "nameEnc", id }) ?? "";
}

/** Her agencies' names opened and sorted as a person reads them (the database cannot sort ciphertext). */
export function openAgencyNames<T extends { id: string; nameEnc: string | null }>(rows: T[]): (Omit<T, "nameEnc"> & { name: string })[] {
  return rows.map(({ nameEnc, ...rest }) => ({ ...rest, name: openAgencyName(rest.id, nameEnc) })).sort((a, b) => a.name.localeCompare(b.name, "ja"));
}

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
