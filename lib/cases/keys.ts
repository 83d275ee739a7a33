// The closed sets the withdrawal case is built on, in a leaf module: the contract-type decision, the legal bases
// and the deadlines all name them, and none of those may import another just for a key.

export const contractTypes = ["EMPLOYEE", "FREELANCER", "FREELANCER_IN_SUBSTANCE_EMPLOYEE"] as const;
export type ContractTypeKey = (typeof contractTypes)[number];

export const legalBasisKeys = ["civil_627_1", "civil_628", "civil_628_lsa_137", "civil_651", "agreement_request"] as const;
/**
 * civil_627_1: employment without a fixed term (ends two weeks after notice).
 * civil_628: fixed-term employment ended at once for the やむを得ない事由 she named.
 * agreement_request: fixed-term employment and no reason named: she asks the agency to agree to end it (合意による
 *   解約のお願い). No right to end it is asserted, so no article is cited.
 * civil_628_lsa_137: fixed term over one year and more than one year worked: 労基法137 (any time), 628 besides.
 * civil_651: 委任 / 準委任 (656), ended at any time.
 */
export type LegalBasisKey = (typeof legalBasisKeys)[number];
