// Agency notes (names asked about as sites that are agencies) have no table: the page reads them from the data
// file itself, bundled at build time and checked with the catalogue's schema.
import catalogue from "./catalogue.json";
import { agencyNoteSchema, type AgencyNote } from "./schema";

let notes: AgencyNote[] | null = null;

export function loadAgencyNotes(): AgencyNote[] {
  notes ??= agencyNoteSchema.array().parse(catalogue.agencies);
  return notes;
}
