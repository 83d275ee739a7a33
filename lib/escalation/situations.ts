// The escalation questionnaire: what is happening (with the agency or with a customer), how she works for the agency, whether she is in danger now, and
// (optionally) her prefecture, so that bodies with local offices can be looked up. Closed lists only; the UI
// translates the keys. Shared by the form and the server action (no database, no Next.js).
import { z } from "zod";

/**
 * What the agency does:
 * - cannot_quit: won't let her quit, "find a replacement first".
 * - penalty: demands a penalty (違約金/罰金) or "damages".
 * - withheld_pay: withholds pay (also "no pay because you quit") or deducts fines.
 * - threats: the agency threatens to tell family or workplace, stalks, turns up at home.
 * - profile_online: keeps her profile or images on the site after she quit.
 * - reposted: her recordings or images re-posted elsewhere (by anyone; the customer's own posting is customer_posted).
 * - id_documents: keeps ID copies and other personal data.
 * - sexual_pressure: pressure into sexual acts or filming (or sells recordings).
 * - harassment: harassment by agency staff.
 * - cut_off: cut off without notice.
 */
export const agencySituations = [
  "cannot_quit",
  "penalty",
  "withheld_pay",
  "threats",
  "profile_online",
  "reposted",
  "id_documents",
  "sexual_pressure",
  "harassment",
  "cut_off",
] as const;

/**
 * What a customer (a viewer of her broadcasts) does — issue 13's customer side:
 * - customer_has_contact: he has her LINE, phone number or real name.
 * - customer_stalking: he keeps contacting her or follows her.
 * - customer_threatens_posting: he threatens to post recordings or photos of her.
 * - customer_posted: he has posted them.
 * - customer_money: he demands money, or she lent or sent him money.
 * - customer_meet_offline: he wants to meet her offline.
 * - personal_info_posted: her real name or address was posted online.
 */
export const customerSituations = [
  "customer_has_contact",
  "customer_stalking",
  "customer_threatens_posting",
  "customer_posted",
  "customer_money",
  "customer_meet_offline",
  "personal_info_posted",
] as const;
export type CustomerSituation = (typeof customerSituations)[number];

export const situations = [...agencySituations, ...customerSituations] as const;
export type Situation = (typeof situations)[number];

export function isCustomerSituation(s: Situation): s is CustomerSituation {
  return (customerSituations as readonly string[]).includes(s);
}

/**
 * The case's contract types plus UNKNOWN (she cannot tell yet). FREELANCER_IN_SUBSTANCE_EMPLOYEE is the
 * reference's column "W" (業務委託 that looks like employment: shifts, time checks, fines).
 */
export const employmentTypes = ["EMPLOYEE", "FREELANCER", "FREELANCER_IN_SUBSTANCE_EMPLOYEE", "UNKNOWN"] as const;
export type EmploymentType = (typeof employmentTypes)[number];

/** The 47 prefectures in JIS X 0401 order (code 1–47). `key` is the stored value. */
export const prefectures = [
  { key: "hokkaido", code: 1, ja: "北海道", en: "Hokkaido" },
  { key: "aomori", code: 2, ja: "青森県", en: "Aomori" },
  { key: "iwate", code: 3, ja: "岩手県", en: "Iwate" },
  { key: "miyagi", code: 4, ja: "宮城県", en: "Miyagi" },
  { key: "akita", code: 5, ja: "秋田県", en: "Akita" },
  { key: "yamagata", code: 6, ja: "山形県", en: "Yamagata" },
  { key: "fukushima", code: 7, ja: "福島県", en: "Fukushima" },
  { key: "ibaraki", code: 8, ja: "茨城県", en: "Ibaraki" },
  { key: "tochigi", code: 9, ja: "栃木県", en: "Tochigi" },
  { key: "gunma", code: 10, ja: "群馬県", en: "Gunma" },
  { key: "saitama", code: 11, ja: "埼玉県", en: "Saitama" },
  { key: "chiba", code: 12, ja: "千葉県", en: "Chiba" },
  { key: "tokyo", code: 13, ja: "東京都", en: "Tokyo" },
  { key: "kanagawa", code: 14, ja: "神奈川県", en: "Kanagawa" },
  { key: "niigata", code: 15, ja: "新潟県", en: "Niigata" },
  { key: "toyama", code: 16, ja: "富山県", en: "Toyama" },
  { key: "ishikawa", code: 17, ja: "石川県", en: "Ishikawa" },
  { key: "fukui", code: 18, ja: "福井県", en: "Fukui" },
  { key: "yamanashi", code: 19, ja: "山梨県", en: "Yamanashi" },
  { key: "nagano", code: 20, ja: "長野県", en: "Nagano" },
  { key: "gifu", code: 21, ja: "岐阜県", en: "Gifu" },
  { key: "shizuoka", code: 22, ja: "静岡県", en: "Shizuoka" },
  { key: "aichi", code: 23, ja: "愛知県", en: "Aichi" },
  { key: "mie", code: 24, ja: "三重県", en: "Mie" },
  { key: "shiga", code: 25, ja: "滋賀県", en: "Shiga" },
  { key: "kyoto", code: 26, ja: "京都府", en: "Kyoto" },
  { key: "osaka", code: 27, ja: "大阪府", en: "Osaka" },
  { key: "hyogo", code: 28, ja: "兵庫県", en: "Hyogo" },
  { key: "nara", code: 29, ja: "奈良県", en: "Nara" },
  { key: "wakayama", code: 30, ja: "和歌山県", en: "Wakayama" },
  { key: "tottori", code: 31, ja: "鳥取県", en: "Tottori" },
  { key: "shimane", code: 32, ja: "島根県", en: "Shimane" },
  { key: "okayama", code: 33, ja: "岡山県", en: "Okayama" },
  { key: "hiroshima", code: 34, ja: "広島県", en: "Hiroshima" },
  { key: "yamaguchi", code: 35, ja: "山口県", en: "Yamaguchi" },
  { key: "tokushima", code: 36, ja: "徳島県", en: "Tokushima" },
  { key: "kagawa", code: 37, ja: "香川県", en: "Kagawa" },
  { key: "ehime", code: 38, ja: "愛媛県", en: "Ehime" },
  { key: "kochi", code: 39, ja: "高知県", en: "Kochi" },
  { key: "fukuoka", code: 40, ja: "福岡県", en: "Fukuoka" },
  { key: "saga", code: 41, ja: "佐賀県", en: "Saga" },
  { key: "nagasaki", code: 42, ja: "長崎県", en: "Nagasaki" },
  { key: "kumamoto", code: 43, ja: "熊本県", en: "Kumamoto" },
  { key: "oita", code: 44, ja: "大分県", en: "Oita" },
  { key: "miyazaki", code: 45, ja: "宮崎県", en: "Miyazaki" },
  { key: "kagoshima", code: 46, ja: "鹿児島県", en: "Kagoshima" },
  { key: "okinawa", code: 47, ja: "沖縄県", en: "Okinawa" },
] as const;
export type PrefectureKey = (typeof prefectures)[number]["key"];
export const prefectureKeys = prefectures.map((p) => p.key) as [PrefectureKey, ...PrefectureKey[]];

/** Situations once each, in the canonical order (so the same answers always route the same way). */
export function orderSituations(chosen: readonly Situation[]): Situation[] {
  return situations.filter((s) => chosen.includes(s));
}

/**
 * "Danger now" alone is an answer (issue 13: no friction on the danger path): situations may be left empty when she
 * says she is in danger, and the employment type, which only the agency rows use, defaults to UNKNOWN.
 */
export const questionnaireSchema = z
  .object({
    situations: z
      .array(z.enum(situations, { error: "invalidInput" }), { error: "required" })
      .max(situations.length * 2, { error: "invalidInput" })
      .default([])
      .transform(orderSituations),
    employmentType: z.enum(employmentTypes, { error: "invalidInput" }).default("UNKNOWN"),
    dangerNow: z.boolean({ error: "required" }),
    prefecture: z.enum(prefectureKeys, { error: "invalidInput" }).optional(),
  })
  .superRefine((answers, ctx) => {
    if (answers.situations.length === 0 && !answers.dangerNow) ctx.addIssue({ code: "custom", path: ["situations"], message: "required" });
  });
export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
export type QuestionnaireAnswers = z.output<typeof questionnaireSchema>;
