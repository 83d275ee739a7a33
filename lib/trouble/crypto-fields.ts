// The sealed fields of a customer-trouble record, bound to their row: his ID on the site, a site name she typed, and
// what happened, which together say who she is in danger from.
import { decryptOptional, encryptField, encryptOptional } from "../db/crypto";

const context = (id: string, field: string) => ({ model: "CustomerTrouble", field, id });

export const sealTrouble = {
  customerId: (id: string, v: string) => encryptField(v, context(id, "customerIdEnc")),
  whatHappened: (id: string, v: string) => encryptField(v, context(id, "whatHappenedEnc")),
  siteName: (id: string, v: string) => encryptOptional(v || null, context(id, "siteNameEnc")),
};

export const openTrouble = {
  customerId: (id: string, v: string) => decryptOptional(v, context(id, "customerIdEnc")) ?? "",
  whatHappened: (id: string, v: string) => decryptOptional(v, context(id, "whatHappenedEnc")) ?? "",
  siteName: (id: string, v: string | null) => decryptOptional(v, context(id, "siteNameEnc")) ?? "",
};
