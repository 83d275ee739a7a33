// The checker rules of the site catalogue, keyed by slug. Everything else about a site (name, address, domains,
// profile address pattern, withdrawal route, operator, partner sites), each fact with its source, lives in
// lib/sites/catalogue.json; `sites` below joins the two for the seed, the checker CLI and the selftest, so no
// fact is written twice. Sites without a rule (the Japanese sites: no reference file has one) use the baseline
// method and have no entry here.
//
// Sources: /work/shared/reference/cam-site-rules.json (per-site rules copied from WhatsMyName, Sherlock,
// Maigret, social-analyzer and user-scanner) and presence-detection.md.
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
// - domains and profile address templates: in lib/sites/catalogue.json (from the same references); a profile host
//   equal to one of the domains or a subdomain of one (ManyVids: {handle}.manyvids.com) belongs to the site.
// - ruleVerifiedOn: the snapshots (WMN @e62338e4, Sherlock @4e2a4f6b, Maigret @149acb17, social-analyzer
//   @2001575d) carry no date in the references. The only date the reference files carry for themselves is
//   their file date, 2026-11-25; it is used for every current rule, from one constant.
// - ruleStatus: 'verified' when a current (not historical-removed, not disabled) rule exists, else 'baseline'.
// - withdrawal routes and partner sites: lib/sites/catalogue.json (the reference files say nothing about them).
// - rule.examples: a claimed and an unclaimed handle with the page the site answers for each, from
//   site-rule-examples.ts (synthesised from the rule's markers). `checker selftest` runs them; a rule without
//   passing examples never says "gone" from its absence marker.

import { loadCatalogue } from "../../lib/sites/catalogue";
import type { CatalogueSite } from "../../lib/sites/schema";
import { ruleExamples, type RuleExamplesSeed } from "./site-rule-examples";

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

/** A catalogue site with its checker rule: what the seed, `checker selftest` and the checker CLI read. */
export type SiteSeed = {
  slug: string;
  name: string;
  nameEn: string;
  country: "JP" | "INTL";
  baseUrl: string | null;
  domains: string[];
  /** The catalogue's profile address template when it is made from the handle ({handle}); else null. */
  profileUrlPattern: string | null;
  rule: SiteRuleSeed | null;
  ruleSource: string | null;
  ruleVerifiedOn: string | null;
  ruleStatus: "verified" | "baseline";
  notesJa: string | null;
  notesEn: string | null;
};

/** What this file adds to a catalogue site: its rule (or, for a removed rule, only the notes). */
type SiteChecks = {
  slug: string;
  rule: SiteRuleSeed | null;
  /** Other hosts the profile address may be on (the rule's profileUrlPattern matches all of them). */
  profileHosts?: string[];
  ruleSource: string | null;
  ruleVerifiedOn: string | null;
  ruleStatus: "verified" | "baseline";
  notesJa: string | null;
  notesEn: string | null;
};

/** File date of /work/shared/reference/*; the snapshots themselves are undated (see top comment). */
export const RULES_REFERENCE_DATE = "2026-11-25";

const WMN = "WhatsMyName wmn-data.json @e62338e4";
const SHERLOCK = "Sherlock sherlock_project/resources/data.json @4e2a4f6b";
const MAIGRET = "Maigret maigret/resources/data.json @149acb17";
const SOCIAL_ANALYZER = "social-analyzer data/sites.json @2001575d";

const CLOUDFLARE_CHALLENGE = ["Just a moment", "challenges.cloudflare.com"];

// Maigret sends these for BongaCams and RoyalCams (Referer differs per site).
function maigretBrowserHeaders(referer: string): Record<string, string> {
  return {
    "User-Agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0",
    Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en-US,en;q=0.5",
    Referer: referer,
    "Upgrade-Insecure-Requests": "1",
    "Sec-Fetch-Dest": "document",
    "Sec-Fetch-Mode": "navigate",
    "Sec-Fetch-Site": "same-origin",
    "Sec-Fetch-User": "?1",
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
  const hostPart = templateHost.includes("{handle}")
    ? templateHost.split("{handle}").map(escapeRegExp).join("(?!www\\.)([^./?#]+)")
    : `(?:${(hosts ?? [templateHost]).map(escapeRegExp).join("|")})`;
  const path = templatePath.replace(/\/$/, "");
  const pathPart = path.split("{handle}").map(escapeRegExp).join("([^/?#]+)");
  return `^https?://${hostPart}${pathPart}/?(?:[?#].*)?$`;
}

const WMN_2023_REMOVAL_JA = "WhatsMyNameには2023-08-17のコミット862cf5dで削除されたルールがあるだけで、現在のルールはどの参照データにもありません。";
const WMN_2023_REMOVAL_EN = "WhatsMyName had a rule until commit 862cf5d (2023-08-17) removed it; no reference source has a current rule.";

function historicalSite(slug: string, extraNoteJa = "", extraNoteEn = ""): SiteChecks {
  return {
    slug,
    rule: null,
    ruleSource: null,
    ruleVerifiedOn: null,
    ruleStatus: "baseline",
    notesJa: WMN_2023_REMOVAL_JA + extraNoteJa,
    notesEn: WMN_2023_REMOVAL_EN + extraNoteEn,
  };
}

type CurrentSiteInput = Pick<SiteChecks, "slug" | "profileHosts" | "ruleSource" | "notesJa" | "notesEn"> & { rule: SiteRuleSeed };

function currentSite({ rule, ...site }: CurrentSiteInput): SiteChecks {
  const examples = ruleExamples[site.slug];
  return {
    ...site,
    rule: examples ? { ...rule, examples } : rule,
    ruleVerifiedOn: RULES_REFERENCE_DATE,
    ruleStatus: "verified",
  };
}

const checks: SiteChecks[] = [
  currentSite({
    slug: "livejasmin",
    rule: {
      checkUrl: "https://www.livejasmin.com/en/flash/get-performer-details/{handle}",
      presentCodes: [200],
      presentStrings: ['"success":true'],
      absentCodes: [200],
      absentStrings: ['"success":false'],
    },
    ruleSource: WMN,
    notesJa: '出演者情報APIで確認します。Maigretも同じAPIを使います(不在の文字列 ":[]")。MaigretのプロフィールURLは /en/girls/#!chat/{handle} の形です。',
    notesEn:
      'Checked through the performer-details API. Maigret uses the same API (absence string ":[]") and gives the profile URL as /en/girls/#!chat/{handle}.',
  }),
  currentSite({
    slug: "showup-tv",
    rule: {
      presentCodes: [200],
      presentStrings: ["O mnie"],
      absentCodes: [404],
      absentStrings: ["<title>Darmowe"],
      cookies: { accept_rules: "true" },
    },
    ruleSource: WMN,
    notesJa: "年齢確認を通すため、Cookie accept_rules=true を送ります。",
    notesEn: "Sends the cookie accept_rules=true to pass the age gate.",
  }),
  currentSite({
    slug: "stripchat",
    rule: {
      checkUrl: "https://stripchat.com/api/front/users/checkUsername?username={handle}",
      presentCodes: [400],
      presentStrings: ['"error":"This username already exists"'],
      absentCodes: [200],
      absentStrings: ["[]"],
    },
    ruleSource: WMN,
    notesJa:
      'このAPIはユーザー名が登録済みかを返すもので、プロフィールが公開されているかは分かりません。user-scannerはプロフィールページを見ます(404と "type":"notFound" で不在)。Maigretの stripchat.global は無効化されており、同じサイトかは参照データからは分かりません。',
    notesEn:
      'This API tells whether the username is registered, not whether the profile is publicly visible. user-scanner checks the profile page instead (404 with "type":"notFound" = absent). Maigret\'s stripchat.global entry is disabled; the references do not say whether it is the same site.',
  }),
  currentSite({
    slug: "bongacams",
    profileHosts: ["bongacams.com", "pt.bongacams.com"],
    rule: {
      checkUrl: "https://pt.bongacams.com/profile/{handle}",
      presentStrings: ["<title>Informação e página"],
      absentStrings: ["- BongaCams</title>"],
      headers: maigretBrowserHeaders("https://pt.bongacams.com/"),
    },
    ruleSource: MAIGRET,
    notesJa:
      "ポルトガル語版(pt.)のページの文字列で判定します。Sherlockは同じURLをステータスコードだけで判定します。WhatsMyNameのルール(Cloudflare保護あり)は2026-06-24のPR #1043で削除されました。",
    notesEn:
      "Judged on strings of the Portuguese (pt.) page. Sherlock checks the same URL by status code only. WhatsMyName's rule (marked Cloudflare-protected) was removed on 2026-06-24 (PR #1043). Maigret's urlMain reads \"sbongacams.com\", which no other source uses; not added as a domain.",
  }),
  currentSite({
    slug: "chaturbate",
    rule: {
      presentCodes: [200],
      absentCodes: [404],
      challengeStrings: CLOUDFLARE_CHALLENGE,
    },
    ruleSource: MAIGRET,
    notesJa:
      "注意: ステータスコードだけの判定です。user-scanner(PR #424)によると /{handle}/ は年齢確認ページにリダイレクトされ、存在しないプロフィールが 302 → 200 になり「表示中」と誤判定される例が知られています。WhatsMyNameは2026-08-11(PR #1057)にルールを削除しました。リダイレクト先を必ず確認します。",
    notesEn:
      'Caution: status code only. Per user-scanner (PR #424) /{handle}/ now redirects to an age gate, and a missing profile answering 302 then 200 is a known false "present". WhatsMyName removed its rule on 2026-08-11 (PR #1057). Judge where redirects land. Maigret marks protection ip_reputation and tls_fingerprint.',
  }),
  currentSite({
    slug: "pocketstars",
    rule: {
      absentStrings: ["Join Your Favorite Adult Stars"],
    },
    ruleSource: SHERLOCK,
    notesJa:
      '不在の文字列だけのルールです(その文字列がなければ表示中とみなす方式)。Maigretの同じルールは無効化されています。social-analyzerは "Last seen" を表示中の目印にしています。',
    notesEn: 'Absence string only (present unless it appears). Maigret\'s identical rule is disabled. social-analyzer uses "Last seen" as a presence marker.',
  }),
  currentSite({
    slug: "royalcams",
    profileHosts: ["royalcams.com", "pt.royalcams.com"],
    rule: {
      checkUrl: "https://pt.royalcams.com/profile/{handle}",
      presentStrings: ["<title>Informação e página"],
      absentStrings: ["- RoyalCams</title>"],
      headers: maigretBrowserHeaders("https://pt.royalcams.com/"),
    },
    ruleSource: MAIGRET,
    notesJa: "ポルトガル語版(pt.)のページの文字列で判定します。Sherlockは同じサイトをステータスコードだけで判定します。",
    notesEn: "Judged on strings of the Portuguese (pt.) page. Sherlock checks the site by status code only.",
  }),
  currentSite({
    slug: "amateur-tv",
    rule: {
      presentCodes: [200],
      absentCodes: [404],
      challengeStrings: CLOUDFLARE_CHALLENGE,
    },
    ruleSource: MAIGRET,
    notesJa: "ステータスコードだけの判定です。Maigretは tls_fingerprint の保護ありとしています。",
    notesEn: "Status code only. Maigret marks protection tls_fingerprint.",
  }),
  currentSite({
    slug: "camsoda",
    profileHosts: ["camsoda.com", "www.camsoda.com"],
    rule: {
      presentStrings: ["Public Chat Channel", "My Media"],
    },
    ruleSource: SOCIAL_ANALYZER,
    notesJa:
      "表示中の目印だけのルールです。user-scannerはユーザー名確認API(JSONの match が 1 なら登録済み)を使いますが、このルール形式では表せません。WhatsMyNameのルールは2023-08-17に削除されました。",
    notesEn:
      "Presence markers only. user-scanner uses a username-check API (/api/v1/user/check, JSON match == 1), which this rule format cannot express; it reports handles under 3 characters as taken. WhatsMyName's rule was removed on 2023-08-17.",
  }),
  currentSite({
    slug: "myfreecams",
    rule: {
      presentStrings: ["user-header", "profile-"],
    },
    ruleSource: SOCIAL_ANALYZER,
    notesJa: "表示中の目印だけのルールです。参照データにあるホストは share.myfreecams.com だけです。",
    notesEn: "Presence markers only. share.myfreecams.com is the only host the references give.",
  }),
  currentSite({
    slug: "manyvids",
    rule: {
      presentStrings: ["profile-page"],
    },
    ruleSource: SOCIAL_ANALYZER,
    notesJa:
      'プロフィールは {handle}.manyvids.com のサブドメインです。ユーザー名を含む目印 "/{username}" は使いません。WhatsMyNameの検索ページのルールは2023-08-17に削除されました。',
    notesEn:
      'Profiles live on {handle}.manyvids.com. The marker "/{username}" is dropped because it contains the username. WhatsMyName\'s search-page rule was removed on 2023-08-17.',
  }),
  currentSite({
    slug: "chaturbator-su",
    rule: {
      checkUrl: "https://chaturbator.su/{handle}?pagespeed=noscript",
      presentStrings: ["h5 text-uppercase", "<h2 class=", "h5", ">Посмотри видеочат других моделей.</div>", ">\t<h1 class="],
      absentStrings: ["error-details"],
    },
    ruleSource: MAIGRET,
    notesJa:
      'ロシア語のサイト(Maigretのタグ: erotic, ru, video)。Chaturbateとの関係は参照データからは分かりません。表示中の目印("h5" など)はとても一般的で、弱いルールです。',
    notesEn:
      'Russian-language site (Maigret tags: erotic, ru, video); the references do not say how it relates to Chaturbate. Its presence markers (e.g. "h5") are very generic: a weak rule. The check URL carries ?pagespeed=noscript, so no clean profile URL is given.',
  }),

  historicalSite("cams-com"),
  historicalSite("cherry-tv"),
  historicalSite("flirt4free"),
  historicalSite("imlive"),
  historicalSite(
    "wecamgirls",
    "(旧ルールは検索候補APIで、プロフィールURLは参照データにありません)",
    " (The old rule used a suggestion API; no profile URL is given.)",
  ),
  historicalSite(
    "xcams",
    "(旧ルールの確認URLは https://www.xcams.com/chatfs/{handle}/?btnFree=1 で、プロフィールURLそのものは参照データにありません)",
    " (The old check URL was https://www.xcams.com/chatfs/{handle}/?btnFree=1; no plain profile URL is given.)",
  ),
];

function handleTemplate(site: CatalogueSite): string | null {
  return site.profile.kind === "handle" ? site.profile.pattern : null;
}

/** A catalogue site joined with its checks. The rule's profileUrlPattern is built from the catalogue's template. */
function seedOf(site: CatalogueSite, entry: SiteChecks | undefined): SiteSeed {
  const template = handleTemplate(site);
  const { profileHosts, rule, ...checks } = entry ?? {
    rule: null,
    ruleSource: null,
    ruleVerifiedOn: null,
    ruleStatus: "baseline" as const,
    notesJa: null,
    notesEn: null,
  };
  const profileUrlPattern = rule && template ? profileUrlRegExpSource(template, profileHosts) : undefined;
  return {
    ...checks,
    slug: site.slug,
    name: site.name,
    nameEn: site.nameEn,
    country: site.country,
    baseUrl: site.home?.url ?? null,
    domains: site.domains.hosts,
    profileUrlPattern: template,
    rule: rule && profileUrlPattern ? { profileUrlPattern, ...rule } : rule,
  };
}

const catalogue = loadCatalogue();
const checksBySlug = new Map(checks.map((c) => [c.slug, c]));
const strays = checks.filter((c) => !catalogue.sites.some((s) => s.slug === c.slug)).map((c) => c.slug);
if (strays.length) throw new Error(`prisma/seed-data/sites.ts has checks for sites not in lib/sites/catalogue.json: ${strays.join(", ")}`);

export const sites: SiteSeed[] = catalogue.sites.map((site) => seedOf(site, checksBySlug.get(site.slug)));
