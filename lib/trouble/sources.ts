// Sources the customer-trouble letters cite, read on 2026-12-02 through the search tool (excerpts of the pages, not
// the official e-Gov texts), so none is verified. Where only a secondary site gave an article number, the note says so.
export type TroubleSourceKey = "revenge_porn_act" | "info_platform_act";

export type TroubleSource = {
  key: TroubleSourceKey;
  titleJa: string;
  titleEn: string;
  summaryJa: string;
  summaryEn: string;
  sourceUrl: string;
  /** Every page read for it, with what it gave. */
  readFrom: readonly { url: string; what: string }[];
  checkedOn: string;
  verified: false;
  noteJa: string;
  noteEn: string;
};

export const troubleSources: Record<TroubleSourceKey, TroubleSource> = {
  revenge_porn_act: {
    key: "revenge_porn_act",
    titleJa: "私事性的画像記録の提供等による被害の防止に関する法律（平成26年法律第126号。リベンジポルノ防止法）2条・3条・4条",
    titleEn: "Act on Prevention of Damage by Provision of Private Sexual Image Records (Act No. 126 of 2014; the revenge-porn act), arts. 2–4",
    summaryJa:
      "性的な画像（私事性的画像記録）を、写っている人が特定できる方法で、同意なくインターネットなどで不特定又は多数の者に提供することを処罰する（3条、告訴が必要）。写っている人が、第三者に見られることを知ったうえで撮影を承諾した画像は対象外（2条）。プロバイダが削除について発信者に照会したとき、反論を待つ期間を7日から2日に短くする特例がある（4条）。",
    summaryEn:
      "Punishes giving sexual images of a person (private sexual image records) to many or unspecified people, e.g. online, in a way that identifies her, without her consent (art. 3; needs her complaint). Images she agreed to be filmed for knowing third parties would see are excluded (art. 2). When a provider asks the poster about a takedown, the wait for an objection is 2 days instead of 7 (art. 4).",
    sourceUrl: "https://www.police.pref.miyagi.jp/kentai/sutoka/ribeporu.html",
    readFrom: [
      { url: "https://www.police.pref.miyagi.jp/kentai/sutoka/ribeporu.html", what: "宮城県警察: 私事性的画像の定義、公表罪・公表目的提供罪" },
      { url: "https://sakuraoffice.biz/houritsu/revenge-porn", what: "条文（1条・2条、第三者が閲覧することを認識した上での撮影の除外）。二次資料" },
      {
        url: "https://iuris.jp/%E7%A7%81%E4%BA%8B%E6%80%A7%E7%9A%84%E7%94%BB%E5%83%8F%E8%A8%98%E9%8C%B2%E3%81%AE%E6%8F%90%E4%BE%9B%E7%AD%89%E3%81%AB%E3%82%88%E3%82%8B%E8%A2%AB%E5%AE%B3%E3%81%AE%E9%98%B2%E6%AD%A2%E3%81%AB%E9%96%A2%E3%81%99%E3%82%8B%E6%B3%95%E5%BE%8B-%E7%AC%AC%E4%B8%89%E6%9D%A1-%E7%A7%81%E4%BA%8B%E6%80%A7%E7%9A%84%E7%94%BB%E5%83%8F%E8%A8%98%E9%8C%B2%E6%8F%90%E4%BE%9B%E7%AD%89/jpn/a/8718",
        what: "3条の条文（告訴が必要、令和4年10月1日施行の改正後）。e-Govの写し",
      },
      {
        url: "https://scrapbox.io/DLR/%E7%B6%9A%E3%83%BB%E3%83%97%E3%83%AD%E3%83%90%E3%82%A4%E3%83%80%E8%B2%AC%E4%BB%BB%E5%88%B6%E9%99%90%E6%B3%95_(rush%2F20%2F04%2F24)",
        what: "4条にプロバイダ責任制限法の特例があること。二次資料",
      },
      { url: "https://imidas.jp/topic/detail/F-00-107-14-12-G221.html", what: "照会期間を7日から2日に短縮する特例" },
    ],
    checkedOn: "2026-12-02",
    verified: false,
    noteJa:
      "e-Govの公式条文は読めていません。4条という条番号は二次資料によります。本人が配信で見られることを知って映った画像（ライブ配信の録画など）は2条で対象外になるとみられるため、書面では、本人だけに送った画像や隠し撮りなど、第三者に見られることを承諾していない画像のときにだけこの法律を挙げます。",
    noteEn:
      "The official e-Gov text was not read. The article number 4 comes from secondary sites. Images she appeared in knowing viewers would see them (recordings of a live broadcast) seem excluded by art. 2, so the letter names this act only for images she never agreed third parties would see (sent to him alone, or filmed in secret).",
  },
  info_platform_act: {
    key: "info_platform_act",
    titleJa:
      "特定電気通信による情報の流通によって発生する権利侵害等への対処に関する法律（平成13年法律第137号。情報流通プラットフォーム対処法、旧プロバイダ責任制限法）",
    titleEn:
      "Act on Responses to Rights Infringement Arising from Information Distribution via Specified Telecommunications (Act No. 137 of 2001; the Information Distribution Platform Act, formerly the Provider Liability Limitation Act)",
    summaryJa:
      "令和6年法律第25号による改正で改称され、2025年4月1日に施行。権利を侵害されたと考える人は、サイトやプラットフォームに送信防止措置（削除など）を依頼できる。プロバイダが発信者に照会し、7日以内に反論がなければ、削除しても発信者への責任を負わない（3条2項）。指定された大規模プラットフォーム事業者は、申出から原則7日以内に判断して結果を通知する。",
    summaryEn:
      "Renamed by Act No. 25 of 2024, in force 1 April 2025. A person whose rights are infringed can ask a site or platform to take the information down (送信防止措置). If the poster does not object within 7 days of the provider's inquiry, the provider may delete without liability to him (art. 3(2)). Designated large platforms must decide and tell her the result, in principle within 7 days.",
    sourceUrl: "https://www.sonynetwork.co.jp/corporation/isplaw",
    readFrom: [
      { url: "https://www.sonynetwork.co.jp/corporation/isplaw", what: "正式名称と令和7年4月1日施行（プロバイダのページ）" },
      { url: "https://www.sekidou.com/law/lives/contents/06.html", what: "令和6年法律25号による改題" },
      {
        url: "https://www.kajo.co.jp/tameshiyomi/41002000001/pageindices/index28.html",
        what: "送信防止措置の手続が法3条2項1号・2号であること（解説書の目次）",
      },
      { url: "https://www.pref.okayama.jp/page/972569.html", what: "旧プロバイダ責任制限法からの改称、施行日（参照資料）" },
      { url: "https://hibikisogo-law.com/?p=719", what: "大規模プラットフォーム事業者の指定（参照資料）" },
    ],
    checkedOn: "2026-12-02",
    verified: false,
    noteJa:
      "e-Govの公式条文は読めていません。3条2項という条番号は解説書の目次によります。どのサイトが大規模プラットフォーム事業者に指定されているかは総務省の一覧で確かめてください。",
    noteEn:
      "The official e-Gov text was not read. The article number 3(2) comes from a law book's table of contents. Check the ministry's list for which sites are designated large platforms.",
  },
};

/** A cited source in the shape saved letters carry (lib/cases/documents.ts StoredLetter). */
export type TroubleCitation = { key: TroubleSourceKey; label: string; verified: false; inReferences: true; sourceUrl: string; note: string };

export function troubleCitations(keys: readonly TroubleSourceKey[], loc: "ja" | "en"): TroubleCitation[] {
  return [...new Set(keys)].map((key) => {
    const s = troubleSources[key];
    return {
      key,
      label: loc === "ja" ? s.titleJa : s.titleEn,
      verified: false,
      inReferences: true,
      sourceUrl: s.sourceUrl,
      note: loc === "ja" ? s.noteJa : s.noteEn,
    };
  });
}
