// The encrypted fields of registrations and checks, bound to their rows.
import { decryptField, decryptOptional, encryptField, encryptOptional } from "../db/crypto";

export const sealRegistration = {
  handle: (id: string, v: string) => encryptField(v, { model: "Registration", field: "handleEnc", id }),
  profileUrl: (id: string, v: string) => encryptField(v, { model: "Registration", field: "profileUrlEnc", id }),
  baselineTitle: (id: string, v: string | null) => encryptOptional(v, { model: "Registration", field: "baselineTitleEnc", id }),
  customSiteName: (id: string, v: string | null) => encryptOptional(v, { model: "Registration", field: "customSiteNameEnc", id }),
  customBaseUrl: (id: string, v: string | null) => encryptOptional(v, { model: "Registration", field: "customBaseUrlEnc", id }),
};

export const openRegistration = {
  handle: (id: string, v: string) => decryptField(v, { model: "Registration", field: "handleEnc", id }),
  profileUrl: (id: string, v: string) => decryptField(v, { model: "Registration", field: "profileUrlEnc", id }),
  baselineTitle: (id: string, v: string | null) => decryptOptional(v, { model: "Registration", field: "baselineTitleEnc", id }),
  customSiteName: (id: string, v: string | null) => decryptOptional(v, { model: "Registration", field: "customSiteNameEnc", id }),
  customBaseUrl: (id: string, v: string | null) => decryptOptional(v, { model: "Registration", field: "customBaseUrlEnc", id }),
};

/** The name a registration is shown under: the catalogue site's, or the one she typed for another site. */
export function registrationSiteName(r: { id: string; customSiteNameEnc: string | null; site: { name: string } | null }): string {
  return r.site?.name ?? openRegistration.customSiteName(r.id, r.customSiteNameEnc) ?? "";
}

export const sealCheck = {
  finalUrl: (id: string, v: string | null) => encryptOptional(v, { model: "Check", field: "finalUrlEnc", id }),
  excerpt: (id: string, v: string | null) => encryptOptional(v, { model: "Check", field: "excerptEnc", id }),
};

export const openCheck = {
  finalUrl: (id: string, v: string | null) => decryptOptional(v, { model: "Check", field: "finalUrlEnc", id }),
  excerpt: (id: string, v: string | null) => decryptOptional(v, { model: "Check", field: "excerptEnc", id }),
};

export const sealSnapshot = (id: string, v: string) => encryptField(v, { model: "Evidence", field: "snapshotEnc", id });
export const openSnapshot = (id: string, v: string) => decryptField(v, { model: "Evidence", field: "snapshotEnc", id });
