// Which counselling bodies fit which situation, for each employment type: DATA, transcribed from the decision table
// in /work/shared/reference/legal-bases-and-bodies.md §2 ("bodies in order of first contact"), columns
// E = employed, W = 業務委託 that looks like employment, F = genuine freelancer. Each row below names the reference
// row it comes from. Where the reference is silent, the entry rests on the body's own "handles"/"eligible" in
// counselling-bodies.json, says so in a comment, and is marked source: "handles".
// Slugs are those of lib/bodies/bodies.json (the test checks every one exists there).
import type { EmploymentType, Situation } from "./situations";

export const powers = ["advice", "mediation", "guidance", "enforcement", "deletion_request", "legal_representation", "emergency"] as const;
export type Power = (typeof powers)[number];

/** Why a body is listed: translation keys (escalation.why.<key>). */
export const whyKeys = [
  "dangerNow",
  "labourDisputes",
  "forcedLabour",
  "workerStatusWindow",
  "penaltyBan",
  "unpaidWages",
  "eveningHotline",
  "freelanceMediation",
  "freelanceActUnjustDemand",
  "freelanceActPayment",
  "legalInformation",
  "smallClaimsHelp",
  "lawyer",
  "threatsNonEmergency",
  "womensRights",
  "listening24h",
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
] as const;
export type WhyKey = (typeof whyKeys)[number];

/** Steps she takes herself before or beside the bodies (the reference table lists them first); each has a letter. */
export const firstStepKeys = ["askSiteOperator", "writtenAppiRequest"] as const;
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
] as const;
export type BodySlug = (typeof routedBodySlugs)[number];
// Seeded but never routed: dv-soudan-plus (only when the abuser is a partner, which no situation asks),
// futerasu (whether it covers live-chat performers is UNVERIFIED), internet-hotline-center (reports of illegal
// content; absent from the table's rows), consumer-hotline-188 (the table's "scam side job" row, not a situation here).

export type BodyFacts = {
  powers: readonly Power[];
  /** Offices are per prefecture: the UI must ask for (or look up) the local one. */
  needsPrefecture: boolean;
  /** The official list of local offices, when the reference gives one. */
  directoryUrl?: string;
  /** Labour law only: not for genuine freelancers. */
  labourOnly?: true;
  /** Freelance-only windows: not for employees. */
  freelanceOnly?: true;
};

// Powers: the reference's "Powers:" paragraph under the table, and each body's "powers" field in the JSON.
export const bodyFacts: Record<BodySlug, BodyFacts> = {
  "police-emergency-110": { powers: ["emergency", "enforcement"], needsPrefecture: false },
  // JSON: advice, a warning to the other party, investigation/arrest (third-party summary).
  "police-consultation-9110": { powers: ["advice", "enforcement"], needsPrefecture: false },
  // JSON: 申告 → 臨検, 是正勧告 (guidance), inspectors are 司法警察官. Each office its own number; the reference
  // gives no official list of offices (its url is the MHLW press release), so no directoryUrl.
  "labour-standards-inspection-office": { powers: ["advice", "guidance", "enforcement"], needsPrefecture: true, labourOnly: true },
  // JSON: 助言・指導 and 紛争調整委員会のあっせん; url "(MHLW list)".
  "labour-consultation-corner": {
    powers: ["advice", "guidance", "mediation"],
    needsPrefecture: true,
    directoryUrl: "https://www.no-harassment.mhlw.go.jp/inquiry-counter/index",
    labourOnly: true,
  },
  "freelance-trouble-110": { powers: ["advice", "mediation"], needsPrefecture: false, freelanceOnly: true },
  "jftc-sme-agency-freelance-act": { powers: ["guidance"], needsPrefecture: false, freelanceOnly: true },
  // Each Labour Bureau's 雇用環境・均等室 (no national number verified); the 申出 page is national, no office list given.
  "labour-bureau-equal-employment-freelance": { powers: ["guidance"], needsPrefecture: true, freelanceOnly: true },
  "one-stop-8891": { powers: ["advice"], needsPrefecture: false },
  // あっせん per the PPC page; PPC's supervisory powers are UNVERIFIED in the reference, so no "guidance" here.
  "ppc-appi-dial": { powers: ["advice", "mediation"], needsPrefecture: false },
  "illegal-harmful-info-center": { powers: ["advice"], needsPrefecture: false },
  "human-rights-110": { powers: ["advice", "deletion_request"], needsPrefecture: false },
  "paps": { powers: ["advice", "deletion_request"], needsPrefecture: false },
  "safe-line": { powers: ["deletion_request"], needsPrefecture: false },
  "womens-human-rights-hotline": { powers: ["advice"], needsPrefecture: false },
  "police-sexual-crime-8103": { powers: ["advice", "enforcement"], needsPrefecture: false },
  "working-conditions-hotline": { powers: ["advice"], needsPrefecture: false, labourOnly: true },
  // 民事法律扶助: a lawyer can be assigned (who can then negotiate or sue).
  "houterasu": { powers: ["advice", "legal_representation"], needsPrefecture: false },
  // ~300 centres; the reference's url is the 日弁連 site for ひまわり相談ネット (online booking of the local centre).
  "bar-association-legal-consultation": {
    powers: ["advice", "legal_representation"],
    needsPrefecture: true,
    directoryUrl: "https://www.nichibenren.or.jp/",
  },
  "lighthouse": { powers: ["advice"], needsPrefecture: false },
  // The reference's url is one prefecture's page (Hiroshima), an example, not a list: no directoryUrl.
  "prefectural-labour-consultation": { powers: ["advice", "mediation"], needsPrefecture: true, labourOnly: true },
  "yorisoi-hotline": { powers: ["advice"], needsPrefecture: false },
};

export type RouteEntry = { slug: BodySlug; why: WhyKey; powers: readonly Power[]; source: "table" | "handles" };
export type RouteRow = Record<EmploymentType, readonly RouteEntry[]>;

const at = (slug: BodySlug, why: WhyKey, source: RouteEntry["source"] = "table"): RouteEntry => ({ slug, why, powers: bodyFacts[slug].powers, source });

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

function row(E: RouteEntry[], W: RouteEntry[], F: RouteEntry[]): RouteRow {
  return { EMPLOYEE: E, FREELANCER_IN_SUBSTANCE_EMPLOYEE: W, FREELANCER: F, UNKNOWN: eitherStatus(E, W) };
}

/** The reference marks these rows "same" in every column. */
function sameForAll(entries: RouteEntry[]): RouteRow {
  return { EMPLOYEE: entries, FREELANCER_IN_SUBSTANCE_EMPLOYEE: entries, FREELANCER: entries, UNKNOWN: entries };
}

export const routingTable: Record<Situation, RouteRow> = {
  // Row "Agency won't let her quit / 'find a replacement first'".
  cannot_quit: row(
    // E: 総合労働相談コーナー → 労基署 (労基法5 if threats) → 法テラス/弁護士会
    [at("labour-consultation-corner", "labourDisputes"), at("labour-standards-inspection-office", "forcedLabour"), at("houterasu", "legalInformation"), at("bar-association-legal-consultation", "lawyer"), prefecturalLabour],
    // W: 労基署 freelancer window (労働者性) → フリーランス110 → 法テラス
    [at("labour-standards-inspection-office", "workerStatusWindow"), at("freelance-trouble-110", "freelanceMediation"), at("houterasu", "legalInformation")],
    // F: フリーランス110 (advice + 和解あっせん) → 法テラス/弁護士会
    [at("freelance-trouble-110", "freelanceMediation"), at("houterasu", "legalInformation"), at("bar-association-legal-consultation", "lawyer")],
  ),
  // Row "違約金/罰金/'damages' demanded".
  penalty: row(
    // E: 労基署 (16条) → 総合労働相談コーナー → 法テラス
    [at("labour-standards-inspection-office", "penaltyBan"), at("labour-consultation-corner", "labourDisputes"), at("houterasu", "legalInformation"), prefecturalLabour],
    // W: 労基署 window → フリーランス110 → 弁護士
    [at("labour-standards-inspection-office", "workerStatusWindow"), at("freelance-trouble-110", "freelanceMediation"), at("bar-association-legal-consultation", "lawyer")],
    // F: フリーランス110 → 公取委/中企庁 if it is a deduction or unjust demand (art 5) → 弁護士
    [at("freelance-trouble-110", "freelanceMediation"), at("jftc-sme-agency-freelance-act", "freelanceActUnjustDemand"), at("bar-association-legal-consultation", "lawyer")],
  ),
  // Row "Unpaid pay, pay withheld on quitting, fines deducted".
  withheld_pay: row(
    // E: 労基署 申告 (24条) → ほっとライン (evenings) → 弁護士
    [at("labour-standards-inspection-office", "unpaidWages"), at("working-conditions-hotline", "eveningHotline"), at("bar-association-legal-consultation", "lawyer"), prefecturalLabour],
    // W: 労基署 window → 公取委/中企庁 (art 4 60-day rule, art 5 減額) → フリーランス110
    [at("labour-standards-inspection-office", "workerStatusWindow"), at("jftc-sme-agency-freelance-act", "freelanceActPayment"), at("freelance-trouble-110", "freelanceMediation")],
    // F: 公取委/中企庁 → フリーランス110 (あっせん) → 法テラス (small-claims help)
    [at("jftc-sme-agency-freelance-act", "freelanceActPayment"), at("freelance-trouble-110", "freelanceMediation"), at("houterasu", "smallClaimsHelp")],
  ),
  // Row "Threats to tell family/workplace, stalking, turning up at home": #9110 (110 if urgent) → 女性の人権ホットライン
  // → よりそい; "same" in W and F. 110 is added by routeBodies when dangerNow (and then replaces #9110).
  threats: sameForAll([at("police-consultation-9110", "threatsNonEmergency"), at("womens-human-rights-hotline", "womensRights"), at("yorisoi-hotline", "listening24h")]),
  // Row "Agency keeps profile/images on the site after she quits": Ask site operator directly (a first step, not a
  // body: see firstSteps) → 違法・有害情報相談センター (how to) → みんなの人権110番 (法務局 can ask for deletion) → 弁護士.
  profile_online: sameForAll([at("illegal-harmful-info-center", "removalHowTo"), at("human-rights-110", "bureauDeletionRequest"), at("bar-association-legal-consultation", "lawyer")]),
  // Row "Recordings/images re-posted elsewhere": ぱっぷす / セーフライン → 違法・有害情報相談センター → #8103 if secretly
  // filmed or extortion → 弁護士.
  reposted: sameForAll([
    at("paps", "imageDeletionSupport"),
    at("safe-line", "imageDeletionSupport"),
    at("illegal-harmful-info-center", "removalHowTo"),
    at("police-sexual-crime-8103", "secretFilmingOrExtortion"),
    at("bar-association-legal-consultation", "lawyer"),
  ]),
  // Row "ID copies, personal data kept": Written 利用停止・消去請求 (35条; a first step, see firstSteps) →
  // 個人情報保護委員会 dial (あっせん) → 弁護士 (after 2 weeks, 39条).
  id_documents: sameForAll([at("ppc-appi-dial", "appiComplaint"), at("bar-association-legal-consultation", "appiLawsuit")]),
  // Row "Pressured into sexual acts/filming, or agency sells recordings": #8891 → ぱっぷす / ライトハウス → 弁護士
  // (AV法 13・15条 if applicable).
  sexual_pressure: sameForAll([
    at("one-stop-8891", "avLawWindow"),
    at("paps", "sexualExploitationSupport"),
    at("lighthouse", "sexualExploitationSupport"),
    at("bar-association-legal-consultation", "avLawLawyer"),
  ]),
  // Row "Harassment by agency staff".
  harassment: row(
    // E: 総合労働相談コーナー
    [at("labour-consultation-corner", "harassmentAtWork"), prefecturalLabour],
    // W: Labour Bureau 雇用環境・均等室 (art 14) → フリーランス110
    [at("labour-bureau-equal-employment-freelance", "freelanceActHarassment"), at("freelance-trouble-110", "freelanceMediation")],
    // F: 雇用環境・均等室 → フリーランス110
    [at("labour-bureau-equal-employment-freelance", "freelanceActHarassment"), at("freelance-trouble-110", "freelanceMediation")],
  ),
  // Row "Agency cuts her off without notice (contract ≥6 months)".
  cut_off: row(
    // E: 総合労働相談コーナー (dismissal)
    [at("labour-consultation-corner", "dismissal"), prefecturalLabour],
    // W: 雇用環境・均等室 (art 16)
    [at("labour-bureau-equal-employment-freelance", "freelanceActTermination")],
    // F: 雇用環境・均等室 (art 16) → フリーランス110
    [at("labour-bureau-equal-employment-freelance", "freelanceActTermination"), at("freelance-trouble-110", "freelanceMediation")],
  ),
};

/** The first steps of the reference rows that start with something she does herself. */
export const firstStepsBySituation: Partial<Record<Situation, FirstStepKey>> = {
  profile_online: "askSiteOperator",
  id_documents: "writtenAppiRequest",
};
