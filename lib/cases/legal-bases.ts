// The legal bases the wizard can choose and every article it cites, with where each statement comes from.
// Grounded only in /work/shared/reference/legal-bases-and-bodies.md and legal-sources.md. Those files quote
// statute texts from secondary sites (not e-Gov) and give no date on which each source was read, nor a date of
// their own: so every entry is verified=false, and checkedOn is the reference files' date on disk, flagged
// dateIsFileDate. The UI must show unverified entries as such.
import type { ContractTypeKey, LegalBasisKey } from "./keys";

export const articleKeys = [
  "civil_627_1",
  "civil_628",
  "civil_651",
  "civil_656",
  "civil_140",
  "lsa_5",
  "lsa_16",
  "lsa_24",
  "lsa_137",
  "appi_35",
  "freelance_act",
  "freelance_act_16",
  "mhlw_worker_status",
] as const;
export type ArticleKey = (typeof articleKeys)[number];

export type LegalSource = {
  key: string;
  titleJa: string;
  titleEn: string;
  summaryJa: string;
  summaryEn: string;
  /** null when the reference files give no source at all (then verified is false and the note says why). */
  sourceUrl: string | null;
  sourceNameJa: string;
  checkedOn: string;
  verified: boolean;
  /** checkedOn is the reference file's date, not a date on which the source itself was read. */
  dateIsFileDate?: true;
  /** General information resting on no article: shown as such, with no source. */
  general?: true;
  noteJa?: string;
  noteEn?: string;
};

export type LegalBasis = LegalSource & { key: LegalBasisKey; articles: ArticleKey[]; endsImmediately: boolean };

const checked = { checkedOn: "2026-11-25", verified: false, dateIsFileDate: true } as const;
const secondaryJa = "条文は二次サイトによる引用で、e-Govの公式条文では未確認です。";
const secondaryEn = "Statute text quoted by a secondary site; not checked against the official e-Gov text.";

export const articles: Record<ArticleKey, LegalSource & { key: ArticleKey }> = {
  civil_627_1: {
    key: "civil_627_1",
    titleJa: "民法627条1項（期間の定めのない雇用の解約の申入れ）",
    titleEn: "Civil Code art. 627(1) (notice to end employment with no fixed term)",
    summaryJa:
      "当事者が雇用の期間を定めなかったときは、各当事者は、いつでも解約の申入れをすることができる。この場合において、雇用は、解約の申入れの日から二週間を経過することによって終了する。使用者の同意は不要。",
    summaryEn:
      "Where no term of employment was set, either party may give notice at any time, and the employment ends when two weeks have passed from the day of the notice. The employer's consent is not needed.",
    sourceUrl: "https://ja.wikibooks.org/wiki/民法第627条",
    sourceNameJa: "ウィキブックス「民法第627条」（二次資料。law-text.com も同旨）",
    ...checked,
    noteJa: `2017年改正（2020年4月1日施行）により、2項・3項は使用者からの解約の申入れにのみ適用される（y-niko.jp）。${secondaryJa}`,
    noteEn: `Since the 2017 amendment (in force 2020-04-01), paragraphs 2–3 bind only the employer (y-niko.jp). ${secondaryEn}`,
  },
  civil_628: {
    key: "civil_628",
    titleJa: "民法628条（やむを得ない事由による雇用の解除）",
    titleEn: "Civil Code art. 628 (ending employment for an unavoidable reason)",
    summaryJa:
      "当事者が雇用の期間を定めた場合であっても、やむを得ない事由があるときは、各当事者は、直ちに契約の解除をすることができる。その事由が当事者の一方の過失によって生じたものであるときは、相手方に対して損害賠償の責任を負う。",
    summaryEn:
      "Even where a term of employment was set, either party may end the contract immediately if there is an unavoidable reason (やむを得ない事由). If that reason arose through one party's fault, that party owes the other damages.",
    sourceUrl: "https://ja.wikibooks.org/wiki/民法第628条",
    sourceNameJa: "ウィキブックス「民法第628条」（二次資料。888.fubenkyou.net も同文）",
    ...checked,
    noteJa: `東京地判平成27年9月9日（平26(ワ)25782、確定）は、2年の営業委託契約を雇用類似として本条を適用し、意に反する性的な撮影を拒むことをやむを得ない事由と認めた（bengo4.com、LEX/DB要旨）。${secondaryJa}`,
    noteEn: `Tokyo District Court, 9 Sep 2015 (final): a 2-year "business outsourcing" contract was treated as similar to employment, this article applied, and refusing sexual filming against her will was an unavoidable reason (bengo4.com; LEX/DB summary). ${secondaryEn}`,
  },
  civil_651: {
    key: "civil_651",
    titleJa: "民法651条（委任の解除）",
    titleEn: "Civil Code art. 651 (ending a mandate)",
    summaryJa:
      "委任は、各当事者がいつでもその解除をすることができる（1項）。ただし、相手方に不利な時期に解除したとき、又は委任者が受任者の利益（専ら報酬を得ることによるものを除く。）をも目的とする委任を解除したときは、相手方の損害を賠償しなければならない。やむを得ない事由があったときは、この限りでない（2項）。",
    summaryEn:
      "Either party may end a mandate at any time (para. 1). Damages are owed only if it is ended at a time unfavourable to the other side, or if the mandator ends a mandate that also serves the mandatary's interest (beyond the fee); none if there was an unavoidable reason (para. 2).",
    sourceUrl: "https://law-platform.jp/hist/129089/129089_131009/AQKLAQEB",
    sourceNameJa: "law-platform.jp（平成29年法律第44号による改正後の条文。tek-law.jp も参照。二次資料）",
    ...checked,
    noteJa: `解除権を放棄する合意は有効とする解釈がある（crear-ac.co.jp）。契約書を確認してください。${secondaryJa}`,
    noteEn: `An agreement waiving this right is said to be valid (crear-ac.co.jp): check the contract. ${secondaryEn}`,
  },
  civil_656: {
    key: "civil_656",
    titleJa: "民法656条（準委任）",
    titleEn: "Civil Code art. 656 (quasi-mandate)",
    summaryJa: "委任の規定は、法律行為でない事務の委託（準委任）について準用する。配信業務の業務委託はこれに当たる可能性がある。",
    summaryEn: "The mandate rules apply to entrusting acts that are not legal acts (quasi-mandate), which a performing contract may be.",
    sourceUrl: "http://cyberlawschool.jp/kagayama/CivilLaw/Contract/Lecture/Contract2006/47mandate.html",
    sourceNameJa: "cyberlawschool.jp（講義資料。二次資料）",
    ...checked,
    noteJa: `チャットレディの契約が準委任に当たる可能性については事務所系サイトの記述のみ（taketiyomaru.com）。${secondaryJa}`,
    noteEn: `That a live-chat performer's contract is likely a quasi-mandate is said only by an agency-side site (taketiyomaru.com). ${secondaryEn}`,
  },
  civil_140: {
    key: "civil_140",
    titleJa: "民法140条（期間の初日不算入）",
    titleEn: "Civil Code art. 140 (the first day of a period is not counted)",
    summaryJa: "日・週・月・年で定めた期間は、初日を算入しないとする規定。二週間の計算（申入れの日の翌日から数える）に用いている。",
    summaryEn: "Periods in days, weeks, months or years do not count the first day. The app uses this to count the two weeks from the day after the notice.",
    sourceUrl: null,
    sourceNameJa: "参照資料に記載なし",
    ...checked,
    noteJa: "この規定は参照資料に含まれておらず、未確認です。日数の数え方は専門家に確認してください。",
    noteEn: "This rule is not in the reference material and is unverified. Check the day count with an expert.",
  },
  lsa_5: {
    key: "lsa_5",
    titleJa: "労働基準法5条（強制労働の禁止）",
    titleEn: "Labour Standards Act art. 5 (no forced labour)",
    summaryJa:
      "使用者は、暴行、脅迫、監禁その他精神又は身体の自由を不当に拘束する手段によって、労働者の意思に反して労働を強制してはならない。同法で最も重い罰則（117条：1年以上10年以下、又は20万円以上300万円以下の罰金）。",
    summaryEn:
      "An employer must not force work against the worker's will by violence, threats, confinement or other unjust restraint of mental or physical freedom. The Act's heaviest penalty (art. 117: 1–10 years, or a fine of ¥200,000–3,000,000).",
    sourceUrl: "https://isekaisurvival.com/労働基準法第五条/",
    sourceNameJa: "isekaisurvival.com（条文引用。罰則は kubo-cpa-office.com。二次資料）",
    ...checked,
    noteJa: `2025年6月1日以降の「拘禁刑」への表記変更は未確認。${secondaryJa}`,
    noteEn: `The change of wording to 拘禁刑 (from 2025-06-01) is unverified. ${secondaryEn}`,
  },
  lsa_16: {
    key: "lsa_16",
    titleJa: "労働基準法16条（賠償予定の禁止）",
    titleEn: "Labour Standards Act art. 16 (no penalty clauses)",
    summaryJa: "使用者は、労働契約の不履行について違約金を定め、又は損害賠償額を予定する契約をしてはならない。実際に生じた損害の賠償請求までは禁止されない。",
    summaryEn:
      "An employer must not fix a penalty (違約金) or pre-set damages for breach of a labour contract. Claims for damage actually caused remain possible.",
    sourceUrl: "https://isekaisurvival.com/労働基準法第十六条/",
    sourceNameJa: "isekaisurvival.com（条文引用。二次資料）",
    ...checked,
    noteJa: `労働者と認められたアイドルの違約金条項を本条により無効とした裁判例がある（yuhigaoka-law.com、判決日不明）。${secondaryJa}`,
    noteEn: `A court held an idol to be a worker and voided her penalty clause under this article (yuhigaoka-law.com; date of judgment not shown). ${secondaryEn}`,
  },
  lsa_24: {
    key: "lsa_24",
    titleJa: "労働基準法24条（賃金の支払）",
    titleEn: "Labour Standards Act art. 24 (payment of wages)",
    summaryJa: "賃金は、通貨で、直接労働者に、その全額を、毎月1回以上、一定の期日を定めて支払わなければならない。控除には法令又は労使協定が必要。",
    summaryEn: "Wages must be paid in cash, directly to the worker, in full, at least monthly on a fixed day. Deductions need a law or a labour agreement.",
    sourceUrl: "https://ja.wikibooks.org/wiki/労働基準法第24条",
    sourceNameJa: "ウィキブックス「労働基準法第24条」（二次資料）",
    ...checked,
    noteJa: secondaryJa,
    noteEn: secondaryEn,
  },
  lsa_137: {
    key: "lsa_137",
    titleJa: "労働基準法137条（1年を超える有期労働契約の退職）",
    titleEn: "Labour Standards Act art. 137 (quitting a fixed-term contract of over one year)",
    summaryJa:
      "1年を超える期間の定めのある労働契約（一定の例外あり）を締結した労働者は、1年を経過した後は、民法628条の規定にかかわらず、いつでも退職することができる。",
    summaryEn:
      "A worker on a fixed-term contract of more than one year (with exceptions) may quit at any time once one year has passed from the first day of the term, notwithstanding Civil Code art. 628.",
    sourceUrl: "https://ja.wikibooks.org/wiki/労働基準法第137条",
    sourceNameJa: "ウィキブックス「労働基準法第137条」（二次資料）",
    ...checked,
    noteJa: `例外の内容と、申出により直ちに退職の効果が生じるかは参照資料に記載がなく未確認（アプリは通知日に終了として計算）。${secondaryJa}`,
    noteEn: `The exceptions, and whether quitting takes effect on the day of notice, are not in the reference material (the app counts it as ending on the notice date): unverified. ${secondaryEn}`,
  },
  appi_35: {
    key: "appi_35",
    titleJa: "個人情報保護法35条（利用停止等）",
    titleEn: "Act on the Protection of Personal Information art. 35 (suspension of use, erasure)",
    summaryJa:
      "目的外利用・不適正利用・不正取得の保有個人データの利用停止又は消去、違法な第三者提供の停止を請求できる（1項・3項）。理由があれば事業者は遅滞なく対応する（2項・4項）。2020年改正（2022年4月1日施行）により、利用する必要がなくなった場合、報告対象の漏えい等があった場合、本人の権利又は正当な利益が害されるおそれがある場合にも請求できる（事業者は必要な限度で対応すれば足りる）。",
    summaryEn:
      "She may ask for use of her retained personal data to stop, or for its erasure, where it is used beyond its purpose, improperly, or was obtained unlawfully, and for unlawful provision to third parties to stop (paras. 1, 3); if justified, the business must act without delay (paras. 2, 4). Since the 2020 amendment (in force 2022-04-01) also where the data is no longer needed, after a reportable leak, or where her rights or legitimate interests may be harmed (the business may limit its response to what is necessary).",
    sourceUrl: "https://esora-law.com/law/jouhou/utilizationcease",
    sourceNameJa: "esora-law.com（1〜4項）、kp-lo.jp・eiko.gr.jp・brainpartners.jp（2020年改正）（二次資料）",
    ...checked,
    noteJa: `2020年改正で加わった部分の項番号（5〜7項）は未確認。訴えの提起は請求の到達から2週間経過後又は拒否後（39条、esora-law.com）。${secondaryJa}`,
    noteEn: `The paragraph numbers of the 2020 additions (paras. 5–7) are unverified. A lawsuit may follow only two weeks after the request arrives, or after a refusal (art. 39, esora-law.com). ${secondaryEn}`,
  },
  freelance_act: {
    key: "freelance_act",
    titleJa: "特定受託事業者に係る取引の適正化等に関する法律（フリーランス法、令和5年法律第25号）",
    titleEn: "Freelance Act (Act No. 25 of 2023)",
    summaryJa:
      "2024年11月1日施行。すべての業務委託事業者は取引条件（報酬額・支払期日など9項目）を書面又は電磁的方法で直ちに明示する（3条）。特定業務委託事業者（従業員又は2人以上の役員がいる事業者）は受領から60日以内に報酬を支払い（4条）、1か月以上の委託では受領拒否・報酬の減額・買いたたき等7つの行為が禁止される（5条）。本法は退職・解除の権利を定めるものではない。",
    summaryEn:
      "In force 2024-11-01. Any business that outsources work must state the terms (9 items incl. fee and payment date) in writing or electronically at once (art. 3). A 'specified' client (with employees or 2+ officers) must pay within 60 days of receiving the work (art. 4) and, for contracts of 1 month or more, must not commit 7 listed acts such as refusing receipt, cutting the fee or beating the price down (art. 5). The Act gives no right to quit.",
    sourceUrl: "https://www.jftc.go.jp/houdou/pressrelease/2025/may/250515.html",
    sourceNameJa: "公正取引委員会 報道発表（令和7年5月15日、法律番号・施行日）。各条の内容は dime.jp・hikari-law.com（二次資料）",
    ...checked,
    noteJa: "法律番号と施行日は公正取引委員会の公式発表による。各条の内容は二次資料によるもので、条文は未確認。",
    noteEn:
      "Act number and in-force date from the JFTC's official press release; the content of each article is from secondary sites, the statute text is unchecked.",
  },
  freelance_act_16: {
    key: "freelance_act_16",
    titleJa: "フリーランス法16条（中途解除等の事前予告）",
    titleEn: "Freelance Act art. 16 (advance notice of termination)",
    summaryJa:
      "特定業務委託事業者は、6か月以上の委託を中途解除し又は更新しないときは、30日前までに予告し、求めがあれば理由を開示しなければならない。フリーランス側からの解除や合意解除には適用されない。",
    summaryEn:
      "A specified client ending or not renewing a contract of 6 months or more must give 30 days' notice and, on request, the reasons. It does not cover the freelancer quitting, or termination by agreement.",
    sourceUrl: "https://advance-news.co.jp/column/2024/09/post-2124.html",
    sourceNameJa: "advance-news.co.jp（条文引用、2024年9月26日）、esora-law.com（二次資料）",
    ...checked,
    noteJa: secondaryJa,
    noteEn: secondaryEn,
  },
  mhlw_worker_status: {
    key: "mhlw_worker_status",
    titleJa: "労働者性の判断（厚生労働省）",
    titleEn: "Who is a worker (MHLW)",
    summaryJa:
      "「労働者に該当するか否かは、契約の形式や名称にかかわらず、実態を勘案して総合的に判断」。2024年11月1日から全国の労働基準監督署に労働者性に疑義がある方の相談窓口（平日8:30〜17:15）。",
    summaryEn:
      "Whether someone is a worker is judged on the whole of the actual situation, whatever the form or title of the contract. Since 2024-11-01 every Labour Standards Inspection Office has a window for people who may be workers in substance (weekdays 8:30–17:15).",
    sourceUrl: "https://www.mhlw.go.jp/stf/newpage_44487.html",
    sourceNameJa: "厚生労働省 報道発表（2024年10月）",
    ...checked,
    noteJa: "公式ページのミラー（プロキシ）経由で読んだもので、公式サイト上では未確認。",
    noteEn: "Read through a proxy copy of the official page, not on the official site itself.",
  },
};

export const legalBases: Record<LegalBasisKey, LegalBasis> = {
  civil_627_1: {
    ...articles.civil_627_1,
    key: "civil_627_1",
    titleJa: "期間の定めのない雇用：申入れから2週間で終了（民法627条1項）",
    titleEn: "Employment with no fixed term: ends two weeks after notice (Civil Code 627(1))",
    articles: ["civil_627_1", "civil_140"],
    endsImmediately: false,
  },
  civil_628: {
    ...articles.civil_628,
    key: "civil_628",
    titleJa: "期間の定めのある雇用：やむを得ない事由があれば直ちに解除（民法628条）",
    titleEn: "Fixed-term employment: ends at once for an unavoidable reason (Civil Code 628)",
    articles: ["civil_628"],
    endsImmediately: true,
    noteJa: `やむを得ない事由が必要です。${articles.civil_628.noteJa}`,
    noteEn: `An unavoidable reason is required. ${articles.civil_628.noteEn}`,
  },
  civil_628_lsa_137: {
    ...articles.lsa_137,
    key: "civil_628_lsa_137",
    titleJa: "1年を超える有期契約で1年経過後：いつでも退職（労基法137条、民法628条）",
    titleEn: "Fixed term over one year, first year passed: may quit at any time (LSA 137, Civil Code 628)",
    articles: ["lsa_137", "civil_628"],
    endsImmediately: true,
  },
  civil_651: {
    ...articles.civil_651,
    key: "civil_651",
    titleJa: "業務委託（準委任）：いつでも解除（民法651条・656条）",
    titleEn: "Outsourcing (quasi-mandate): may end at any time (Civil Code 651, 656)",
    articles: ["civil_651", "civil_656"],
    endsImmediately: true,
  },
  agreement_request: {
    key: "agreement_request",
    titleJa: "期間の定めのある契約を、合意によって途中で終える（合意による解約のお願い）",
    titleEn: "Ending a fixed-term contract early by agreement (a request to agree)",
    // The 628 side (no early end without a reason) is said beside it in the result step and cited in civil_628.
    summaryJa:
      "双方が合意すれば、期間の途中でも契約を終えることができます。この文面は、あなたが選ぶ日に契約を終えることへの同意を事務所にお願いするもので、契約を終わらせる権利を主張するものではありません。",
    summaryEn:
      "If both sides agree, a contract can end before its term. This letter asks the agency to agree to end it on the day you choose; it claims no right to end it.",
    sourceUrl: null,
    sourceNameJa: "なし（条文を引用しない一般的な情報）",
    ...checked,
    general: true,
    noteJa: "特定の条文にもとづく説明ではなく、一般的な情報です。",
    noteEn: "General information, not based on a particular article.",
    articles: [],
    endsImmediately: false,
  },
};

/** Further articles worth showing for each contract type (the legal basis's own articles come first). */
export const relatedArticles: Record<ContractTypeKey, ArticleKey[]> = {
  EMPLOYEE: ["lsa_5", "lsa_16", "lsa_24", "appi_35"],
  FREELANCER_IN_SUBSTANCE_EMPLOYEE: ["mhlw_worker_status", "lsa_5", "lsa_16", "lsa_24", "civil_651", "civil_656", "freelance_act", "appi_35"],
  FREELANCER: ["freelance_act", "freelance_act_16", "appi_35"],
};
