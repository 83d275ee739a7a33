/** Verdicts and machine reason codes. The UI translates reason codes. */

export const VERDICTS = ['visible', 'gone', 'blocked', 'error'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const REASON_CODES = [
  // visible
  'presence_marker', // a site rule's present code + string agreed
  'handle_found', // baseline: the handle appears in the page text
  'status_ok', // baseline without handle or rule: normal 2xx page on the profile URL
  // gone (explicit signals only)
  'http_404',
  'http_410',
  'redirect_off_profile', // redirected to the top page, login, search...
  'absence_marker', // a site rule's absent code + string agreed
  'handle_missing', // a normal page from which the baseline handle has vanished
  // blocked (never counts as gone)
  'challenge_page', // Cloudflare / DDoS-Guard / Imperva / captcha / WAF page
  'age_gate',
  'http_401',
  'http_403',
  'http_429',
  'http_4xx', // another 4xx status (400, 405, 451, ...)
  'unexpected_status', // 1xx/3xx without Location, or anything else unusual
  'js_shell', // near-empty page text with scripts: rendered by JavaScript
  'no_expected_content', // none of the expected content (rule markers or handle)
  'rule_conflict', // both present and absent markers of a rule matched
  // error (never counts as gone)
  'http_5xx',
  'timeout',
  'dns',
  'tls',
  'connection',
  'too_many_redirects',
  'address_refused', // target resolves to a non-public address
  'bad_url', // not an absolute http(s) URL
  'bad_rule', // the site rule failed validation
  'unknown_error',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Which verdict each reason code belongs to. */
export const REASON_VERDICT: Record<ReasonCode, Verdict> = {
  presence_marker: 'visible',
  handle_found: 'visible',
  status_ok: 'visible',
  http_404: 'gone',
  http_410: 'gone',
  redirect_off_profile: 'gone',
  absence_marker: 'gone',
  handle_missing: 'gone',
  challenge_page: 'blocked',
  age_gate: 'blocked',
  http_401: 'blocked',
  http_403: 'blocked',
  http_429: 'blocked',
  http_4xx: 'blocked',
  unexpected_status: 'blocked',
  js_shell: 'blocked',
  no_expected_content: 'blocked',
  rule_conflict: 'blocked',
  http_5xx: 'error',
  timeout: 'error',
  dns: 'error',
  tls: 'error',
  connection: 'error',
  too_many_redirects: 'error',
  address_refused: 'error',
  bad_url: 'error',
  bad_rule: 'error',
  unknown_error: 'error',
};

export function isReasonCode(value: string): value is ReasonCode {
  return (REASON_CODES as readonly string[]).includes(value);
}
