// Which counselling bodies fit which situation, for each employment type, and what danger changes: ROUTING ONLY,
// transcribed from the decision table in /work/shared/reference/legal-bases-and-bodies.md §2 ("bodies in order of
// first contact"), columns E = employed, W = 業務委託 that looks like employment, F = genuine freelancer. Each row
// carries the reference row it comes from. Where the reference is silent, the entry rests on the body's own
// "handles"/"eligible" and is marked source: "handles".
// What a body is, does, costs and can do lives in lib/bodies/bodies.json alone; here a body is only its slug (the
// tests check every one is there).
import type { EmploymentType, Situation } from "./situations";

/** Why a body is listed: translation keys (escalation.why.<key>). */
export const whyKeys = [
  "dangerNow",
  "labourDisputes",
  "forcedLabour",
  "workerStatusWindow",
  "penaltyBan",
  "unpaidWages",
  "workingConditionsLine",
  "freelanceMediation",
  "freelanceActUnjustDemand",
  "freelanceActPayment",
  "legalInformation",
  "smallClaimsHelp",
  "lawyer",
  "threatsNonEmergency",
  "womensRights",
  "listening",
  "removalHowTo",
  "bureauDeletionRequest",
  "imageDeletionSupport",
  "secretFilmingOrExtortion",
  "appiComplaint",
  "appiLawsuit",
  "avLawWindow",
  "sexualExploitationSupport",
  "avLawLawyer",
  "harassmentAtWork",
  "freelanceActHarassment",
  "dismissal",
  "freelanceActTermination",
  "prefecturalConciliation",
  "stalkerLaw",
  "policeReport",
  "extortionOrMoney",
  "consumerMoneyTrouble",
  "slanderHotline",
  "personalInfoRemoval",
] as const;
export type WhyKey = (typeof whyKeys)[number];

/**
 * Steps she takes herself before or beside the bodies (the reference table lists them first). The first two have a
 * letter; reportCustomerToSite is the site operator's support for customer trouble (each site has its own, so it is a
 * step, not a body of the directory).
 */
export const firstStepKeys = ["askSiteOperator", "writtenAppiRequest", "reportCustomerToSite"] as const;
export type FirstStepKey = (typeof firstStepKeys)[number];

export const routedBodySlugs = [
  "police-emergency-110",
  "police-consultation-9110",
  "labour-standards-inspection-office",
  "labour-consultation-corner",
  "freelance-trouble-110",
  "jftc-sme-agency-freelance-act",
  "labour-bureau-equal-employment-freelance",
  "one-stop-8891",
  "ppc-appi-dial",
  "illegal-harmful-info-center",
  "human-rights-110",
  "paps",
  "safe-line",
  "womens-human-rights-hotline",
  "police-sexual-crime-8103",
  "working-conditions-hotline",
  "houterasu",
  "bar-association-legal-consultation",
  "lighthouse",
  "prefectural-labour-consultation",
  "yorisoi-hotline",
  "police-station-safety-division",
  "slander-hotline",
  "consumer-hotline-188",
] as const;
export type BodySlug = (typeof routedBodySlugs)[number];
// In the directory but never routed: dv-soudan-plus (only when the abuser is a partner, which no situation asks),
// futerasu (whether it covers live-chat performers is UNVERIFIED), internet-hotline-center (reports of illegal
// content; absent from the table's rows), consumer-hotline-188 (the table's "scam side job" row, not a situation here).

/** The reference: "For any immediate danger, call 110 first"; its threats row: "#9110 (110 if urgent)". */
export const dangerRule = {
  reference: "For any immediate danger, call **110** first. / #9110 (110 if urgent)",
  first: "police-emergency-110",
  replaces: "police-consultation-9110",
} as const satisfies { reference: string; first: BodySlug; replaces: BodySlug };

export type RouteEntry = { slug: BodySlug; why: WhyKey; source: "table" | "handles" };
/** One row of the reference's table: its first cell, and the bodies for each employment type in order of first contact. */
export type RouteRow = { reference: string; bodies: Record<EmploymentType, readonly RouteEntry[]> };

const at = (slug: BodySlug, why: WhyKey, source: RouteEntry["source"] = "table"): RouteEntry => ({ slug, why, source });

/**
 * 都道府県の労働相談窓口: not in the table. Its JSON "handles" = "Individual labour disputes; conciliation (あっせん)",
 * "eligible" = "Workers and employers": so it closes the E column of the labour rows, after the table's bodies.
 */
const prefecturalLabour = at("prefectural-labour-consultation", "prefecturalConciliation", "handles");

/**
 * UNKNOWN: the reference has no column for "she cannot tell". Which regime applies depends on the real working
 * relationship (reference §1), so both the E and the W routes are shown, alternating, first occurrence kept. The
 * W column's first stop (the 労基署 window) is where 労働者性 is assessed. F-only bodies are not added.
 */
function eitherStatus(employed: readonly RouteEntry[], inSubstance: readonly RouteEntry[]): RouteEntry[] {
  const out: RouteEntry[] = [];
  for (let i = 0; i < Math.max(employed.length, inSubstance.length); i++) {
    for (const entry of [employed[i], inSubstance[i]]) if (entry && !out.some((e) => e.slug === entry.slug)) out.push(entry);
  }
  return out;
}

function row(reference: string, E: RouteEntry[], W: RouteEntry[], F: RouteEntry[]): RouteRow {
  return { reference, bodies: { EMPLOYEE: E, FREELANCER_IN_SUBSTANCE_EMPLOYEE: W, FREELANCER: F, UNKNOWN: eitherStatus(E, W) } };
}

/** The reference marks these rows "same" in every column. */
function sameForAll(reference: string, entries: RouteEntry[]): RouteRow {
  return { reference, bodies: { EMPLOYEE: entries, FREELANCER_IN_SUBSTANCE_EMPLOYEE: entries, FREELANCER: entries, UNKNOWN: entries } };
}

export const routingTable: Record<Situation, RouteRow> = {
  cannot_quit: row(
    'Agency won\'t let her quit / "find a replacement first"',
    // E: 総合労働相談コーナー → 労基署 (労基法5 if threats) → 法テラス/弁護士会
    [
      at("labour-consultation-corner", "labourDisputes"),
      at("labour-standards-inspection-office", "forcedLabour"),
      at("houterasu", "legalInformation"),
      at("bar-association-legal-consultation", "lawyer"),
      prefecturalLabour,
    ],
    // W: 労基署 freelancer window (労働者性) → フリーランス110 → 法テラス
    [at("labour-standards-inspection-office", "workerStatusWindow"), at("freelance-trouble-110", "freelanceMediation"), at("houterasu", "legalInformation")],
    // F: フリーランス110 (advice + 和解あっせん) → 法テラス/弁護士会
    [at("freelance-trouble-110", "freelanceMediation"), at("houterasu", "legalInformation"), at("bar-association-legal-consultation", "lawyer")],
  ),
  penalty: row(
    '違約金/罰金/"damages" demanded',
    // E: 労基署 (16条) → 総合労働相談コーナー → 法テラス
    [
      at("labour-standards-inspection-office", "penaltyBan"),
      at("labour-consultation-corner", "labourDisputes"),
      at("houterasu", "legalInformation"),
      prefecturalLabour,
    ],
    // W: 労基署 window → フリーランス110 → 弁護士
    [
      at("labour-standards-inspection-office", "workerStatusWindow"),
      at("freelance-trouble-110", "freelanceMediation"),
      at("bar-association-legal-consultation", "lawyer"),
    ],
    // F: フリーランス110 → 公取委/中企庁 if it is a deduction or unjust demand (art 5) → 弁護士
    [
      at("freelance-trouble-110", "freelanceMediation"),
      at("jftc-sme-agency-freelance-act", "freelanceActUnjustDemand"),
      at("bar-association-legal-consultation", "lawyer"),
    ],
  ),
  withheld_pay: row(
    "Unpaid pay, pay withheld on quitting, fines deducted",
    // E: 労基署 申告 (24条) → ほっとライン (evenings) → 弁護士
    [
      at("labour-standards-inspection-office", "unpaidWages"),
      at("working-conditions-hotline", "workingConditionsLine"),
      at("bar-association-legal-consultation", "lawyer"),
      prefecturalLabour,
    ],
    // W: 労基署 window → 公取委/中企庁 (art 4 60-day rule, art 5 減額) → フリーランス110
    [
      at("labour-standards-inspection-office", "workerStatusWindow"),
      at("jftc-sme-agency-freelance-act", "freelanceActPayment"),
      at("freelance-trouble-110", "freelanceMediation"),
    ],
    // F: 公取委/中企庁 → フリーランス110 (あっせん) → 法テラス (small-claims help)
    [at("jftc-sme-agency-freelance-act", "freelanceActPayment"), at("freelance-trouble-110", "freelanceMediation"), at("houterasu", "smallClaimsHelp")],
  ),
  // #9110 (110 if urgent) → 女性の人権ホットライン → よりそい; "same" in W and F. 110 comes from dangerRule.
  threats: sameForAll("Threats to tell family/workplace, stalking, turning up at home", [
    at("police-consultation-9110", "threatsNonEmergency"),
    at("womens-human-rights-hotline", "womensRights"),
    at("yorisoi-hotline", "listening"),
  ]),
  // Ask site operator directly (a first step, not a body: see firstStepsBySituation) → 違法・有害情報相談センター
  // (how to) → みんなの人権110番 (法務局 can ask for deletion) → 弁護士.
  profile_online: sameForAll("Agency keeps profile/images on the site after she quits", [
    at("illegal-harmful-info-center", "removalHowTo"),
    at("human-rights-110", "bureauDeletionRequest"),
    at("bar-association-legal-consultation", "lawyer"),
  ]),
  // ぱっぷす / セーフライン → 違法・有害情報相談センター → #8103 if secretly filmed or extortion → 弁護士.
  reposted: sameForAll("Recordings/images re-posted elsewhere", [
    at("paps", "imageDeletionSupport"),
    at("safe-line", "imageDeletionSupport"),
    at("illegal-harmful-info-center", "removalHowTo"),
    at("police-sexual-crime-8103", "secretFilmingOrExtortion"),
    at("bar-association-legal-consultation", "lawyer"),
  ]),
  // Written 利用停止・消去請求 (35条; a first step) → 個人情報保護委員会 dial (あっせん) → 弁護士 (after 2 weeks, 39条).
  id_documents: sameForAll("ID copies, personal data kept", [at("ppc-appi-dial", "appiComplaint"), at("bar-association-legal-consultation", "appiLawsuit")]),
  // #8891 → ぱっぷす / ライトハウス → 弁護士 (AV法 13・15条 if applicable).
  sexual_pressure: sameForAll("Pressured into sexual acts/filming, or agency sells recordings", [
    at("one-stop-8891", "avLawWindow"),
    at("paps", "sexualExploitationSupport"),
    at("lighthouse", "sexualExploitationSupport"),
    at("bar-association-legal-consultation", "avLawLawyer"),
  ]),
  harassment: row(
    "Harassment by agency staff",
    // E: 総合労働相談コーナー
    [at("labour-consultation-corner", "harassmentAtWork"), prefecturalLabour],
    // W: Labour Bureau 雇用環境・均等室 (art 14) → フリーランス110
    [at("labour-bureau-equal-employment-freelance", "freelanceActHarassment"), at("freelance-trouble-110", "freelanceMediation")],
    // F: 雇用環境・均等室 → フリーランス110
    [at("labour-bureau-equal-employment-freelance", "freelanceActHarassment"), at("freelance-trouble-110", "freelanceMediation")],
  ),
  cut_off: row(
    "Agency cuts her off without notice (contract ≥6 months)",
    // E: 総合労働相談コーナー (dismissal)
    [at("labour-consultation-corner", "dismissal"), prefecturalLabour],
    // W: 雇用環境・均等室 (art 16)
    [at("labour-bureau-equal-employment-freelance", "freelanceActTermination")],
    // F: 雇用環境・均等室 (art 16) → フリーランス110
    [at("labour-bureau-equal-employment-freelance", "freelanceActTermination"), at("freelance-trouble-110", "freelanceMediation")],
  ),

  // The customer rows: the reference's table has none (its threats and re-posted rows are about the agency), so each
  // entry rests on the body's own record (handles / powers in bodies.json, with its sources) and is marked "handles".
  // 110 comes first from dangerRule whenever she is in danger now, as for every row.
  customer_has_contact: sameForAll("Customer trouble: he has her LINE / phone / real name (no reference row)", [
    at("police-consultation-9110", "threatsNonEmergency", "handles"),
    at("police-station-safety-division", "stalkerLaw", "handles"),
    at("womens-human-rights-hotline", "womensRights", "handles"),
  ]),
  customer_stalking: sameForAll("Customer trouble: he keeps contacting or follows her (no reference row)", [
    at("police-station-safety-division", "stalkerLaw", "handles"),
    at("police-consultation-9110", "threatsNonEmergency", "handles"),
    at("womens-human-rights-hotline", "womensRights", "handles"),
    at("houterasu", "legalInformation", "handles"),
    at("bar-association-legal-consultation", "lawyer", "handles"),
  ]),
  customer_threatens_posting: sameForAll("Customer trouble: he threatens to post recordings or photos (no reference row)", [
    at("police-station-safety-division", "policeReport", "handles"),
    at("police-consultation-9110", "threatsNonEmergency", "handles"),
    at("police-sexual-crime-8103", "secretFilmingOrExtortion", "handles"),
    at("paps", "imageDeletionSupport", "handles"),
    at("bar-association-legal-consultation", "lawyer", "handles"),
  ]),
  customer_posted: sameForAll("Customer trouble: he posted recordings or photos (the re-posted row, plus the police)", [
    at("paps", "imageDeletionSupport", "handles"),
    at("safe-line", "imageDeletionSupport", "handles"),
    at("police-station-safety-division", "policeReport", "handles"),
    at("illegal-harmful-info-center", "removalHowTo", "handles"),
    at("police-sexual-crime-8103", "secretFilmingOrExtortion", "handles"),
    at("bar-association-legal-consultation", "lawyer", "handles"),
  ]),
  customer_money: sameForAll("Customer trouble: he demands money, or she lent or sent him money (no reference row)", [
    at("police-consultation-9110", "extortionOrMoney", "handles"),
    at("consumer-hotline-188", "consumerMoneyTrouble", "handles"),
    at("houterasu", "legalInformation", "handles"),
    at("bar-association-legal-consultation", "lawyer", "handles"),
  ]),
  customer_meet_offline: sameForAll("Customer trouble: he wants to meet offline (no reference row)", [
    at("police-consultation-9110", "threatsNonEmergency", "handles"),
    at("police-station-safety-division", "stalkerLaw", "handles"),
    at("womens-human-rights-hotline", "womensRights", "handles"),
  ]),
  personal_info_posted: sameForAll("Her real name or address was posted (no reference row)", [
    at("illegal-harmful-info-center", "personalInfoRemoval", "handles"),
    at("human-rights-110", "bureauDeletionRequest", "handles"),
    at("slander-hotline", "slanderHotline", "handles"),
    at("police-consultation-9110", "threatsNonEmergency", "handles"),
    at("bar-association-legal-consultation", "lawyer", "handles"),
  ]),
};

/** The first steps of the reference rows that start with something she does herself. */
export const firstStepsBySituation: Partial<Record<Situation, FirstStepKey>> = {
  profile_online: "askSiteOperator",
  id_documents: "writtenAppiRequest",
  customer_has_contact: "reportCustomerToSite",
  customer_stalking: "reportCustomerToSite",
  customer_threatens_posting: "reportCustomerToSite",
  customer_posted: "reportCustomerToSite",
  customer_money: "reportCustomerToSite",
  customer_meet_offline: "reportCustomerToSite",
};
