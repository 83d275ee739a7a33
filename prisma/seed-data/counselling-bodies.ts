// Counselling bodies shown by the escalation screen and the bodies directory.
//
// Source: /work/shared/reference/counselling-bodies.json (25 entries), with
// legal-bases-and-bodies.md (decision table, "not verified" list) and legal-sources.md (what was read).
// Nothing here goes beyond those files. Unverified values keep a short caveat in the Ja/En text.
//
// How the fields were filled:
// - *Verified is false where the JSON says UNVERIFIED, where the value comes only from a third-party
//   article or a third-party copy of an official text, or where it is an "example only". With no number
//   (phone null), phoneVerified is false: there is no number to verify.
// - url: the first URL of the entry's `url` field; null where the JSON gives no official page (風テラス).
// - sourceUrl: the entry's `source_url` (first URL), except: where that address is a proxy/cache copy of an
//   official page whose own address the entry gives, the official address is used; where it is http://,
//   the same page's https:// address is used (given by the entry where possible). sourceNote says which.
// - lastCheckedOn: no entry and no reference file states the date the pages were read (the dates in the
//   notes are publication/update dates of the pages). The only date the reference files carry for themselves
//   is their file date, 2026-11-25 (mtime of /work/shared/reference/*). That date is used, in one place,
//   so it can be corrected if the research date becomes known. It is an upper bound, not a reading date.
// - situations / priority: from the decision table in legal-bases-and-bodies.md §2 (order of first contact).
//   One priority per body, so the order inside a situation is a compromise across the E/W/F columns.

export type CounsellingBodySeed = {
  slug: string;
  nameJa: string;
  nameEn: string;
  handlesJa: string;
  handlesEn: string;
  eligibleJa: string;
  eligibleEn: string;
  phone: string | null;
  phoneNoteJa: string | null;
  phoneNoteEn: string | null;
  phoneVerified: boolean;
  hoursJa: string | null;
  hoursEn: string | null;
  hoursVerified: boolean;
  costJa: string | null;
  costEn: string | null;
  costVerified: boolean;
  url: string | null;
  powersJa: string;
  powersEn: string;
  sourceUrl: string;
  sourceNote: string;
  lastCheckedOn: string;
  situations: string[];
  priority: number;
};

export const SITUATIONS = [
  'cannot-quit',
  'unpaid-pay',
  'penalty-threat',
  'threat-or-violence',
  'danger-now',
  'profile-not-removed',
  'id-documents',
  'personal-data',
  'sexual-harm',
  'harassment',
  'legal-advice',
  'employee',
  'freelancer',
  'any',
] as const;

/** File date of /work/shared/reference/* — no reading date is stated in the references (see top comment). */
export const REFERENCE_FILES_DATE = '2026-11-25';

export const counsellingBodies: CounsellingBodySeed[] = [
  {
    slug: 'police-emergency-110',
    nameJa: '110番(警察・緊急通報)',
    nameEn: 'Police emergency 110',
    handlesJa: '緊急のとき。相手が家に来ている、閉じ込められている、暴力を受けているなど、今まさに危険があるとき。',
    handlesEn: 'Emergencies: someone is coming to your home, you are confined, violence, immediate danger.',
    eligibleJa: 'だれでも。',
    eligibleEn: 'Anyone.',
    phone: '110',
    phoneNoteJa: null,
    phoneNoteEn: null,
    phoneVerified: true,
    hoursJa: '24時間',
    hoursEn: '24 hours',
    hoursVerified: true,
    costJa: '無料(第三者の記事による)',
    costEn: 'Free (third-party article only).',
    costVerified: false,
    url: 'https://www.gov-online.go.jp/pr/media/cd/201511/201511_08.html',
    powersJa: '警察官がすぐに駆けつけます。',
    powersEn: 'Immediate police dispatch.',
    sourceUrl: 'https://www.gov-online.go.jp/pr/media/cd/201511/201511_08.html',
    sourceNote:
      'Government PR Online audio CD text, 2015-11 (official): 110 is for incidents that need officers now; non-urgent matters go to #9110. "Free" only from a third-party article (kingsoft).',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['danger-now', 'threat-or-violence'],
    priority: 1,
  },
  {
    slug: 'police-consultation-9110',
    nameJa: '警察相談専用電話 #9110',
    nameEn: 'Police non-emergency consultation line #9110',
    handlesJa: '緊急ではない安全の不安の相談。脅し、つきまとい、恐喝(「家族にバラす」など)、嫌がらせ、悪質商法。',
    handlesEn: "Non-emergency safety worries: threats, stalking, blackmail ('I'll tell your family'), harassment, fraudulent business.",
    eligibleJa: 'だれでも。',
    eligibleEn: 'Anyone.',
    phone: '#9110',
    phoneNoteJa:
      'かけた地域の都道府県警察につながります。ダイヤル回線や一部のIP電話からはかけられません(その場合は各県警の相談電話へ)。',
    phoneNoteEn:
      "Connects to the police HQ of the caller's prefecture. Not from dial-pulse lines or some IP phones (then use the prefecture's police consultation number).",
    phoneVerified: true,
    hoursJa:
      '平日8:30〜17:15(都道府県で異なる)。夜間・土日祝は当直または音声案内(24時間対応の県もあり)。政府広報の記事の転載ページで確認',
    hoursEn:
      'Weekdays 8:30–17:15 (varies by prefecture); nights/weekends a duty officer or a recorded message, some prefectures 24h. Read on a third-party copy of the Government PR article.',
    hoursVerified: false,
    costJa: '通話料は自己負担(政府広報の記事の転載ページで確認)',
    costEn: 'Call charges paid by the caller (third-party copy of the Government PR article).',
    costVerified: false,
    url: 'https://www.gov-online.go.jp/pr/media/cd/201511/201511_08.html',
    powersJa: '内容に応じて助言、相手への警告、捜査・検挙(第三者のまとめによる)。緊急なら110番につなぎます。',
    powersEn:
      'Advice, a warning to the other party, or investigation/arrest depending on the case (third-party summary); urgent cases may be transferred to 110.',
    sourceUrl: 'https://coopsapporo-cs.jp/premium_service/detail/437',
    sourceNote:
      'Co-op Sapporo page copying the Government PR Online #9110 article (hours, charges); Government PR Online audio CD text 2015-11 (official; #9110 for non-urgent matters); shisokuyubi.com 2023-01-10 (third-party) for the types of response.',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['threat-or-violence'],
    priority: 5,
  },
  {
    slug: 'labour-standards-inspection-office',
    nameJa: '労働基準監督署(労働者性に疑義がある方の労働基準法等違反相談窓口を含む)',
    nameEn: 'Labour Standards Inspection Office (incl. the window for freelancers who may in fact be employees)',
    handlesJa:
      '労働基準法違反の相談・申告先。賃金の未払い(24条)、強制労働(5条)、違約金・損害賠償額の予定(16条)など。2024年11月1日から、全署に「実態は労働者かもしれない」フリーランス向けの窓口があります。',
    handlesEn:
      'Violations of the Labour Standards Act: unpaid wages (art. 24), forced labour (art. 5), pre-set penalties/damages (art. 16). Since 2024-11-01 every office has a window for freelancers who may be workers in substance.',
    eligibleJa:
      '労働者。業務委託・フリーランスでも、実態が労働者に当たると思う人は相談できます(「契約の形式や名称にかかわらず、実態を勘案して総合的に判断」)。',
    eligibleEn:
      'Workers; and 業務委託/freelance workers who suspect they are workers in substance (judged on the reality, not the contract title).',
    phone: null,
    phoneNoteJa: '各労働基準監督署の番号(全国共通の番号はありません)',
    phoneNoteEn: "Each office's own number (no national number).",
    phoneVerified: false,
    hoursJa: 'フリーランス向け窓口: 平日8:30〜17:15(厚労省の報道発表、2024年10月)',
    hoursEn: 'Freelancer window: weekdays 8:30–17:15 (MHLW press release, Oct 2024).',
    hoursVerified: true,
    costJa: '無料(法律事務所のコラムによる・未確認)',
    costEn: 'Free per a law-firm column (vbest.jp 2020-07-28); unverified.',
    costVerified: false,
    url: 'https://www.mhlw.go.jp/stf/newpage_44487.html',
    powersJa:
      '強い権限があります。労働者の申告(104条1項)をきっかけに立入調査(101条)や是正勧告を行い、監督官は司法警察官として送検もできます(102条)。未払い賃金を本人に代わって取り立てることはしません。実際の送検はまれとされます。',
    powersEn:
      'Strong: a worker\'s report (art. 104(1)) can trigger an inspection (art. 101) and a corrective recommendation; inspectors act as judicial police (art. 102) and can refer for prosecution. Does not collect wages for you; prosecutions are rare per practitioners.',
    sourceUrl: 'https://www.mhlw.go.jp/stf/newpage_44487.html',
    sourceNote:
      'MHLW press release (Oct 2024), read via a proxy copy (http://40.74.122.252/index.cgi/speech/…); Nagasaki Labour Bureau page lists the same window and hours; jmk-okada.com, newprofession.jp, daishoyasan.jp (practitioners) for arts. 101/102/104.',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['cannot-quit', 'unpaid-pay', 'penalty-threat', 'employee', 'freelancer'],
    priority: 10,
  },
  {
    slug: 'labour-consultation-corner',
    nameJa: '総合労働相談コーナー(都道府県労働局・労働基準監督署内)',
    nameEn:
      'Comprehensive Labour Consultation Corner (Prefectural Labour Bureaus / inside Labour Standards Inspection Offices)',
    handlesJa:
      '職場のトラブル全般。退職させてもらえない、解雇、賃金カット、いじめ・嫌がらせ、契約条件など。労働局長の助言・指導や、紛争調整委員会のあっせんの入口です。',
    handlesEn:
      "All individual labour disputes: refusal to let you quit, dismissal, pay cuts, bullying/harassment, contract terms. Entry point for the Labour Bureau director's advice/guidance and conciliation.",
    eligibleJa:
      '労働者と事業主。業務委託でも実態が労働者なら相談できます。純粋なフリーランスは原則として対象外です(法律事務所のコラム、2023年)。',
    eligibleEn:
      'Workers and employers. A 業務委託 performer who is a worker in substance can use it; pure freelancers are in principle not handled (law-firm column, 2023).',
    phone: null,
    phoneNoteJa:
      '全国共通の番号はありません。都道府県労働局ごとの番号を確認してください(例: 広島労働局 雇用環境・均等室 082-221-9247 ※例示のみ)',
    phoneNoteEn:
      'No single national number; each Labour Bureau publishes its own (example only: Hiroshima Labour Bureau 082-221-9247).',
    phoneVerified: false,
    hoursJa: '平日(労働局により異なる)。例: 東京労働局 平日9:00〜17:00(第三者の記事による・未確認)',
    hoursEn: 'Weekdays; varies by bureau. E.g. Tokyo weekdays 9:00–17:00 (third-party article; unverified).',
    hoursVerified: false,
    costJa: '無料・予約不要(第三者の記事による・未確認)',
    costEn: 'Free, no appointment (third-party article; unverified).',
    costVerified: false,
    url: 'https://www.no-harassment.mhlw.go.jp/inquiry-counter/index',
    powersJa:
      '相談員による助言・情報提供。労働局長の助言・指導(強制力なし)や、紛争調整委員会のあっせん(双方が受け入れなければ拘束力なし)につなぎます。労働基準法違反があれば労基署に回します。',
    powersEn:
      "Advice and information. Routes to the Labour Bureau director's advice/guidance (non-binding) or conciliation by the Dispute Coordinating Committee (not binding unless both accept); refers Labour Standards Act violations to the inspection office.",
    sourceUrl:
      'https://jsite.mhlw.go.jp/miyazaki-roudoukyoku/hourei_seido_tetsuzuki/kobetsu_roudou_funsou/hourei_seido/_119869.html',
    sourceNote:
      'Miyazaki Labour Bureau FAQ (undated): nature of advice/guidance and conciliation; MHLW あかるい職場応援団 list (undated): scope; Hiroshima Labour Bureau Q&A (undated): example number; mhlw.go.jp/mobile/m/job/0802.html. Hours and cost only from a third-party article (legal.werehouse.co).',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['cannot-quit', 'penalty-threat', 'harassment', 'employee'],
    priority: 12,
  },
  {
    slug: 'freelance-trouble-110',
    nameJa: 'フリーランス・トラブル110番(厚生労働省委託・第二東京弁護士会運営)',
    nameEn: 'Freelance Trouble 110 (MHLW-commissioned, run by Daini Tokyo Bar Association)',
    handlesJa:
      'フリーランスと取引先のトラブル全般。報酬の未払い・減額、契約の解除、ハラスメント、契約条件など(フリーランス法の対象に限りません)。無料の和解あっせんもあります。',
    handlesEn:
      'Any trouble between a freelancer and a client: unpaid or reduced fees, termination, harassment, contract terms (not limited to the Freelance Act). Free settlement mediation.',
    eligibleJa: 'フリーランス、個人事業主、クラウドワーカーなど(労働基準法で守られない人)。匿名でも相談できます。',
    eligibleEn:
      'Freelancers, sole proprietors, crowd workers (people not protected by the Labour Standards Act); anonymous consultations accepted.',
    phone: '0120-532-110',
    phoneNoteJa: '未確認: 第三者のGitHub上のコード・文書でのみ確認(複数が一致)。公式ページでは確認できていません',
    phoneNoteEn: 'Unverified: found only in third-party GitHub code/docs (several agree), not on an official page.',
    phoneVerified: false,
    hoursJa: '平日9:30〜16:30(未確認: 第三者の情報のみ)。メールの返信は2〜3営業日ほど(第三者の情報)',
    hoursEn: 'Weekdays 9:30–16:30 (unverified: third-party only). Mail replies in about 2–3 business days (third-party).',
    hoursVerified: false,
    costJa: '無料(和解あっせんも無料)',
    costEn: 'Free, including settlement mediation.',
    costVerified: true,
    url: 'https://freelance110.jp/',
    powersJa:
      '弁護士が電話・メール・対面/Webで助言します。和解あっせんは経験10年以上の弁護士が仲介し、相手の事前の同意なしに申し込めます。非公開で、Web会議も可。結果を受け入れるかは双方が決めます(拘束力のある仲裁ではありません)。',
    powersEn:
      'Lawyer advice by phone, mail, in person or online. Mediation by a lawyer with 10+ years\' experience; no prior agreement of the other side needed to apply; non-public; online meetings possible; binding only if both accept. Not arbitration.',
    sourceUrl: 'https://freelance110.jp/reconciliation/',
    sourceNote:
      'Official reconciliation page (undated). Background: Bengo4.com news 2021-01-04 (mirror copy): started 2020-11-25, phone and mail, anonymous OK, all free; JAFP column 2025-12-16. Phone and hours from third-party repositories only.',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['cannot-quit', 'unpaid-pay', 'penalty-threat', 'harassment', 'legal-advice', 'freelancer'],
    priority: 14,
  },
  {
    slug: 'jftc-sme-agency-freelance-act',
    nameJa: '公正取引委員会・中小企業庁(フリーランス法 第2章の申出窓口)',
    nameEn:
      'Japan Fair Trade Commission / Small and Medium Enterprise Agency — complaint window under the Freelance Act, Chapter 2',
    handlesJa:
      'フリーランス法3〜5条の違反。取引条件を書面などで示さない(3条)、60日を超える支払遅延(4条)、報酬の不当な減額・買いたたき・購入の強制・不当な金銭の要求など7つの禁止行為(5条)。',
    handlesEn:
      'Freelance Act arts. 3–5: no written terms (3), payment later than 60 days (4), seven prohibited acts incl. unjust fee reduction, 買いたたき, forced purchases, unjust demands for money or services (5).',
    eligibleJa:
      '特定受託事業者(従業員を使わない個人、または一人社長の法人)。相手が業務委託事業者(3条)・特定業務委託事業者(4・5条)であること。',
    eligibleEn:
      'Individuals with no employees, or one-person companies (art. 2(1)); the client must be a 業務委託事業者 (art. 3) / 特定業務委託事業者 (arts. 4–5).',
    phone: null,
    phoneNoteJa:
      '電話番号は未確認。公取委・中企庁・厚労省が共同で運営するオンラインの申出窓口があります(公取委 2025年3月28日発表)',
    phoneNoteEn: 'No phone number verified. Online complaint form run jointly by JFTC, SME Agency and MHLW (JFTC, 2025-03-28).',
    phoneVerified: false,
    hoursJa: 'オンライン受付(受付時間は未確認)',
    hoursEn: 'Online form (hours not checked).',
    hoursVerified: false,
    costJa: '無料(行政への申出。参照資料に明記がなく未確認)',
    costEn: 'Free (government complaint) — not stated explicitly in the sources; unverified.',
    costVerified: false,
    url: 'https://www.jftc.go.jp/soudan/shinkoku/freelance.html',
    powersJa:
      '申出を受けて調査し、事実があれば措置をとります(6条2項)。指導(22条)や勧告(8条)。申出を理由とする取引停止などの報復は禁止(6条3項)。本人に代わってお金を取り立てることはしません。',
    powersEn:
      'Must investigate a complaint and act if facts are confirmed (art. 6(2)): guidance (art. 22), recommendations (art. 8). No retaliation for a complaint (art. 6(3)). Does not collect money for you.',
    sourceUrl: 'https://www.jftc.go.jp/soudan/shinkoku/freelance.html',
    sourceNote:
      'JFTC complaint page (quotes arts. 6 and 17); JFTC press releases 2025-03-28, 2025-05-15 (Act No. 25 of 2023, in force 2024-11-01), 2025-12-10; SME Agency page via a proxy copy.',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['unpaid-pay', 'penalty-threat', 'freelancer'],
    priority: 16,
  },
  {
    slug: 'labour-bureau-equal-employment-freelance',
    nameJa: '厚生労働省・都道府県労働局 雇用環境・均等室(フリーランス法 第3章の申出窓口)',
    nameEn:
      'MHLW / Prefectural Labour Bureau Employment Environment & Equal Opportunity Dept. — Freelance Act Chapter 3 window',
    handlesJa:
      'フリーランス法12〜16条。募集情報の正確な表示(12条)、育児・介護への配慮(13条)、ハラスメント対策の体制(14条)、6か月以上の契約を発注者が解除・更新しないときの30日前の予告と理由の開示(16条)。',
    handlesEn:
      'Freelance Act arts. 12–16: accurate recruitment ads (12), childcare/nursing consideration (13), harassment-prevention system (14), 30 days\' notice and reasons before the client ends or does not renew a 6-month+ contract (16).',
    eligibleJa: '特定受託事業者で、相手が特定業務委託事業者(従業員がいる、または役員が2人以上)の場合。',
    eligibleEn: 'Freelancers whose client is a 特定業務委託事業者 (has employees or 2+ officers).',
    phone: null,
    phoneNoteJa: '各労働局の雇用環境・均等室(例: 長崎労働局 095-801-0050 ※例示のみ)。全国共通の番号は未確認',
    phoneNoteEn: "Each Labour Bureau's department (example only: Nagasaki 095-801-0050). No national number verified.",
    phoneVerified: false,
    hoursJa: null,
    hoursEn: null,
    hoursVerified: false,
    costJa: null,
    costEn: null,
    costVerified: false,
    url: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/koyoukintou/zaitaku/freelance_moushide.html',
    powersJa: '申出を受けて厚生労働大臣が調査し、法に基づく措置(指導・勧告など)をとります(17条)。申出を理由とする報復は禁止。',
    powersEn:
      'The Minister must investigate a complaint and take measures under the Act (guidance/recommendations) (art. 17). No-retaliation rule applies.',
    sourceUrl: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/koyoukintou/zaitaku/freelance_moushide.html',
    sourceNote:
      'MHLW complaint-window page (undated; quotes arts. 6, 17); Nagasaki Labour Bureau routing table (official). Hours and cost not checked.',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['harassment', 'freelancer'],
    priority: 18,
  },
  {
    slug: 'one-stop-8891',
    nameJa: '性犯罪・性暴力被害者のためのワンストップ支援センター(#8891 はやくワンストップ)',
    nameEn: 'One-Stop Support Centres for Sexual Violence Victims (#8891)',
    handlesJa:
      '性暴力の被害。AV出演被害防止・救済法の公式の相談窓口でもあります(契約の解除や販売・配信の差止請求の支援)。医療・心理・警察への付き添い・法律の支援。',
    handlesEn:
      'Sexual violence; also the official window under the AV Performance Harm Prevention and Relief Act (help cancelling contracts, stopping sale/distribution). Medical, psychological, police-accompaniment and legal support.',
    eligibleJa: 'だれでも(性別を問いません)。家族や支援者も。',
    eligibleEn: 'Anyone, any gender; family and supporters too.',
    phone: '#8891',
    phoneNoteJa:
      'かけた地域のセンターにつながります。NTTひかり電話からは 0120-8891-77(第三者の情報・未確認)。例: 東京「性暴力救援ダイヤルNaNa」03-5607-0799(東京都のページ)',
    phoneNoteEn:
      "Connects to the centre of the caller's prefecture. NTT Hikari: 0120-8891-77 (third-party only; unverified). Example: Tokyo NaNa 03-5607-0799 (Tokyo government page).",
    phoneVerified: true,
    hoursJa:
      '都道府県で異なる(例: 東京・沖縄は24時間365日)。2021年10月から夜間休日コールセンターあり。内閣府のSNS相談「Cure Time」は月・水・土 17:00〜21:00(東京都のページによる)',
    hoursEn:
      "Varies by prefecture (e.g. Tokyo and Okinawa 24h/365). Night/holiday call centre since 2021-10. Cabinet Office SNS chat 'Cure Time': Mon/Wed/Sat 17:00–21:00 (per Tokyo page).",
    hoursVerified: true,
    costJa: '#8891の通話は無料(一部の回線を除く)',
    costEn: '#8891 call is free except from some lines.',
    costVerified: true,
    url: 'https://www.gender.go.jp/policy/no_violence/avjk/index.html',
    powersJa: '支援・付き添いと、警察・医師・弁護士へのつなぎ。センター自体に法的な強制力はありません。',
    powersEn: 'Support, accompaniment, connection to police, doctors and lawyers; no legal enforcement itself.',
    sourceUrl: 'https://www.gender.go.jp/policy/no_violence/avjk/index.html',
    sourceNote:
      "Gender Equality Bureau AV-law page (undated); Okinawa Prefecture page updated 2023-11-06; Tokyo government one-stop page (undated); 2022 Crime Victims White Paper (#8891 since 2020-10, night/holiday centre since 2021-10). 0120-8891-77 only from third-party pages; a third-party NaNa number conflicts with Tokyo's page, whose number is used.",
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['sexual-harm'],
    priority: 20,
  },
  {
    slug: 'ppc-appi-dial',
    nameJa: '個人情報保護委員会 個人情報保護法相談ダイヤル',
    nameEn: 'Personal Information Protection Commission (PPC) — APPI consultation line',
    handlesJa:
      '個人情報保護法の質問や、事業者の個人情報の扱いへの苦情。例: 事務所が身分証のコピーや写真を消さない、利用停止・消去に応じない。',
    handlesEn:
      "Questions on the APPI and complaints about a business's handling of personal data (e.g. an agency refusing to delete ID copies/photos or to stop using them).",
    eligibleJa: 'だれでも。匿名でも相談できます。',
    eligibleEn: 'Anyone; anonymous possible.',
    phone: '03-6457-9849',
    phoneNoteJa: '民間事業者については「1」を選びます。番号は公式ページのプロキシ経由のコピーで確認',
    phoneNoteEn: 'Press 1 for private businesses. Number read on a proxy copy of the official page.',
    phoneVerified: true,
    hoursJa: '9:30〜17:30(土日祝・年末年始を除く)。電話のみ(来訪・メールは不可)',
    hoursEn: '9:30–17:30 except weekends, holidays and New Year. Phone only (no visits or mail).',
    hoursVerified: true,
    costJa: '相談は無料。通話料は自己負担(03番号)',
    costEn: 'Consultation free; normal call charges (03 number).',
    costVerified: true,
    url: 'https://www.ppc.go.jp/personalinfo/pipldial/',
    powersJa:
      '質問への回答と、事業者への苦情が争いになった場合の「あっせん等」(法132条2号・169条)。事業者への監督権限(指導・勧告)もあるとされますが未確認。',
    powersEn:
      "Answers, and 'mediation etc.' when a complaint to the business has led to a dispute (arts. 132(2), 169). Supervisory powers over businesses (guidance/recommendation): unverified.",
    sourceUrl: 'https://www.ppc.go.jp/personalinfo/pipldial/',
    sourceNote:
      'Official PPC page (undated) for hours and menu; phone number and the mediation sentence from a proxy copy of the same page (lepang.cn).',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['personal-data', 'id-documents'],
    priority: 22,
  },
  {
    slug: 'illegal-harmful-info-center',
    nameJa: '違法・有害情報相談センター',
    nameEn: 'Consultation Center for Illegal and Harmful Information on the Internet (MIC-supported)',
    handlesJa:
      'ネット上の書き込みや画像の削除の方法(「自分の写真が許可なく掲載」など)、投稿者を特定する方法、情報流通プラットフォーム対処法の書式の使い方の相談。',
    handlesEn:
      'How to get posts/images removed (incl. your photo posted without permission), how to identify posters, how to use the Information Distribution Platform Act forms.',
    eligibleJa: 'だれでも(利用者、学校、消費生活センターなど)。',
    eligibleEn: 'Anyone (users, schools, local consumer centres, etc.).',
    phone: null,
    phoneNoteJa: '電話相談はありません。Webフォームのみ(登録してから相談)',
    phoneNoteEn: 'No phone — web form only (register, then use the form).',
    phoneVerified: false,
    hoursJa: 'Webフォームは24時間受付。返信はメール(返信までの日数は未確認)',
    hoursEn: 'Web form 24h; replies by email (reply time unverified).',
    hoursVerified: false,
    costJa: '無料',
    costEn: 'Free.',
    costVerified: true,
    url: 'https://ihaho.jp/',
    powersJa: '助言のみ。本人に代わって削除や削除依頼はしません(依頼は自分で送ります)。',
    powersEn: 'Advice only; does not delete or request deletion on your behalf (you send the request yourself).',
    sourceUrl: 'https://www.soumu.go.jp/main_sosiki/joho_tsusin/d_syohi/ihoyugai_02.html',
    sourceNote: 'MIC page (undated): web-form consultations only; ihaho.jp top and about pages (undated).',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['profile-not-removed'],
    priority: 24,
  },
  {
    slug: 'human-rights-110',
    nameJa: 'みんなの人権110番(法務局・人権擁護委員)',
    nameEn: 'Human Rights Hotline (Legal Affairs Bureaus, Ministry of Justice)',
    handlesJa:
      '人権問題全般。ハラスメント、名誉毀損・プライバシーの侵害、ネット上に無断で載せられた画像など。法務局がプロバイダなどに削除を要請することもあります。',
    handlesEn:
      'Any human-rights problem incl. harassment, defamation/privacy violations and unauthorised images online. The Legal Affairs Bureau can itself ask providers to delete content.',
    eligibleJa: 'だれでも。',
    eligibleEn: 'Anyone.',
    phone: '0570-003-110',
    phoneNoteJa: 'ナビダイヤル。一部のIP電話・PHSからはつながりません',
    phoneNoteEn: 'Navi-dial; some IP phones/PHS cannot connect.',
    phoneVerified: true,
    hoursJa: '平日8:30〜17:15(土日祝・12/29〜1/3は休み)',
    hoursEn: 'Weekdays 8:30–17:15 (closed weekends, holidays, 29 Dec–3 Jan).',
    hoursVerified: true,
    costJa: '相談は無料。ナビダイヤルの通話料がかかります(料金は未確認)',
    costEn: 'Consultation free; navi-dial call charges apply (rate unverified).',
    costVerified: false,
    url: 'https://www.moj.go.jp/JINKEN/',
    powersJa:
      '助言。人権侵犯事件として調査し、救済措置をとります。ネットの事案では、法務局が事案に応じてプロバイダ等に削除を要請します。',
    powersEn:
      'Advice; human-rights infringement investigation and relief; for internet cases the Legal Affairs Bureau may ask the provider to delete.',
    sourceUrl: 'https://www.city.toyokawa.lg.jp/smph/kurashi/shiminsodan/20180918104743748.html',
    sourceNote:
      'Toyokawa City page updated 2023-07-18, read at its http:// address (the https:// form given here was not opened); Noshiro City page (navi-dial); Osaka Prefectural Police madoguchi.txt (deletion requests by the Legal Affairs Bureau); MOJ KOHOSHI no.36 (from consultation to relief).',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['profile-not-removed', 'harassment'],
    priority: 25,
  },
  {
    slug: 'paps',
    nameJa: 'NPO法人 ぱっぷす(ポルノ被害と性暴力を考える会)',
    nameEn: 'PAPS — NPO supporting victims of pornography/digital sexual violence',
    handlesJa:
      'AV出演被害、デジタル性暴力(性的な画像の流出・無断掲載、性的な脅し)、性産業をやめたい人の相談。性的な画像を探して国内外のサイトに削除を依頼(現地の言語で)、証拠の保全、刑事告訴の支援。AV新法による契約解除・公表差止めの実績も報告しています。',
    handlesEn:
      'AV performance harm, digital sexual violence (leaked/unauthorised sexual images, sextortion), wanting to quit the sex industry. Finds sexual images and requests deletion (domestic and overseas, in the local language), preserves evidence, supports criminal complaints.',
    eligibleJa: '被害者と家族。年齢・性別を問いません。',
    eligibleEn: 'Victims and families; any age or gender.',
    phone: null,
    phoneNoteJa: '電話番号は未確認。メール・電話・LINEで相談できます(2019年の会報)',
    phoneNoteEn: 'Phone number unverified; contact by mail, phone or LINE per the 2019 newsletter.',
    phoneVerified: false,
    hoursJa: null,
    hoursEn: null,
    hoursVerified: false,
    costJa: '削除依頼は「基本的に無料」',
    costEn: "Deletion requests 'basically free'.",
    costVerified: true,
    url: 'https://www.paps.jp/',
    powersJa: '民間の支援。削除依頼、付き添い、弁護士へのつなぎ。法的な権限はありません。',
    powersEn: 'Private support: deletion requests, accompaniment, connection to lawyers; no legal power.',
    sourceUrl: 'https://www.paps.jp/delete',
    sourceNote:
      'paps.jp/delete (undated); activity report for May 2025 (published 2025-06-09: 366 new consultations); newsletter archive 2019-05. Phone and hours not found.',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['sexual-harm', 'profile-not-removed'],
    priority: 26,
  },
  {
    slug: 'safe-line',
    nameJa: 'セーフライン(一般社団法人セーファーインターネット協会)',
    nameEn: 'Safe-line (Safer Internet Association)',
    handlesJa:
      'リベンジポルノを含む違法・有害情報の通報を受け、国内外のサイトに本人に代わって削除を依頼します。自分で配信した映像は、法律上の「リベンジポルノ」に当たらない可能性があります。',
    handlesEn:
      'Reports of illegal/harmful content incl. revenge porn; sends deletion requests to domestic and overseas sites on your behalf. Images a performer knowingly broadcast may not be revenge porn in the legal sense.',
    eligibleJa: 'リベンジポルノは原則として写っている本人(子どもは保護者)。',
    eligibleEn: 'For revenge porn: in principle the person depicted (or a guardian for a child).',
    phone: null,
    phoneNoteJa: '電話番号は未確認。オンラインの通報フォーム',
    phoneNoteEn: 'No phone verified — online report form.',
    phoneVerified: false,
    hoursJa: 'オンラインで受付',
    hoursEn: 'Online.',
    hoursVerified: true,
    costJa: '無料(「無料で画像や動画の削除を依頼」)',
    costEn: 'Free.',
    costVerified: true,
    url: 'https://www.safe-line.jp/',
    powersJa: '削除を依頼します(必要なら何度でも)。法的な強制力はなく、個別の結果の通知もありません。警察に情報を提供することがあります。',
    powersEn: 'Sends deletion requests (repeatedly if needed); no legal compulsion; no individual result notice; may forward to police.',
    sourceUrl: 'https://www.safe-line.jp/',
    sourceNote:
      'Revenge-porn page (https://www.safe-line.jp/against-rvp/, undated) read via a proxy copy (s1.proxyfly.org).',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['sexual-harm', 'profile-not-removed'],
    priority: 28,
  },
  {
    slug: 'womens-human-rights-hotline',
    nameJa: '女性の人権ホットライン(法務局)',
    nameEn: "Women's Human Rights Hotline (Legal Affairs Bureaus)",
    handlesJa: 'DV、職場のセクハラ、ストーカーなど、女性の人権の問題。法務省のページではAV出演強要・JKビジネスの防止とも結びつけています。',
    handlesEn:
      "DV, sexual harassment at work, stalking and other women's rights issues; the MOJ page links it to AV-coercion prevention.",
    eligibleJa: 'だれでも(女性の人権の問題)。',
    eligibleEn: "Anyone (women's issues).",
    phone: '0570-070-810',
    phoneNoteJa: 'IP電話からはかけられません(法務局の一覧の番号へ)',
    phoneNoteEn: 'Not from IP phones (use the bureau list instead).',
    phoneVerified: true,
    hoursJa: '平日8:30〜17:15(11月の強化週間は時間を延長)',
    hoursEn: 'Weekdays 8:30–17:15 (extended during the November campaign week).',
    hoursVerified: true,
    costJa: '相談は無料。ナビダイヤルの通話料がかかります(料金は未確認)',
    costEn: 'Consultation free; navi-dial call charges apply (rate unverified).',
    costVerified: false,
    url: 'https://www.moj.go.jp/JINKEN/jinken108.html',
    powersJa: 'みんなの人権110番と同じ(助言、人権侵犯事件の手続)。',
    powersEn: 'Same as the Human Rights Hotline (advice, infringement procedure).',
    sourceUrl: 'https://www.moj.go.jp/JINKEN/jinken108.html',
    sourceNote: 'MOJ official page (undated; mentions an FY2021 poster).',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['threat-or-violence', 'harassment', 'sexual-harm'],
    priority: 32,
  },
  {
    slug: 'police-sexual-crime-8103',
    nameJa: '性犯罪被害相談電話 #8103(ハートさん)',
    nameEn: 'Police sexual-crime victim line #8103',
    handlesJa:
      '性犯罪の被害を警察に相談したいとき。2023年7月13日からの撮影罪・提供罪(性的な姿をひそかに撮られた・広められた)も対象(長崎県警による)。',
    handlesEn:
      'Sexual-crime victims wanting to consult the police, incl. secret filming/distribution offences since 2023-07-13 (per Nagasaki police).',
    eligibleJa: 'だれでも。',
    eligibleEn: 'Anyone.',
    phone: '#8103',
    phoneNoteJa: 'かけた地域の都道府県警察の相談電話につながります。例: 長崎県警 0120-003682',
    phoneNoteEn: "Connects to the police line of the caller's prefecture. Example: Nagasaki 0120-003682.",
    phoneVerified: true,
    hoursJa: '24時間(2019年4月から全国で)',
    hoursEn: '24h nationwide since 2019-04.',
    hoursVerified: true,
    costJa: '#8103の通話料は未確認(無料ダイヤルを公表している県もあります)',
    costEn: 'Call charge for #8103 unverified (some prefectures publish free-dial numbers).',
    costVerified: false,
    url: 'https://www.npa.go.jp/hanzaihigai/whitepaper/w-2020/html/zenbun/part4/s4_1t10.html',
    powersJa: '警察による捜査。希望すれば女性の警察官が対応(長崎県警)。被害者の医療費などの支援(2017年の報道)。',
    powersEn: 'Police investigation; female officer on request (Nagasaki); medical-cost support for victims (2017 news).',
    sourceUrl: 'https://www.npa.go.jp/hanzaihigai/whitepaper/w-2020/html/zenbun/part4/s4_1t10.html',
    sourceNote: '2020 Crime Victims White Paper (introduced 2017-08; 24h from 2019-04); Nagasaki Prefectural Police page (undated).',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['sexual-harm'],
    priority: 34,
  },
  {
    slug: 'working-conditions-hotline',
    nameJa: '労働条件相談ほっとライン',
    nameEn: 'Working Conditions Consultation Hotline (MHLW-commissioned, evenings/weekends)',
    handlesJa: '賃金の未払いや残業など、労働条件の相談。法令や判例の説明と、窓口の紹介をします。',
    handlesEn: 'Labour-standards questions (unpaid wages, overtime): explanation of laws and precedents, referral to agencies.',
    eligibleJa: 'だれでも(労働者、事業主、家族)。匿名でも相談できます。',
    eligibleEn: 'Anyone (workers, employers, family); anonymous OK.',
    phone: '0120-811-610',
    phoneNoteJa: 'フリーダイヤル(携帯電話からも可)。2014年の厚労省発表で確認。現在の運用は未確認',
    phoneNoteEn: 'Free dial, mobiles OK. Read in a 2014 MHLW press release; current operation not re-verified.',
    phoneVerified: true,
    hoursJa: '月・火・木・金 17:00〜22:00、土日 10:00〜17:00(年末年始を除く)。2014年の発表と2017年の報道による時間で、現在の時間は未確認',
    hoursEn: 'Mon/Tue/Thu/Fri 17:00–22:00, Sat/Sun 10:00–17:00 (not 29 Dec–3 Jan), as announced 2014 and reported 2017; current hours unverified.',
    hoursVerified: false,
    costJa: '無料(フリーダイヤル)',
    costEn: 'Free (free dial).',
    costVerified: true,
    url: 'https://www.mhlw.go.jp/stf/houdou/0000054880.html',
    powersJa: '助言と窓口の紹介のみ(2017年の報道では、問題のある事案を本人の同意を得て労基署に伝えていました)。',
    powersEn: 'Advice and referral only (2017 report: problematic cases passed to inspection offices with consent).',
    sourceUrl: 'https://www.mhlw.go.jp/stf/houdou/0000054880.html',
    sourceNote:
      'MHLW press release dated 2014-08-20 (source link was http://; the https:// address is the one the entry gives as its URL); advance-news.co.jp report 2017-11. Current operation and hours not re-verified.',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['unpaid-pay', 'employee'],
    priority: 36,
  },
  {
    slug: 'houterasu',
    nameJa: '法テラス(日本司法支援センター)',
    nameEn: 'Houterasu — Japan Legal Support Center',
    handlesJa:
      '法制度や相談窓口の案内(無料)。収入・資産が一定以下の人には、無料の法律相談と弁護士費用の立替え(民事法律扶助)。内閣府はAV出演被害の相談先としても挙げています(2022年5月)。',
    handlesEn:
      'Free information on laws and the right counselling body; free legal consultation and advance of lawyer fees for people with low income/assets. Named by the Cabinet Office as a partner for AV-coercion victims (2022-05).',
    eligibleJa:
      '情報の案内はだれでも。無料の法律相談は収入・資産の基準あり(例: 単身で手取り月18万2,000円以下、東京23区・大阪市など一級地は20万200円以下、資産180万円以下)。外国人は日本に住所があり、適法に在留していること。',
    eligibleEn:
      'Anyone for information. Free consultation only if income/asset tests are met (e.g. single person take-home ≤ ¥182,000/month, ≤ ¥200,200 in 一級地 such as Tokyo 23 wards/Osaka city; assets ≤ ¥1.8m); foreigners need an address in Japan and lawful status.',
    phone: '0570-078374',
    phoneNoteJa: 'サポートダイヤル。多言語は 0570-078377(IP電話・プリペイド携帯からは 050-3754-5430)',
    phoneNoteEn: 'Support Dial. Multilingual 0570-078377 (from IP/prepaid mobiles: 050-3754-5430).',
    phoneVerified: true,
    hoursJa: 'サポートダイヤル: 平日9:00〜21:00、土曜9:00〜17:00。メールは24時間受付。多言語は平日9:00〜17:00',
    hoursEn: 'Support Dial: weekdays 9:00–21:00, Sat 9:00–17:00; mail form 24h; multilingual weekdays 9:00–17:00.',
    hoursVerified: true,
    costJa: '案内は無料(通話料は自己負担)。法律相談は条件を満たせば無料(1回30分、同じ問題で3回まで)',
    costEn: 'Information free, call charges paid by caller. Legal consultation free if eligible (30 min, up to 3 times per problem).',
    costVerified: true,
    url: 'https://www.houterasu.or.jp/',
    powersJa: '助言と窓口の紹介。民事法律扶助で弁護士がつけば、交渉や裁判もできます。電話の窓口は一般的な情報の案内で、法律相談ではありません。',
    powersEn:
      'Advice and referral; through legal aid a lawyer can be assigned (who can negotiate or sue). The helpline gives general information, not legal advice.',
    sourceUrl: 'https://www.houterasu.or.jp/k/nagare/flow_step2/index.html',
    sourceNote:
      'Houterasu pages (undated): flow_step2, taimen_soudan, soudan-tatekae/goriyounonagare (income table), nagare/faq, yasasiinihongo/tagengo, madoguchi_info/faq/faq_2.',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['legal-advice', 'cannot-quit', 'unpaid-pay', 'penalty-threat', 'any'],
    priority: 40,
  },
  {
    slug: 'bar-association-legal-consultation',
    nameJa: '弁護士会の法律相談センター(ひまわり相談ネット)',
    nameEn: 'Local Bar Association Legal Consultation Centres (Himawari online booking)',
    handlesJa:
      'あらゆる法律問題。依頼すれば、弁護士が交渉、内容証明の送付、裁判(未払いの報酬、違約金の請求への対応、削除・差止めなど)を行います。',
    handlesEn:
      'Any legal problem; a retained lawyer can negotiate, send 内容証明, or sue (unpaid fees, penalty claims, deletion/injunctions).',
    eligibleJa: 'だれでも。',
    eligibleEn: 'Anyone.',
    phone: null,
    phoneNoteJa: '各弁護士会の番号。統一ナビダイヤル「ひまわりお悩み110番」があります(2023年の記事)が、番号は未確認',
    phoneNoteEn: "Each bar association's own number. A unified navi-dial 'ひまわりお悩み110番' exists (2023 article); its number is unverified.",
    phoneVerified: false,
    hoursJa: 'ひまわり相談ネットのWeb予約は24時間。相談の時間はセンターごとに異なります(第三者の記事による)',
    hoursEn: 'Online booking 24h; consultation hours vary by centre (third-party articles).',
    hoursVerified: false,
    costJa: '基本は有料。「30分5,000円が多い」(2015年の記事・古い情報)。自治体や弁護士会の無料相談もあります',
    costEn: "Generally paid; '30 min ¥5,000 at many' (2015 article, old data). Some municipal/bar events are free.",
    costVerified: false,
    url: 'https://www.nichibenren.or.jp/',
    powersJa: '依頼すれば代理人として交渉・裁判ができます。ここに挙げた窓口で代理人になれるのは弁護士だけです(法テラスの援助による弁護士を含む)。',
    powersEn: 'Full legal representation if retained — the only route here that can act as your agent (apart from legal-aid lawyers via Houterasu).',
    sourceUrl: 'https://mixi.076.moe/view_news.pl?id=3642736&media_id=149',
    sourceNote:
      'Bengo4.com news 2015-10-01 (mirror copy); 2023-02-24 article (mirror) mentions ひまわりお悩み110番 without a number; brand-press.net (undated): about 300 centres. Fee data is old.',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: [
      'legal-advice',
      'cannot-quit',
      'unpaid-pay',
      'penalty-threat',
      'profile-not-removed',
      'personal-data',
      'id-documents',
      'any',
    ],
    priority: 42,
  },
  {
    slug: 'lighthouse',
    nameJa: 'NPO法人 人身取引被害者サポートセンター ライトハウス',
    nameEn: 'Lighthouse: Center for Human Trafficking Victims',
    handlesJa:
      '性的な搾取の相談。AV出演の強要、性産業で働かされている、事務所をやめたい、出回った動画の削除など。付き添い、安全な場所の手配、弁護士への依頼もします。',
    handlesEn:
      'Sexual exploitation incl. AV coercion, forced sex work, wanting to quit an agency, deletion of distributed videos; accompaniment, safe places, lawyer intervention.',
    eligibleJa: '国籍・性別・年齢を問いません。',
    eligibleEn: 'Any nationality, gender, age.',
    phone: '0120-879-871',
    phoneNoteJa:
      '未確認: 2017年ごろのニュース記事による(現在も使えるか未確認)。ほかにメール soudan@lhj.jp、LINE ID LH214。事務所 050-3496-7615(リーフレットのコピー)',
    phoneNoteEn:
      'Unverified: from an undated news article (~2017); may be out of date. Also mail soudan@lhj.jp, LINE ID LH214; office 050-3496-7615 (leaflet copy).',
    phoneVerified: false,
    hoursJa: null,
    hoursEn: null,
    hoursVerified: false,
    costJa: null,
    costEn: null,
    costVerified: false,
    url: 'http://lhj.jp/',
    powersJa: '民間の支援・権利擁護。法的な権限はありません。',
    powersEn: 'Private support/advocacy; no legal power.',
    sourceUrl: 'https://www.nikkansports.com/general/nikkan/news/1784708.html',
    sourceNote:
      'Nikkan Sports article (undated, figures up to 2016), read at its http:// address (the https:// form given here was not opened); fesco.or.jp award page (2018); leaflet copy (123deta.com) with the office number. Hours and cost not checked.',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['sexual-harm', 'cannot-quit'],
    priority: 44,
  },
  {
    slug: 'internet-hotline-center',
    nameJa: 'インターネット・ホットラインセンター(IHC)',
    nameEn: 'Internet Hotline Center Japan (NPA-operated)',
    handlesJa: '違法な情報(わいせつ画像、児童ポルノ、リベンジポルノなど)と一部の有害な情報の通報。',
    handlesEn: 'Reports of illegal content (obscene images, child pornography, revenge porn, etc.) and some harmful content.',
    eligibleJa: 'だれでも。匿名で通報できます。',
    eligibleEn: 'Anyone; anonymous reports possible.',
    phone: null,
    phoneNoteJa: '電話はありません。internethotline.jp から通報します',
    phoneNoteEn: 'No phone — web report at internethotline.jp.',
    phoneVerified: false,
    hoursJa: 'オンラインで受付',
    hoursEn: 'Online.',
    hoursVerified: true,
    costJa: '無料(参照資料に明記がなく未確認)',
    costEn: 'Free — not stated explicitly in the sources; unverified.',
    costVerified: false,
    url: 'https://www.internethotline.jp/',
    powersJa: '警察に情報を提供し、プロバイダやサイト管理者に削除(送信防止措置)を依頼します。相談は受け付けていません(「相談業務は行っておりません」)。',
    powersEn: 'Forwards to police and asks providers/site admins to remove content. Does not offer counselling.',
    sourceUrl: 'https://www.police.pref.tokushima.jp/19cyber/p45155/index.html',
    sourceNote: 'Tokushima and Fukuoka Prefectural Police pages (undated); Government PR Online article 2024-10 (anonymous reports).',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['sexual-harm'],
    priority: 46,
  },
  {
    slug: 'prefectural-labour-consultation',
    nameJa: '都道府県の労働相談窓口・労働委員会のあっせん(例: 東京都労働相談情報センター、広島県労働委員会)',
    nameEn: 'Prefectural labour consultation offices and Labour Relations Commission conciliation',
    handlesJa: '個別の労働トラブルの相談と、あっせん(話し合いの仲介)。',
    handlesEn: 'Individual labour disputes; conciliation.',
    eligibleJa: '労働者と使用者(広島県: 「労働者個人、使用者のいずれも申請できます」)。',
    eligibleEn: 'Workers and employers (Hiroshima: either an individual worker or an employer may apply).',
    phone: null,
    phoneNoteJa: '都道府県ごとに異なります',
    phoneNoteEn: 'Differs by prefecture.',
    phoneVerified: false,
    hoursJa: '都道府県ごとに異なります',
    hoursEn: 'Differs by prefecture.',
    hoursVerified: false,
    costJa: '広島県労働委員会のあっせんは無料。非公開で30日以内の解決を目指し、通常は1回4〜5時間、控室は別々(他の都道府県は未確認)',
    costEn:
      'Hiroshima Labour Relations Commission conciliation: free, non-public, aims to finish within 30 days, usually one 4–5 hour session, separate waiting rooms (other prefectures unverified).',
    costVerified: true,
    url: 'https://www.pref.hiroshima.lg.jp/site/roudouiinkai/qa.html',
    powersJa: 'あっせんのみ(任意で、強制力はありません)。',
    powersEn: 'Conciliation only (voluntary).',
    sourceUrl: 'https://www.pref.hiroshima.lg.jp/site/roudouiinkai/qa.html',
    sourceNote:
      'Hiroshima Labour Relations Commission Q&A, posted 2025-02-21, read via a Yahoo cache copy (www-pref-hiroshima-lg-jp.cache.yimg.jp); shinohara-law.com 2016 lists Tokyo/Kanagawa/Osaka/Fukuoka offices doing consultation through conciliation.',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['cannot-quit', 'unpaid-pay', 'employee'],
    priority: 50,
  },
  {
    slug: 'yorisoi-hotline',
    nameJa: 'よりそいホットライン(一般社団法人 社会的包摂サポートセンター)',
    nameEn: 'Yorisoi Hotline (national 24h free helpline, govt-subsidised)',
    handlesJa:
      '暮らしのあらゆる困りごと。女性のためのDV・性暴力の専門ライン、自殺予防、性的マイノリティ、外国語などの専門ラインがあります。折り返しの電話や面談、同行をすることもあります。',
    handlesEn:
      'Any life difficulty; dedicated lines incl. DV/sexual violence for women, suicide prevention, sexual minorities, foreign languages. Can call back, meet or accompany in some cases.',
    eligibleJa: 'だれでも。',
    eligibleEn: 'Anyone.',
    phone: '0120-279-338',
    phoneNoteJa: '岩手・宮城・福島からは 0120-279-226。音声案内でラインを選びます。用語解説(コトバンク)による情報で、公式ページでは未確認',
    phoneNoteEn: 'Iwate/Miyagi/Fukushima: 0120-279-226; choose the line from the menu. Unverified: from a glossary (kotobank), not an official page.',
    phoneVerified: false,
    hoursJa: '24時間・年中無休(外国語ラインは毎日10:00〜22:00。2014〜15年の情報)。第三者の情報による',
    hoursEn: '24h, year-round (foreign-language line daily 10:00–22:00 per 2014–15 info). Third-party sources.',
    hoursVerified: false,
    costJa: '無料(第三者の情報による)',
    costEn: 'Free (third-party sources).',
    costVerified: false,
    url: 'https://www.since2011.net/yorisoi/',
    powersJa: '話を聞く、情報の案内、窓口の紹介、同行。法的な権限はありません。',
    powersEn: 'Listening, information, referral, accompaniment; no legal power.',
    sourceUrl:
      'https://kotobank.jp/word/%E3%82%88%E3%82%8A%E3%81%9D%E3%81%84%E3%81%BB%E3%81%A4%E3%81%A8%E3%82%89%E3%81%84%E3%82%93-3193813',
    sourceNote:
      "Kyodo News glossary via kotobank (undated); hurights.or.jp 2015-01; tascalne.com lists the lines but gives DV相談+'s number for the DV line, so it is treated as unreliable.",
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['threat-or-violence', 'any'],
    priority: 52,
  },
  {
    slug: 'dv-soudan-plus',
    nameJa: 'DV相談+(プラス)(内閣府)',
    nameEn: 'DV Consultation Plus (Cabinet Office)',
    handlesJa:
      '配偶者や恋人(元を含む)からの暴力。加害者がパートナーの場合だけ関係します(例: パートナーがアカウントを管理・支配している)。',
    handlesEn:
      "Violence by a spouse or (ex-)partner — relevant only if the abuser is a partner (e.g. a partner runs or controls the performer's account).",
    eligibleJa: 'パートナーからの暴力を受けている人。メール・SNSは10言語に対応。',
    eligibleEn: 'Anyone experiencing partner violence; 10 languages via mail/SNS.',
    phone: '0120-279-889',
    phoneNoteJa: 'DV相談ナビ 0570-0-55210 からは最寄りの配偶者暴力相談支援センターにつながります',
    phoneNoteEn: 'Also DV相談ナビ 0570-0-55210 → nearest spousal-violence support centre.',
    phoneVerified: true,
    hoursJa: '電話24時間、メール24時間、SNSチャット12:00〜22:00',
    hoursEn: 'Phone 24h; mail 24h; SNS chat 12:00–22:00.',
    hoursVerified: true,
    costJa: '無料(フリーダイヤル)',
    costEn: 'Free dial.',
    costVerified: true,
    url: 'https://soudanplus.jp/',
    powersJa: '相談。面談・同行の支援、警察との連携、保護・緊急の宿泊につなげます(2020年の開始時の情報)。',
    powersEn: 'Counselling; can connect to face-to-face support, accompaniment, police, protection and emergency accommodation (2020 launch info).',
    sourceUrl: 'https://www.city.tamba.lg.jp/soshiki/jinkenkehatsusenta/gyomuannai/7/3042.html',
    sourceNote: 'Tamba City page updated 2024-03-19; Komei Shimbun 2020-04; Koka and Kashima City pages 2020.',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['threat-or-violence'],
    priority: 54,
  },
  {
    slug: 'futerasu',
    nameJa: '風テラス',
    nameEn: 'Fu-Terrace (free life/legal consultation for people working in the sex industry)',
    handlesJa: '借金、DV、税金、仕事をやめる、脅し、家族に知られるなどの生活・法律の相談。弁護士と社会福祉士が対応します。現在はSNSの相談窓口があります。',
    handlesEn: 'Debts, DV, taxes, quitting, threats, family exposure — lawyers and social workers; now an SNS consultation window.',
    eligibleJa: '性風俗で働く女性。ライブチャットの出演者が対象になるかは未確認。',
    eligibleEn: 'Women working in 性風俗; whether live-chat performers are covered is unverified.',
    phone: null,
    phoneNoteJa: '未確認: 電話番号は確認できていません(SNSでの相談)',
    phoneNoteEn: 'Unverified: no phone number found (SNS-based).',
    phoneVerified: false,
    hoursJa: null,
    hoursEn: null,
    hoursVerified: false,
    costJa: '無料(寄付で運営)',
    costEn: 'Free (donation-funded).',
    costVerified: true,
    url: null,
    powersJa: '助言と窓口の紹介(民間)。',
    powersEn: 'Advice and referral; private.',
    sourceUrl: 'https://community.camp-fire.jp/projects/view/95841',
    sourceNote: 'Crowdfunding page (undated); Mainichi Shimbun 2017-01-28, 2017-05-25, 2017-11-17. Official site not read.',
    lastCheckedOn: REFERENCE_FILES_DATE,
    situations: ['cannot-quit', 'threat-or-violence', 'legal-advice'],
    priority: 60,
  },
  {
    slug: 'consumer-hotline-188',
    nameJa: '消費者ホットライン188(いやや)/消費生活センター',
    nameEn: 'Consumer Hotline 188 / local Consumer Affairs Centres',
    handlesJa:
      '消費者のトラブルや詐欺。例: 副業や「チャット」の仕事で登録料・機材代・手続費用を払わされた。助言や事業者とのあっせんをします。職場の労働問題(不当な解雇など)は対象外です。',
    handlesEn:
      "Consumer contracts and scams, e.g. paying registration/equipment/'procedure' fees to a side-job or chat site. Advice and mediation with businesses. Not for workplace disputes (e.g. unfair dismissal).",
    eligibleJa:
      '消費者。業務委託で働く人(事業者)は対象外になる場合があります(チャットレディと事務所の争いの扱いは未確認)。主に「チャット副業」詐欺で払ったお金の相談に。',
    eligibleEn:
      "Consumers. A performer working as a business (業務委託) may fall outside consumer protection (how centres treat agency disputes is unverified); mainly for money paid to scam 'chat' side jobs.",
    phone: '188',
    phoneNoteJa: '郵便番号を入れると最寄りの消費生活センターにつながります。旧番号 0570-064-370 も使えます。一部のIP電話からはかけられません',
    phoneNoteEn: 'Enter a postal code to reach the nearest centre. Old number 0570-064-370 still usable; some IP phones cannot call.',
    phoneVerified: true,
    hoursJa:
      '平日9:00〜17:00など、土日祝10:00〜16:00など(地域で異なり、地元のセンターが休みの日は国民生活センターが対応)。12/29〜1/3は休み',
    hoursEn:
      'Weekdays 9:00–17:00 etc.; weekends/holidays 10:00–16:00 etc. (varies; the national centre covers when the local one is closed); closed 29 Dec–3 Jan.',
    hoursVerified: true,
    costJa: '相談は無料。案内のあと、つながってから通話料がかかります',
    costEn: 'Consultation free; call charges apply once connected (after the guidance announcement).',
    costVerified: true,
    url: 'https://www.gov-online.go.jp/useful/article/201807/1.html',
    powersJa: '助言と、事業者とのあっせん。強制力はありません。',
    powersEn: 'Advice and mediation with the business; no binding power.',
    sourceUrl: 'https://www.gov-online.go.jp/useful/article/201807/1.html',
    sourceNote:
      'Government PR Online article (URL dated 2018-07); Kanagawa Prefecture page posted 2020-11-09 (charges, mediation, old number); Sukumo City page (labour disputes out of scope); National Consumer Affairs Center FAQ 2021-11-19 on chat side-job fee scams.',
    lastCheckedOn: REFERENCE_FILES_DATE,
    // Its one row in the decision table (fees paid to a scam "chat" job) has no tag in the closed set.
    situations: [],
    priority: 70,
  },
];
