/** The pure decision: from a final HTTP response (status, headers, decoded HTML) to a verdict and reason. */
import { REASON_VERDICT, type ReasonCode, type Verdict } from './reasons';
import { evaluateRule, type RuleOutcome, type SiteRule } from './rule';
import { findHandle, firstMarker, normaliseForMatch, normaliseHandle } from './normalise';
import { extractText, extractTitle } from './html';
import {
  EMPTY_PAGE_MAX_TEXT,
  JS_SHELL_MAX_TEXT,
  challengeHeader,
  findAgeGateMarker,
  findCaptchaMarker,
  findChallengeMarker,
} from './markers';
import { isOffProfile } from './redirect-judge';

export interface PageInput {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** URL first requested (after template filling). */
  requestedUrl: string;
  finalUrl: string;
  html: string;
  handle?: string;
  rule?: SiteRule;
}

export interface PageDecision {
  verdict: Verdict;
  reason: ReasonCode;
  title: string | null;
  excerpt: string | null;
  handleFound: boolean | null;
}

const EXCERPT_LENGTH = 200;
/** Age-gate wording in a long page is usually a footer notice, not a gate. */
const AGE_GATE_MAX_TEXT = 2_000;

function isAgeGate(normHtml: string, normTitle: string, textLength: number): boolean {
  if (normTitle && findAgeGateMarker(normTitle)) return true;
  return textLength < AGE_GATE_MAX_TEXT && findAgeGateMarker(normHtml) !== null;
}

function makeExcerpt(text: string, normText: string, pos: number): string | null {
  if (!text) return null;
  if (pos < 0) return text.slice(0, EXCERPT_LENGTH);
  // Normalisation rarely changes lengths much; map the position proportionally.
  const approx = normText.length === text.length ? pos : Math.round((pos * text.length) / Math.max(1, normText.length));
  const start = Math.max(0, approx - EXCERPT_LENGTH / 2);
  return text.slice(start, start + EXCERPT_LENGTH);
}

/** NFKC + case-folded HTML, computed at most once and only when a step needs it. */
class LazyNormHtml {
  private value: string | undefined;
  constructor(private readonly html: string) {}
  get(): string {
    return (this.value ??= normaliseForMatch(this.html));
  }
}

export function decidePage(input: PageInput): PageDecision {
  const title = extractTitle(input.html);
  const { text } = extractText(input.html);
  const normText = normaliseForMatch(text);
  const normTitle = title ? normaliseForMatch(title) : '';

  const handle = input.handle?.trim() ? normaliseHandle(input.handle) : null;
  const textPos = handle ? findHandle(normText, handle) : -1;
  const handleFound: boolean | null = handle ? textPos >= 0 || findHandle(normTitle, handle) >= 0 : null;

  const reason = decideReason(input, text, normTitle, handle, handleFound);
  return {
    verdict: REASON_VERDICT[reason],
    reason,
    title,
    excerpt: makeExcerpt(text, normText, textPos),
    handleFound,
  };
}

function decideReason(
  input: PageInput,
  text: string,
  normTitle: string,
  handle: string | null,
  handleFound: boolean | null,
): ReasonCode {
  const { status, html, rule } = input;
  // NFKC of the whole page only when needed (rules, markers, markup search); lower-casing suffices for ASCII WAF markers.
  const normHtml = new LazyNormHtml(html);

  // 1. Blocks and server errors come first: blocked is never absent.
  if (challengeHeader(input.headers) || findChallengeMarker(html)) return 'challenge_page';
  if (rule?.challengeStrings && firstMarker(normHtml.get(), rule.challengeStrings)) return 'challenge_page';
  if (status === 429) return 'http_429';
  if (status === 401 || status === 407) return 'http_401';
  if (status === 403) return 'http_403';
  if (status >= 500) return 'http_5xx';

  // 2. A site rule: code and string must agree.
  const outcome = rule ? evaluateRule(rule, status, normHtml.get()) : NO_MARKERS;
  if (outcome.kind === 'present') return 'presence_marker';
  if (outcome.kind === 'absent') return 'absence_marker';

  // 3. Explicit HTTP absence.
  if (status === 404) return 'http_404';
  if (status === 410) return 'http_410';
  if (status >= 400) return 'http_4xx';
  if (status < 200 || status >= 300) return 'unexpected_status';

  // 4. A captcha widget without the expected content, or an age gate, is a block (also after a redirect).
  if (!handleFound && findCaptchaMarker(normHtml.get())) return 'challenge_page';
  if (!handleFound && isAgeGate(normHtml.get(), normTitle, text.length)) return 'age_gate';

  // 5. Redirected off the profile (top page, login, search).
  if (isOffProfile(input.requestedUrl, input.finalUrl, rule, input.handle?.trim())) return 'redirect_off_profile';

  // 6. Baseline: the handle on the page.
  if (handleFound) return 'handle_found';

  if (text.length < JS_SHELL_MAX_TEXT && /<script\b/i.test(html)) return 'js_shell';
  if (text.length < EMPTY_PAGE_MAX_TEXT) return 'no_expected_content';
  if (outcome.kind === 'conflict' && !handle) return 'rule_conflict';
  if (handle) {
    // Normal page, handle gone. If it still hides in markup (scripts, attributes), do not call it gone.
    return findHandle(normHtml.get(), handle) >= 0 ? 'no_expected_content' : 'handle_missing';
  }
  if (outcome.kind === 'neither' || outcome.kind === 'conflict') return 'no_expected_content';
  return 'status_ok';
}

const NO_MARKERS: RuleOutcome = { kind: 'no_markers' };
