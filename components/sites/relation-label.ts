import type { NetworkRelation } from "@/lib/sites/schema";

/** Message keys under catalogue.relation. */
export const relationKeys: Record<NetworkRelation, string> = {
  "same-operator": "sameOperator",
  "possibly-same-operator": "possiblySameOperator",
  "same-accounts": "sameAccounts",
  "white-label": "whiteLabel",
  variants: "variants",
  "agency-list": "agencyList",
};
