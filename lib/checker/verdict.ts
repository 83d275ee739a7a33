/** The pure decision: from a final HTTP response (status, headers, decoded HTML) to a verdict and reason. */
import { REASON_VERDICT, type ReasonCode, type Verdict } from "./reasons";
import { evaluateRule, type RuleOutcome } from "./rule";
import { findHandle, firstMarker, normaliseForMatch, normaliseHandle } from "./normalise";
import { decodeEntities, extractText, extractTitle } from "./html";
import { EMPTY_PAGE_MAX_TEXT, JS_SHELL_MAX_TEXT, challengeHeader, findAgeGateMarker, findCaptchaMarker, findChallengeMarker } from "./markers";
import { isOffProfile, urlKey } from "./redirect-judge";
import { findHandleInCompactText, findHandleInMarkup } from "./handle-search";
import { findRefresh } from "./refresh";
import { guardGone, type PageFacts } from "./gone-guard";
import type { PageInput } from "./page-input";
import type { BodyState } from "./safe-fetch";

export interface PageDecision {
  verdict: Verdict;
  reason: ReasonCode;
  title: string | null;
  excerpt: string | null;
  handleFound: boolean | null;
  /** The page only forwards to this URL: the caller follows it and judges the landing page instead. */
  refreshTo: string | null;
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
  const normTitle = title ? normaliseForMatch(title) : "";

  const handle = input.handle?.trim() ? normaliseHandle(input.handle) : null;
  const textPos = handle ? findHandle(normText, handle) : -1;
  // The compact search (inline tags and invisible characters removed) runs only when the plain one fails.
  const handleFound: boolean | null = handle ? textPos >= 0 || findHandle(normTitle, handle) >= 0 || findHandleInCompactText(input.html, handle) : null;

  const facts: PageFacts = {
    input,
    text,
    normText,
    normTitle,
    handle,
    handleFound,
    outcome: NO_MARKERS,
    normHtml: new LazyNormHtml(input.html),
    selfRefresh: false,
  };
  const step = decideReason(facts);
  const reason = typeof step === "string" ? step : "no_expected_content";
  return {
    verdict: REASON_VERDICT[reason],
    reason,
    title,
    excerpt: makeExcerpt(text, normText, textPos),
    handleFound,
    refreshTo: typeof step === "string" ? null : step.follow,
  };
}

/** Too little text to judge: a JavaScript shell, an empty page, or a page that only reloads itself. */
function unreadable(facts: PageFacts): ReasonCode | null {
  const { text, input } = facts;
  if (text.length >= JS_SHELL_MAX_TEXT) return null;
  if (facts.selfRefresh) return "refresh_to_self";
  if (/<script\b/i.test(input.html)) return "js_shell";
  return text.length < EMPTY_PAGE_MAX_TEXT ? "no_expected_content" : null;
}

/** A landing page that could hide her moved profile: rendered by JavaScript, or with nothing on it at all. */
function unreadableLanding(facts: PageFacts): ReasonCode | null {
  const { text, input } = facts;
  if (text.length >= JS_SHELL_MAX_TEXT) return null;
  if (facts.selfRefresh) return "refresh_to_self";
  if (/<script\b/i.test(input.html)) return "js_shell";
  return text.length === 0 && !facts.normTitle ? "no_expected_content" : null;
}

/**
 * Does a forwarding page name her in its markup, besides in the target URL? With no handle given, the
 * profile URL's last segment stands in for it.
 */
function forwarderNamesHer(facts: PageFacts, rawTarget: string): boolean {
  const { handle, input } = facts;
  const probe = handle && input.handle ? handle : urlKey(input.requestedUrl);
  if (!probe) return false;
  return findHandleInMarkup(decodeEntities(input.html).split(rawTarget).join(" "), probe, input.handle ?? probe);
}

/** A body that broke off or could not be decoded says so, rather than "nothing to decide by". */
function withBodyState(reason: ReasonCode, state: BodyState | undefined): ReasonCode {
  if (reason !== "no_expected_content" && reason !== "js_shell") return reason;
  if (state === "partial") return "partial_read";
  if (state === "undecodable") return "undecodable_body";
  if (state === "truncated") return "truncated_body";
  return reason;
}

function decideReason(facts: PageFacts): ReasonCode | { follow: string } {
  const { input, text, normTitle, handle, handleFound } = facts;
  const { status, html, rule } = input;

  // 1. Blocks and server errors come first: blocked is never absent.
  if (challengeHeader(input.headers) || findChallengeMarker(html)) return "challenge_page";
  if (rule?.challengeStrings && firstMarker(facts.normHtml.get(), rule.challengeStrings)) return "challenge_page";
  if (status === 429) return "http_429";
  if (status === 401 || status === 407) return "http_401";
  if (status === 403) return "http_403";
  if (status >= 500) return "http_5xx";

  // 2. A site rule: code and string must agree. Its absence marker counts only when the rule is tested.
  const outcome = rule ? evaluateRule(rule, status, facts.normHtml.get()) : NO_MARKERS;
  facts.outcome = outcome;
  if (outcome.kind === "present") return "presence_marker";
  if (outcome.kind === "absent") return guardGone("absence_marker", facts);

  // 3. Explicit HTTP absence.
  if (status === 404) return guardGone("http_404", facts);
  if (status === 410) return guardGone("http_410", facts);
  if (status >= 400) return "http_4xx";
  if (status < 200 || status >= 300) return "unexpected_status";

  // 4. A captcha widget without the expected content, or an age gate, is a block (also after a redirect).
  if (!handleFound && findCaptchaMarker(facts.normHtml.get())) return "challenge_page";
  if (!handleFound && isAgeGate(facts.normHtml.get(), normTitle, text.length)) return "age_gate";

  // 5. A page that only forwards (Refresh header, meta refresh, trivial script redirect) is a redirect: follow
  // it. (A page showing her handle is only looked at when it is near-empty: a forwarder, not her profile.)
  if ((!handleFound || text.length < JS_SHELL_MAX_TEXT) && outcome.kind !== "conflict" && input.followRefresh !== false) {
    const header = input.headers.refresh;
    const refresh = findRefresh(html, text.length, input.finalUrl, Array.isArray(header) ? header[0] : header);
    if (refresh?.kind === "to") {
      const namesHer = handleFound || forwarderNamesHer(facts, refresh.raw);
      // Forwarding to her profile is followed in any case; away from it, only when the forwarder is not about her.
      if (!namesHer || !isOffProfile(input.requestedUrl, refresh.url, rule, input.handle?.trim())) return { follow: refresh.url };
      if (handleFound) return "redirect_shows_handle";
    }
    if (refresh?.kind === "self") facts.selfRefresh = true;
  }

  // 6. Redirected off the profile (top page, login, search). A landing page that JavaScript renders, or one with
  // nothing at all on it, could be her moved profile; a small static page (a bare top page) cannot.
  if (isOffProfile(input.requestedUrl, input.finalUrl, rule, input.handle?.trim())) {
    const blank = handleFound ? null : unreadableLanding(facts);
    if (blank) return withBodyState(blank, input.bodyState);
    return guardGone(input.viaRefresh ? "meta_refresh_off_profile" : "redirect_off_profile", facts);
  }

  // 7. Baseline: the handle on the page.
  if (handleFound) return "handle_found";

  const blank = unreadable(facts);
  if (blank) return withBodyState(blank, input.bodyState);
  if (outcome.kind === "conflict" && !handle) return "rule_conflict";
  if (handle && input.handle) {
    // Normal page, handle gone from the text. If it still hides in markup (og:title, JSON-LD), do not call it gone.
    if (findHandleInMarkup(html, handle, input.handle)) return "handle_in_markup_only";
    return guardGone("handle_missing", facts);
  }
  if (outcome.kind === "neither" || outcome.kind === "conflict") return "no_expected_content";
  return "status_ok";
}

const NO_MARKERS: RuleOutcome = { kind: "no_markers" };
