// Sources the escalation letters cite beyond lib/cases/legal-bases.ts, in the same shape and on the same terms:
// only what /work/shared/reference/legal-bases-and-bodies.md and legal-sources.md say; statute texts there are
// quoted by secondary sites, so verified is false; checkedOn is the reference files' date on disk.
import type { LegalSource } from "../cases/legal-bases";

export const escalationSourceKeys = ["appi_39", "info_platform_act"] as const;
export type EscalationSourceKey = (typeof escalationSourceKeys)[number];

const checked = { checkedOn: "2026-11-25", verified: false, dateIsFileDate: true } as const;

export const escalationSources: Record<EscalationSourceKey, LegalSource & { key: EscalationSourceKey; inReferences: boolean }> = {
  appi_39: {
    key: "appi_39",
    titleJa: "個人情報保護法39条（事前の請求）",
    titleEn: "Act on the Protection of Personal Information art. 39 (request before suing)",
    summaryJa:
      "35条1項・3項・5項等による請求について訴えを提起するには、まず請求をしなければならず、その請求が到達した日から2週間を経過した後（又は請求を拒まれた後）でなければ訴えを提起できない。",
    summaryEn:
      "A lawsuit over a request under art. 35(1), (3), (5) etc. needs the request to be made first, and may be brought only two weeks after the request arrives (or after a refusal).",
    sourceUrl: "https://esora-law.com/law/jouhou/advancedemand/",
    sourceNameJa: "esora-law.com（条文の解説。二次資料）",
    ...checked,
    inReferences: true,
    noteJa: "条文は二次サイトの解説によるもので、e-Govの公式条文では未確認です。",
    noteEn: "From a secondary site's explanation; not checked against the official e-Gov text.",
  },
  info_platform_act: {
    key: "info_platform_act",
    titleJa:
      "情報流通プラットフォーム対処法（特定電気通信による情報の流通によって発生する権利侵害等への対処に関する法律、平成13年法律第137号。旧プロバイダ責任制限法）",
    titleEn: "Information Distribution Platform Act (formerly the Provider Liability Limitation Act; Act No. 137 of 2001)",
    summaryJa:
      "2025年4月1日に改称・改正。被害を受けた人はサイトに送信防止措置依頼を送ることができる（書式は isplaw.jp）。プロバイダが発信者に照会し、7日以内に反論がなければ、削除しても責任を負わない。指定された大規模プラットフォーム事業者は7日以内に判断し、削除しないときは理由を通知する。",
    summaryEn:
      "Renamed and extended on 2025-04-01. A person can send the site a request to take down (送信防止措置依頼; forms at isplaw.jp). If the poster does not object within 7 days of the provider's inquiry, the provider may delete without liability. Designated large platforms must decide within 7 days and give reasons for a refusal.",
    sourceUrl: "https://www.pref.okayama.jp/page/972569.html",
    sourceNameJa: "岡山県ページ（改称・施行日）、kesu.jp（正式名称）、zenkokuict.grupo.jp（7日ルール）、hibikisogo-law.com（大規模事業者）",
    ...checked,
    inReferences: true,
    noteJa:
      "条番号は参照資料に記載がなく未確認のため、書面では条番号を示していません。ライブチャットサイトは参照資料で見た大規模プラットフォームの指定一覧にありません。2日の特例（リベンジポルノ防止法・AV法）は、本人が視聴されることを知って配信した映像にはおそらく及びません（参照資料の推論）。",
    noteEn:
      "The article numbers are not in the reference material and are unverified, so the letter gives none. No live-chat site is on the lists of designated large platforms the reference saw. The 2-day special rule (revenge-porn and AV laws) probably does not reach images she broadcast knowing they would be watched (the reference's inference).",
  },
};
