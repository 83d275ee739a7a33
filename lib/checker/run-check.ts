/** runCheck: one profile check, never throws for network problems (they become verdicts). */
import crypto from "node:crypto";
import type { Dispatcher } from "undici";
import { allowAnyAddress, isPublicAddress, type AddressPolicy } from "./address-policy";
import { createSafeAgent, sharedAgent, type ResolveHost } from "./safe-agent";
import {
  CheckSignal,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  FetchFailure,
  safeFetch,
  type BodyState,
  type FetchedPage,
  type SafeFetchOptions,
} from "./safe-fetch";
import { decodeBody } from "./decode";
import { decidePage, type PageDecision } from "./verdict";
import { ruleTrust } from "./rule-trust";
import { reasonForError } from "./errors";
import { parseRetryAfter } from "./retry";
import { fillTemplate, ruleHeaders, siteRuleSchema, type SiteRule } from "./rule";
import { REASON_VERDICT, type ReasonCode, type Verdict } from "./reasons";

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface CheckOptions {
  /** Profile URL (used as is unless the rule has a checkUrl template and a handle is given). */
  url: string;
  /** Baseline handle expected on the page (any width / case). */
  handle?: string;
  rule?: SiteRule;
  /** Lift the public-address rule. Only for tests against local fixtures and the CLI flag. Default false. */
  allowPrivateNetwork?: boolean;
  /** Allow ports other than 80 and 443. Default: with allowPrivateNetwork, or a custom addressPolicy / resolveHost (tests). */
  allowAnyPort?: boolean;
  /** Overall time limit for the whole check including redirects and body. Default 15 s. */
  timeoutMs?: number;
  /** Body cap in bytes. Default 2 MB. */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  signal?: AbortSignal;
  /** Custom address policy (tests). Overrides allowPrivateNetwork. A private agent is made for the call. */
  addressPolicy?: AddressPolicy;
  /** Custom name resolution (tests). A private agent is made for the call. */
  resolveHost?: ResolveHost;
  /** Bring your own dispatcher (must be a safe agent from createSafeAgent). */
  dispatcher?: Dispatcher;
  /** Called before each hop is requested. */
  onHop?: (url: URL, hop: number) => void;
}

export interface CheckResult {
  verdict: Verdict;
  reason: ReasonCode;
  httpStatus: number | null;
  finalUrl: string | null;
  durationMs: number;
  bodySha256: string | null;
  /** ~200 characters of page text, around the handle if found, else from the start. */
  excerpt: string | null;
  title: string | null;
  handleFound: boolean | null;
  retryAfterMs?: number;
  /** Bytes of body read (at most maxBytes) and whether the body was cut at the cap. */
  bytesRead?: number;
  truncated?: boolean;
  /** How the body read ended (complete, truncated, partial, undecodable). */
  bodyState?: BodyState;
  /** HTTP redirects plus followed meta refreshes. */
  redirects?: number;
}

function failure(reason: ReasonCode, started: number, finalUrl: string | null, httpStatus: number | null = null): CheckResult {
  return {
    verdict: REASON_VERDICT[reason],
    reason,
    httpStatus,
    finalUrl,
    durationMs: Math.round(performance.now() - started),
    bodySha256: null,
    excerpt: null,
    title: null,
    handleFound: null,
  };
}

/** One-shot SHA-256 (crypto.hash, Node >= 20.12) without a Hash object per check; createHash otherwise. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: "hex") => string }).hash;
function sha256Hex(data: Uint8Array): string {
  return oneShotHash ? oneShotHash("sha256", data, "hex") : crypto.createHash("sha256").update(data).digest("hex");
}

function abortOnTimeout(signal: CheckSignal): void {
  signal.abort(new DOMException("Check timed out", "TimeoutError"));
}

/** Rules are validated once per object (batches reuse the same rule object for many targets). */
const validRules = new WeakMap<object, SiteRule>();

function validatedRule(input: unknown): SiteRule | undefined {
  if (input && typeof input === "object") {
    const cached = validRules.get(input);
    if (cached) return cached;
  }
  const parsed = siteRuleSchema.safeParse(input);
  if (!parsed.success) return undefined;
  if (input && typeof input === "object") validRules.set(input, parsed.data);
  return parsed.data;
}

function judge(
  page: FetchedPage,
  requestedUrl: string,
  handle: string | undefined,
  rule: SiteRule | undefined,
  ruleTested: boolean,
  viaRefresh: boolean,
): PageDecision {
  const contentType = page.headers["content-type"];
  const decoded = decodeBody(page.body, Array.isArray(contentType) ? contentType[0] : contentType);
  return decidePage({
    status: page.status,
    headers: page.headers,
    requestedUrl,
    finalUrl: page.finalUrl,
    html: decoded.text,
    handle,
    rule,
    ruleTested,
    bodyState: page.bodyState,
    bytes: page.body,
    charset: decoded.charset,
    viaRefresh,
  });
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let rule: SiteRule | undefined;
  if (options.rule !== undefined) {
    rule = validatedRule(options.rule);
    if (!rule) return failure("bad_rule", started, null);
  }
  const handle = options.handle?.trim() || undefined;
  const url = rule?.checkUrl && handle ? fillTemplate(rule.checkUrl, handle) : options.url;
  if (typeof url !== "string" || url.length === 0 || url.length > 4096) return failure("bad_url", started, null);

  const policy = options.addressPolicy ?? (options.allowPrivateNetwork ? allowAnyAddress : isPublicAddress);
  const custom = !options.dispatcher && (options.addressPolicy !== undefined || options.resolveHost !== undefined);
  const dispatcher =
    options.dispatcher ?? (custom ? createSafeAgent({ policy, resolve: options.resolveHost }) : sharedAgent(options.allowPrivateNetwork === true));

  // One deadline per check: a plain timer and a minimal EventEmitter-shaped signal (undici accepts one);
  // an AbortController + EventTarget per check costs more CPU than the rest of the request set-up.
  const signal = new CheckSignal();
  const timer = setTimeout(abortOnTimeout, timeoutMs, signal);
  const outer = options.signal;
  let onOuterAbort: (() => void) | undefined;
  if (outer) {
    if (outer.aborted) signal.abort(outer.reason);
    else {
      onOuterAbort = () => signal.abort(outer.reason);
      outer.addEventListener("abort", onOuterAbort, { once: true });
    }
  }
  const progress: { lastUrl: string | null } = { lastUrl: null };
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const fetchOptions: SafeFetchOptions = {
    url,
    dispatcher,
    policy,
    signal,
    siteHeaders: rule ? ruleHeaders(rule) : undefined,
    userAgent: options.userAgent,
    allowAnyPort: options.allowAnyPort ?? (options.allowPrivateNetwork === true || custom || options.addressPolicy !== undefined),
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs,
    onHop: options.onHop,
    progress,
    maxRedirects,
  };
  const ruleTested = rule ? ruleTrust(rule) === "tested" : false;
  try {
    let page = await safeFetch(fetchOptions);
    const requestedUrl = page.requestedUrl;
    let redirects = page.redirects;
    let decision = judge(page, requestedUrl, handle, rule, ruleTested, false);
    // A page that only forwards (meta refresh, script redirect) counts as one more redirect hop.
    while (decision.refreshTo) {
      if (redirects + 1 > maxRedirects) {
        return failure("too_many_redirects", started, decision.refreshTo, page.status);
      }
      page = await safeFetch({
        ...fetchOptions,
        url: decision.refreshTo,
        siteBase: requestedUrl,
        maxRedirects: maxRedirects - redirects - 1,
      });
      redirects += page.redirects + 1;
      decision = judge(page, requestedUrl, handle, rule, ruleTested, true);
    }
    clearTimeout(timer);
    const result: CheckResult = {
      verdict: decision.verdict,
      reason: decision.reason,
      httpStatus: page.status,
      finalUrl: page.finalUrl,
      durationMs: Math.round(performance.now() - started),
      bodySha256: sha256Hex(page.body),
      excerpt: decision.excerpt,
      title: decision.title,
      handleFound: decision.handleFound,
      bytesRead: page.bytesRead,
      truncated: page.bodyState === "truncated",
      bodyState: page.bodyState,
      redirects,
    };
    if (page.status === 429 || page.status === 503) {
      const retryAfterMs = parseRetryAfter(page.headers["retry-after"]);
      if (retryAfterMs !== undefined) result.retryAfterMs = retryAfterMs;
    }
    return result;
  } catch (err) {
    if (err instanceof FetchFailure) return failure(err.reason, started, err.finalUrl ?? progress.lastUrl, err.status);
    const timedOut = signal.aborted && !outer?.aborted;
    return failure(timedOut ? "timeout" : reasonForError(err), started, progress.lastUrl);
  } finally {
    clearTimeout(timer);
    if (onOuterAbort) outer?.removeEventListener("abort", onOuterAbort);
    if (custom) void (dispatcher as { close?: () => Promise<void> }).close?.();
  }
}
