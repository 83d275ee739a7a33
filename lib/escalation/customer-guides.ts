// The short guide for each customer situation: concrete steps in order (keep the evidence before blocking, because
// blocking or deleting can lose the history; then block; report him to the site; then the police). The words are in
// messages (escalation.guides.steps.<key>); what each step rests on is here, with the date the page was read.
// A step is verified only when every statement in it was read on an official page at its own address; the rest is
// shown with the unverified mark. Pure data: no database, no Next.js.
import type { CustomerSituation } from "./situations";

export const guideSourceKinds = ["official", "article"] as const;
export type GuideSource = { title: string; kind: (typeof guideSourceKinds)[number]; url: string; readOn: string };

/** Pages read through the search tool on the day given (excerpts of the page at that address). */
export const guideSources = {
  "miyagi-police-stalker": {
    title: "宮城県警察「ストーカー被害相談窓口」",
    kind: "official",
    url: "https://www.police.pref.miyagi.jp/kentai/sutoka/madoguti/madoguti.html",
    readOn: "2026-12-02",
  },
  "aichi-police-stalker-evidence": {
    title: "愛知県警察「被害状況を明らかにするためのポイント」(2017年1月11日更新)",
    kind: "official",
    url: "http://www.pref.aichi.jp/police/anzen/stalker/point.html",
    readOn: "2026-12-02",
  },
  "kanagawa-police-stalker-flow": {
    title: "神奈川県警察「ストーカー規制法」の流れ(テキスト版)",
    kind: "official",
    url: "https://www.police.pref.kanagawa.jp/assets/entry/d0025_02.txt",
    readOn: "2026-12-02",
  },
  "shiga-police-stalker": {
    title: "滋賀県警察「ストーカー規制法」(令和3年改正の説明)",
    kind: "official",
    url: "https://www.pref.shiga.lg.jp/police/seikatu/seikatu/kodomozyosei/104404.html",
    readOn: "2026-12-02",
  },
  "nagasaki-police-private-images": {
    title: "長崎県警察「私事性的画像記録の提供等による被害の防止に関する法律」Q&A",
    kind: "official",
    url: "https://www.police.pref.nagasaki.jp/police/kurashi/jinshinanzen/sijigazou/",
    readOn: "2026-12-02",
  },
  "osaka-police-private-images": {
    title: "大阪府警察「リベンジポルノの被害に遭わないために」",
    kind: "official",
    url: "https://www.police.pref.osaka.lg.jp/seikatsu/bohan/7/4238.html",
    readOn: "2026-12-02",
  },
  "ihaho-top": { title: "違法・有害情報相談センター(トップページ)", kind: "official", url: "https://ihaho.jp/", readOn: "2026-12-02" },
  "sia-bullying": {
    title: "セーファーインターネット協会「誹謗中傷ホットライン」",
    kind: "official",
    url: "https://www.saferinternet.or.jp/bullying/",
    readOn: "2026-12-02",
  },
  "gov-online-188": {
    title: "政府広報オンライン「消費者ホットライン188」(2018年7月)",
    kind: "official",
    url: "https://www.gov-online.go.jp/useful/article/201807/1.html",
    readOn: "2026-12-02",
  },
  "nirasaki-consumer-cases": {
    title: "韮崎市「消費生活相談事例集」(SNS型ロマンス詐欺・投資詐欺)",
    kind: "official",
    url: "https://www.city.nirasaki.lg.jp/soshikiichiran/shoukoukankouka/shokoroseitanto/2/2/9853.html",
    readOn: "2026-12-02",
  },
  "machicon-line-block": {
    title: "machicon.jp 恋学「LINEのブロック」解説記事(LINE公式のヘルプではありません)",
    kind: "article",
    url: "https://machicon.jp/koigaku/column/262849",
    readOn: "2026-12-02",
  },
  "assist-all-line-block": {
    title: "assist-all.co.jp「LINEブロックの機能」解説記事(LINE公式のヘルプではありません)",
    kind: "article",
    url: "https://lifestyle.assist-all.co.jp/line-block-features-settings-guide",
    readOn: "2026-12-02",
  },
} as const satisfies Record<string, GuideSource>;
export type GuideSourceId = keyof typeof guideSources;

/** One step: what it rests on. `sources: []` means general advice that states no law and no fact about a service. */
export type GuideStep = { sources: readonly GuideSourceId[]; verified: boolean };

export const guideSteps = {
  // Evidence before anything else: Aichi police ask for the data saved to another medium and printed; Miyagi police:
  // keep call logs, mails and SNS messages, do not delete them.
  keepEvidence: { sources: ["aichi-police-stalker-evidence", "miyagi-police-stalker"], verified: true },
  // His ID on the site and the site's own message log: general advice (no source states it for live-chat sites).
  keepSiteLog: { sources: [], verified: false },
  // Miyagi police: say clearly that you do not want it; then no more exchanges (general advice).
  stopReplying: { sources: ["miyagi-police-stalker"], verified: false },
  // What a LINE block does: read only in third-party articles, not on LINE's own help.
  blockLine: { sources: ["machicon-line-block", "assist-all-line-block"], verified: false },
  // Phone: Aichi police say record call times and contents; what the phone's own block does is general knowledge.
  blockPhone: { sources: ["aichi-police-stalker-evidence"], verified: false },
  // The site's block and rules differ by site: nothing read.
  blockOnSite: { sources: [], verified: false },
  reportToSite: { sources: [], verified: false },
  doNotMeet: { sources: [], verified: false },
  // Police: Miyagi (consult the station's 生活安全課), Kanagawa (警告, 禁止命令 valid 1 year, 援助, 被害届),
  // Shiga (what つきまとい等 is: done out of romantic feelings or resentment; 2021 amendment).
  policeStalkerLaw: {
    sources: ["miyagi-police-stalker", "kanagawa-police-stalker-flow", "shiga-police-stalker", "aichi-police-stalker-evidence"],
    verified: true,
  },
  policeWhatToBring: { sources: ["aichi-police-stalker-evidence"], verified: true },
  // 私事性的画像記録: Nagasaki police (a complaint 告訴 is needed; images meant for third parties, e.g. adult videos,
  // are not included; extortion with images → report to the police); Osaka police (print the page, then ask the
  // board's administrator to delete).
  privateImagesLaw: { sources: ["nagasaki-police-private-images", "osaka-police-private-images"], verified: true },
  doNotPay: { sources: [], verified: false },
  moneyConsumer: { sources: ["gov-online-188", "nirasaki-consumer-cases"], verified: true },
  personalInfoRemoval: { sources: ["ihaho-top", "sia-bullying"], verified: true },
} as const satisfies Record<string, GuideStep>;
export type GuideStepKey = keyof typeof guideSteps;
export const guideStepKeys = Object.keys(guideSteps) as GuideStepKey[];

/** Each customer situation's steps, in the order she takes them. */
export const customerGuides: Record<CustomerSituation, readonly GuideStepKey[]> = {
  customer_has_contact: ["keepEvidence", "keepSiteLog", "stopReplying", "blockLine", "blockPhone", "blockOnSite", "reportToSite", "policeStalkerLaw"],
  customer_stalking: [
    "keepEvidence",
    "keepSiteLog",
    "stopReplying",
    "blockLine",
    "blockPhone",
    "blockOnSite",
    "reportToSite",
    "policeStalkerLaw",
    "policeWhatToBring",
  ],
  customer_threatens_posting: [
    "keepEvidence",
    "keepSiteLog",
    "stopReplying",
    "doNotPay",
    "blockOnSite",
    "reportToSite",
    "privateImagesLaw",
    "policeWhatToBring",
  ],
  customer_posted: ["keepEvidence", "keepSiteLog", "privateImagesLaw", "reportToSite", "stopReplying", "blockOnSite", "policeWhatToBring"],
  customer_money: ["keepEvidence", "keepSiteLog", "doNotPay", "stopReplying", "blockLine", "blockOnSite", "reportToSite", "moneyConsumer", "policeWhatToBring"],
  customer_meet_offline: ["doNotMeet", "keepEvidence", "keepSiteLog", "stopReplying", "blockOnSite", "reportToSite", "policeStalkerLaw"],
  personal_info_posted: ["keepEvidence", "personalInfoRemoval", "reportToSite", "policeStalkerLaw"],
};

/** The steps with their sources, ready to show. */
export function guideFor(situation: CustomerSituation): { key: GuideStepKey; step: GuideStep; sources: GuideSource[] }[] {
  return customerGuides[situation].map((key) => ({
    key,
    step: guideSteps[key],
    sources: guideSteps[key].sources.map((id) => guideSources[id]),
  }));
}
