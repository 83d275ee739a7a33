// Site catalogue seed: Japanese live-chat sites and overseas cam sites.
//
// Sources: /work/shared/reference/cam-site-rules.json (per-site rules copied from WhatsMyName, Sherlock,
// Maigret, social-analyzer and user-scanner) and presence-detection.md. No reference file gives a rule, a
// domain, a withdrawal route or a partner site for any Japanese live-chat site: those entries are baseline
// with no URL. Only hostnames that appear in the reference files are used.
//
// Rule translation (source field → SiteRuleSeed field):
// - WhatsMyName: uri_check → checkUrl when it is an API and not the profile page ({account} → {handle});
//   uri_pretty (else uri_check) → SiteSeed.profileUrlPattern; e_code → presentCodes; e_string → presentStrings;
//   m_code → absentCodes; m_string → absentStrings; headers.Cookie → cookies (split on ';' and '='), other
//   headers → headers; protection[] → notes only. A verdict needs the code and the string together.
// - Sherlock: url → SiteSeed.profileUrlPattern ({} → {handle}); urlProbe → checkUrl;
//   errorType 'status_code' (2xx present, else absent) → presentCodes [200], absentCodes [404] — only 404 is
//   kept as "absent" because 403/429/5xx mean blocked, not gone (presence-detection.md);
//   errorType 'message' → errorMsg → absentStrings (present otherwise).
// - Maigret: url → SiteSeed.profileUrlPattern; urlProbe → checkUrl; checkType 'status_code' → as Sherlock;
//   checkType 'message' → presenseStrs → presentStrings, absenceStrs → absentStrings; headers → headers
//   (copied verbatim, including the browser User-Agent Maigret sends); errors{} keys → challengeStrings
//   (a match means blocked/unknown, never a verdict); entries with disabled: true are not current rules.
// - social-analyzer: url → SiteSeed.profileUrlPattern; detections {type 'normal', return 'true'} → presentStrings,
//   {return 'false'} → absentStrings (none occur). Markers that contain the username ('/{username}',
//   '@{username}') are dropped: WhatsMyName's guidance is never to use a marker containing the username.
// - user-scanner: Python code, not data (POST + CSRF token, JSON fields); no rule is taken from it, it is
//   cited in notes only.
// - presentStrings / absentStrings: any one listed string counts (Maigret's semantics). No codes listed means
//   the status code is not part of that signal.
// - rule.profileUrlPattern: a RegExp source (use with the 'i' flag) built from SiteSeed.profileUrlPattern over
//   the hosts the references give for that path; capture group 1 is the handle.
// - domains: hostnames as written in the references; a profile host equal to one of them or a subdomain of one
//   (ManyVids: {handle}.manyvids.com) belongs to the site.
// - ruleVerifiedOn: the snapshots (WMN @e62338e4, Sherlock @4e2a4f6b, Maigret @149acb17, social-analyzer
//   @2001575d) carry no date in the references. The only date the reference files carry for themselves is
//   their file date, 2026-11-25; it is used for every current rule, from one constant.
// - ruleStatus: 'verified' when a current (not historical-removed, not disabled) rule exists, else 'baseline'.
// - withdrawalRoute: the references say nothing about how to withdraw from any site → 'UNKNOWN' everywhere.
//   partnerSlugs: the references name no syndication partners → [] everywhere.
// - rule.examples: a claimed and an unclaimed handle with the page the site answers for each, from
//   site-rule-examples.ts (synthesised from the rule's markers). `checker selftest` runs them; a rule without
//   passing examples never says "gone" from its absence marker.

import { ruleExamples, type RuleExamplesSeed } from './site-rule-examples';

export type SiteRuleSeed = {
  checkUrl?: string;
  profileUrlPattern?: string;
  presentCodes?: number[];
  absentCodes?: number[];
  presentStrings?: string[];
  absentStrings?: string[];
  headers?: Record<string, string>;
  cookies?: Record<string, string>;
  challengeStrings?: string[];
  examples?: RuleExamplesSeed;
};

export type SiteSeed = {
  slug: string;
  name: string;
  nameEn: string;
  country: 'JP' | 'INTL';
  baseUrl: string | null;
  domains: string[];
  profileUrlPattern: string | null;
  rule: SiteRuleSeed | null;
  ruleSource: string | null;
  ruleVerifiedOn: string | null;
  ruleStatus: 'verified' | 'baseline';
  withdrawalRoute: 'VIA_AGENCY' | 'SELF_SERVICE' | 'OPERATOR_EMAIL' | 'UNKNOWN';
  partnerSlugs: string[];
  notesJa: string | null;
  notesEn: string | null;
};

/** File date of /work/shared/reference/*; the snapshots themselves are undated (see top comment). */
export const RULES_REFERENCE_DATE = '2026-11-25';

const WMN = 'WhatsMyName wmn-data.json @e62338e4';
const SHERLOCK = 'Sherlock sherlock_project/resources/data.json @4e2a4f6b';
const MAIGRET = 'Maigret maigret/resources/data.json @149acb17';
const SOCIAL_ANALYZER = 'social-analyzer data/sites.json @2001575d';

const CLOUDFLARE_CHALLENGE = ['Just a moment', 'challenges.cloudflare.com'];

// Maigret sends these for BongaCams and RoyalCams (Referer differs per site).
function maigretBrowserHeaders(referer: string): Record<string, string> {
  return {
    'User-Agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0',
    Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'Accept-Language': 'en-US,en;q=0.5',
    Referer: referer,
    'Upgrade-Insecure-Requests': '1',
    'Sec-Fetch-Dest': 'document',
    'Sec-Fetch-Mode': 'navigate',
    'Sec-Fetch-Site': 'same-origin',
    'Sec-Fetch-User': '?1',
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * RegExp source matching a profile URL built from `template` on any of `hosts` (defaults to the template's
 * host). Group 1 is the handle. Tolerates http, a trailing slash, a query and a fragment. A handle in the
 * host (ManyVids) never matches 'www', which is the site's own host.
 */
export function profileUrlRegExpSource(template: string, hosts?: string[]): string {
  const match = /^https?:\/\/([^/]+)(.*)$/.exec(template);
  if (!match) throw new Error(`not an absolute URL template: ${template}`);
  const [, templateHost, templatePath] = match;
  const hostPart = templateHost.includes('{handle}')
    ? templateHost.split('{handle}').map(escapeRegExp).join('(?!www\\.)([^./?#]+)')
    : `(?:${(hosts ?? [templateHost]).map(escapeRegExp).join('|')})`;
  const path = templatePath.replace(/\/$/, '');
  const pathPart = path.split('{handle}').map(escapeRegExp).join('([^/?#]+)');
  return `^https?://${hostPart}${pathPart}/?(?:[?#].*)?$`;
}

const JP_NO_URL_JA =
  '公式URLは未確認。ご自身のプロフィールURLからドメインを判断します。どの参照データにも検出ルールがないため、ベースライン方式(表示中に記録した内容が消えたか)で確認します。退会の手続き方法も未確認です。';
const JP_NO_URL_EN =
  'Official URL not confirmed; the domain is taken from your own profile URL. No reference source has a detection rule, so the baseline method is used (has what was recorded while the profile was visible disappeared?). How to withdraw is not confirmed either.';

function japaneseSite(slug: string, name: string, nameEn: string): SiteSeed {
  return {
    slug,
    name,
    nameEn,
    country: 'JP',
    baseUrl: null,
    domains: [],
    profileUrlPattern: null,
    rule: null,
    ruleSource: null,
    ruleVerifiedOn: null,
    ruleStatus: 'baseline',
    withdrawalRoute: 'UNKNOWN',
    partnerSlugs: [],
    notesJa: JP_NO_URL_JA,
    notesEn: JP_NO_URL_EN,
  };
}

const WMN_2023_REMOVAL_JA = 'WhatsMyNameには2023-08-17のコミット862cf5dで削除されたルールがあるだけで、現在のルールはどの参照データにもありません。';
const WMN_2023_REMOVAL_EN =
  'WhatsMyName had a rule until commit 862cf5d (2023-08-17) removed it; no reference source has a current rule.';

function historicalSite(
  slug: string,
  name: string,
  baseUrl: string,
  domain: string,
  profileUrlPattern: string | null,
  extraNoteJa = '',
  extraNoteEn = '',
): SiteSeed {
  return {
    slug,
    name,
    nameEn: name,
    country: 'INTL',
    baseUrl,
    domains: [domain],
    profileUrlPattern,
    rule: null,
    ruleSource: null,
    ruleVerifiedOn: null,
    ruleStatus: 'baseline',
    withdrawalRoute: 'UNKNOWN',
    partnerSlugs: [],
    notesJa: WMN_2023_REMOVAL_JA + extraNoteJa,
    notesEn: WMN_2023_REMOVAL_EN + extraNoteEn,
  };
}

type CurrentSiteInput = Omit<
  SiteSeed,
  'country' | 'ruleStatus' | 'ruleVerifiedOn' | 'withdrawalRoute' | 'partnerSlugs' | 'rule'
> & { rule: SiteRuleSeed; profileHosts?: string[] };

function currentSite({ profileHosts, rule, ...site }: CurrentSiteInput): SiteSeed {
  const profileUrlPattern = site.profileUrlPattern
    ? profileUrlRegExpSource(site.profileUrlPattern, profileHosts)
    : undefined;
  const examples = ruleExamples[site.slug];
  const withExamples = examples ? { ...rule, examples } : rule;
  return {
    ...site,
    country: 'INTL',
    rule: profileUrlPattern ? { profileUrlPattern, ...withExamples } : withExamples,
    ruleVerifiedOn: RULES_REFERENCE_DATE,
    ruleStatus: 'verified',
    withdrawalRoute: 'UNKNOWN',
    partnerSlugs: [],
  };
}

export const sites: SiteSeed[] = [
  japaneseSite('fanza-live-chat', 'FANZAライブチャット', 'FANZA Live Chat'),
  japaneseSite('angel-live', 'エンジェルライブ', 'Angel Live'),
  japaneseSite('live-chat-jewel', 'ライブチャットジュエル', 'Live Chat Jewel'),
  japaneseSite('dxlive', 'DXLIVE', 'DXLIVE'),
  japaneseSite('chatpia', 'チャットピア', 'Chatpia'),
  japaneseSite('madam-live', 'マダムライブ', 'Madam Live'),

  currentSite({
    slug: 'livejasmin',
    name: 'LiveJasmin',
    nameEn: 'LiveJasmin',
    baseUrl: 'https://www.livejasmin.com',
    domains: ['www.livejasmin.com'],
    profileUrlPattern: 'https://www.livejasmin.com/en/chat/{handle}',
    rule: {
      checkUrl: 'https://www.livejasmin.com/en/flash/get-performer-details/{handle}',
      presentCodes: [200],
      presentStrings: ['"success":true'],
      absentCodes: [200],
      absentStrings: ['"success":false'],
    },
    ruleSource: WMN,
    notesJa:
      '出演者情報APIで確認します。Maigretも同じAPIを使います(不在の文字列 ":[]")。MaigretのプロフィールURLは /en/girls/#!chat/{handle} の形です。',
    notesEn:
      'Checked through the performer-details API. Maigret uses the same API (absence string ":[]") and gives the profile URL as /en/girls/#!chat/{handle}.',
  }),
  currentSite({
    slug: 'showup-tv',
    name: 'Showup.tv',
    nameEn: 'Showup.tv',
    baseUrl: 'https://showup.tv',
    domains: ['showup.tv'],
    profileUrlPattern: 'https://showup.tv/profile/{handle}',
    rule: {
      presentCodes: [200],
      presentStrings: ['O mnie'],
      absentCodes: [404],
      absentStrings: ['<title>Darmowe'],
      cookies: { accept_rules: 'true' },
    },
    ruleSource: WMN,
    notesJa: '年齢確認を通すため、Cookie accept_rules=true を送ります。',
    notesEn: 'Sends the cookie accept_rules=true to pass the age gate.',
  }),
  currentSite({
    slug: 'stripchat',
    name: 'Stripchat',
    nameEn: 'Stripchat',
    baseUrl: 'https://stripchat.com',
    domains: ['stripchat.com'],
    profileUrlPattern: 'https://stripchat.com/{handle}',
    rule: {
      checkUrl: 'https://stripchat.com/api/front/users/checkUsername?username={handle}',
      presentCodes: [400],
      presentStrings: ['"error":"This username already exists"'],
      absentCodes: [200],
      absentStrings: ['[]'],
    },
    ruleSource: WMN,
    notesJa:
      'このAPIはユーザー名が登録済みかを返すもので、プロフィールが公開されているかは分かりません。user-scannerはプロフィールページを見ます(404と "type":"notFound" で不在)。Maigretの stripchat.global は無効化されており、同じサイトかは参照データからは分かりません。',
    notesEn:
      'This API tells whether the username is registered, not whether the profile is publicly visible. user-scanner checks the profile page instead (404 with "type":"notFound" = absent). Maigret\'s stripchat.global entry is disabled; the references do not say whether it is the same site.',
  }),
  currentSite({
    slug: 'bongacams',
    name: 'BongaCams',
    nameEn: 'BongaCams',
    baseUrl: 'https://bongacams.com',
    domains: ['bongacams.com', 'pt.bongacams.com'],
    profileUrlPattern: 'https://bongacams.com/profile/{handle}',
    profileHosts: ['bongacams.com', 'pt.bongacams.com'],
    rule: {
      checkUrl: 'https://pt.bongacams.com/profile/{handle}',
      presentStrings: ['<title>Informação e página'],
      absentStrings: ['- BongaCams</title>'],
      headers: maigretBrowserHeaders('https://pt.bongacams.com/'),
    },
    ruleSource: MAIGRET,
    notesJa:
      'ポルトガル語版(pt.)のページの文字列で判定します。Sherlockは同じURLをステータスコードだけで判定します。WhatsMyNameのルール(Cloudflare保護あり)は2026-06-24のPR #1043で削除されました。',
    notesEn:
      'Judged on strings of the Portuguese (pt.) page. Sherlock checks the same URL by status code only. WhatsMyName\'s rule (marked Cloudflare-protected) was removed on 2026-06-24 (PR #1043). Maigret\'s urlMain reads "sbongacams.com", which no other source uses; not added as a domain.',
  }),
  currentSite({
    slug: 'chaturbate',
    name: 'Chaturbate',
    nameEn: 'Chaturbate',
    baseUrl: 'https://chaturbate.com',
    domains: ['chaturbate.com'],
    profileUrlPattern: 'https://chaturbate.com/{handle}/',
    rule: {
      presentCodes: [200],
      absentCodes: [404],
      challengeStrings: CLOUDFLARE_CHALLENGE,
    },
    ruleSource: MAIGRET,
    notesJa:
      '注意: ステータスコードだけの判定です。user-scanner(PR #424)によると /{handle}/ は年齢確認ページにリダイレクトされ、存在しないプロフィールが 302 → 200 になり「表示中」と誤判定される例が知られています。WhatsMyNameは2026-08-11(PR #1057)にルールを削除しました。リダイレクト先を必ず確認します。',
    notesEn:
      'Caution: status code only. Per user-scanner (PR #424) /{handle}/ now redirects to an age gate, and a missing profile answering 302 then 200 is a known false "present". WhatsMyName removed its rule on 2026-08-11 (PR #1057). Judge where redirects land. Maigret marks protection ip_reputation and tls_fingerprint.',
  }),
  currentSite({
    slug: 'pocketstars',
    name: 'PocketStars',
    nameEn: 'PocketStars',
    baseUrl: 'https://pocketstars.com',
    domains: ['pocketstars.com'],
    profileUrlPattern: 'https://pocketstars.com/{handle}',
    rule: {
      absentStrings: ['Join Your Favorite Adult Stars'],
    },
    ruleSource: SHERLOCK,
    notesJa:
      '不在の文字列だけのルールです(その文字列がなければ表示中とみなす方式)。Maigretの同じルールは無効化されています。social-analyzerは "Last seen" を表示中の目印にしています。',
    notesEn:
      'Absence string only (present unless it appears). Maigret\'s identical rule is disabled. social-analyzer uses "Last seen" as a presence marker.',
  }),
  currentSite({
    slug: 'royalcams',
    name: 'RoyalCams',
    nameEn: 'RoyalCams',
    baseUrl: 'https://royalcams.com',
    domains: ['royalcams.com', 'pt.royalcams.com'],
    profileUrlPattern: 'https://royalcams.com/profile/{handle}',
    profileHosts: ['royalcams.com', 'pt.royalcams.com'],
    rule: {
      checkUrl: 'https://pt.royalcams.com/profile/{handle}',
      presentStrings: ['<title>Informação e página'],
      absentStrings: ['- RoyalCams</title>'],
      headers: maigretBrowserHeaders('https://pt.royalcams.com/'),
    },
    ruleSource: MAIGRET,
    notesJa: 'ポルトガル語版(pt.)のページの文字列で判定します。Sherlockは同じサイトをステータスコードだけで判定します。',
    notesEn: 'Judged on strings of the Portuguese (pt.) page. Sherlock checks the site by status code only.',
  }),
  currentSite({
    slug: 'amateur-tv',
    name: 'Amateur.tv',
    nameEn: 'Amateur.tv',
    baseUrl: 'https://amateur.tv',
    domains: ['amateur.tv'],
    profileUrlPattern: 'https://amateur.tv/{handle}',
    rule: {
      presentCodes: [200],
      absentCodes: [404],
      challengeStrings: CLOUDFLARE_CHALLENGE,
    },
    ruleSource: MAIGRET,
    notesJa: 'ステータスコードだけの判定です。Maigretは tls_fingerprint の保護ありとしています。',
    notesEn: 'Status code only. Maigret marks protection tls_fingerprint.',
  }),
  currentSite({
    slug: 'camsoda',
    name: 'CamSoda',
    nameEn: 'CamSoda',
    baseUrl: 'https://www.camsoda.com',
    domains: ['camsoda.com', 'www.camsoda.com'],
    profileUrlPattern: 'https://www.camsoda.com/{handle}',
    profileHosts: ['camsoda.com', 'www.camsoda.com'],
    rule: {
      presentStrings: ['Public Chat Channel', 'My Media'],
    },
    ruleSource: SOCIAL_ANALYZER,
    notesJa:
      '表示中の目印だけのルールです。user-scannerはユーザー名確認API(JSONの match が 1 なら登録済み)を使いますが、このルール形式では表せません。WhatsMyNameのルールは2023-08-17に削除されました。',
    notesEn:
      'Presence markers only. user-scanner uses a username-check API (/api/v1/user/check, JSON match == 1), which this rule format cannot express; it reports handles under 3 characters as taken. WhatsMyName\'s rule was removed on 2023-08-17.',
  }),
  currentSite({
    slug: 'myfreecams',
    name: 'MyFreeCams',
    nameEn: 'MyFreeCams',
    baseUrl: 'https://share.myfreecams.com',
    domains: ['share.myfreecams.com'],
    profileUrlPattern: 'https://share.myfreecams.com/{handle}',
    rule: {
      presentStrings: ['user-header', 'profile-'],
    },
    ruleSource: SOCIAL_ANALYZER,
    notesJa: '表示中の目印だけのルールです。参照データにあるホストは share.myfreecams.com だけです。',
    notesEn: 'Presence markers only. share.myfreecams.com is the only host the references give.',
  }),
  currentSite({
    slug: 'manyvids',
    name: 'ManyVids',
    nameEn: 'ManyVids',
    baseUrl: 'https://www.manyvids.com',
    domains: ['manyvids.com', 'www.manyvids.com'],
    profileUrlPattern: 'https://{handle}.manyvids.com',
    rule: {
      presentStrings: ['profile-page'],
    },
    ruleSource: SOCIAL_ANALYZER,
    notesJa:
      'プロフィールは {handle}.manyvids.com のサブドメインです。ユーザー名を含む目印 "/{username}" は使いません。WhatsMyNameの検索ページのルールは2023-08-17に削除されました。',
    notesEn:
      'Profiles live on {handle}.manyvids.com. The marker "/{username}" is dropped because it contains the username. WhatsMyName\'s search-page rule was removed on 2023-08-17.',
  }),
  currentSite({
    slug: 'chaturbator-su',
    name: 'chaturbator.su',
    nameEn: 'chaturbator.su',
    baseUrl: 'https://chaturbator.su',
    domains: ['chaturbator.su'],
    profileUrlPattern: null,
    rule: {
      checkUrl: 'https://chaturbator.su/{handle}?pagespeed=noscript',
      presentStrings: ['h5 text-uppercase', '<h2 class=', 'h5', '>Посмотри видеочат других моделей.</div>', '>\t<h1 class='],
      absentStrings: ['error-details'],
    },
    ruleSource: MAIGRET,
    notesJa:
      'ロシア語のサイト(Maigretのタグ: erotic, ru, video)。Chaturbateとの関係は参照データからは分かりません。表示中の目印("h5" など)はとても一般的で、弱いルールです。',
    notesEn:
      'Russian-language site (Maigret tags: erotic, ru, video); the references do not say how it relates to Chaturbate. Its presence markers (e.g. "h5") are very generic: a weak rule. The check URL carries ?pagespeed=noscript, so no clean profile URL is given.',
  }),

  historicalSite('cams-com', 'Cams.com', 'https://cams.com', 'cams.com', 'https://cams.com/{handle}'),
  historicalSite('cherry-tv', 'CHERRY.TV', 'https://cherry.tv', 'cherry.tv', 'https://cherry.tv/{handle}'),
  historicalSite(
    'flirt4free',
    'Flirt4Free',
    'https://www.flirt4free.com',
    'www.flirt4free.com',
    'https://www.flirt4free.com/models/bios/{handle}/about.php',
  ),
  historicalSite(
    'imlive',
    'ImLive',
    'https://imlive.com',
    'imlive.com',
    'https://imlive.com/live-sex-chat/cam-girls/sexcamvideos-{handle}/',
  ),
  historicalSite(
    'wecamgirls',
    'WECAMGIRLS',
    'https://www.wecamgirls.com',
    'www.wecamgirls.com',
    null,
    '(旧ルールは検索候補APIで、プロフィールURLは参照データにありません)',
    ' (The old rule used a suggestion API; no profile URL is given.)',
  ),
  historicalSite(
    'xcams',
    'xcams',
    'https://www.xcams.com',
    'www.xcams.com',
    null,
    '(旧ルールの確認URLは https://www.xcams.com/chatfs/{handle}/?btnFree=1 で、プロフィールURLそのものは参照データにありません)',
    ' (The old check URL was https://www.xcams.com/chatfs/{handle}/?btnFree=1; no plain profile URL is given.)',
  ),
];
