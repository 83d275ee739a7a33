/**
 * Site rules as data, in the spirit of WhatsMyName (e_code/e_string, m_code/m_string).
 * A rule verdict needs code and string agreeing; both or neither matching is no verdict.
 */
import { z } from "zod";
import { firstMarker } from "./normalise";

const httpCode = z.number().int().min(100).max(599);

/**
 * A recorded page for a handle: what the site answers (status, content type, body). The selftest serves it
 * on the fixture server and runs the rule through the real checker; check time replays it through the
 * decision (rule-trust.ts). synthesised: true when the body was built from the rule's own markers rather
 * than recorded from the site.
 */
export const ruleExampleSchema = z
  .object({
    handle: z.string().min(1).max(200),
    status: httpCode,
    contentType: z.string().min(1).max(200).optional(),
    body: z.string().max(64_000),
    synthesised: z.boolean(),
    note: z.string().max(500).optional(),
  })
  .strict();

export type RuleExample = z.infer<typeof ruleExampleSchema>;

export const siteRuleSchema = z
  .object({
    /** URL template with {handle} or {account}; the handle is percent-encoded into it. */
    checkUrl: z
      .string()
      .regex(/\{(handle|account)\}/, "checkUrl must contain {handle} or {account}")
      .optional(),
    /** Regex source a profile URL matches (may contain {handle}); judges where redirects land. */
    profileUrlPattern: z
      .string()
      .refine((src) => {
        try {
          new RegExp(src.replace(/\{(handle|account)\}/g, "x"), "i");
          return true;
        } catch {
          return false;
        }
      }, "profileUrlPattern must be a valid regular expression")
      .optional(),
    presentCodes: z.array(httpCode).optional(),
    absentCodes: z.array(httpCode).optional(),
    presentStrings: z.array(z.string().min(1)).optional(),
    absentStrings: z.array(z.string().min(1)).optional(),
    headers: z.record(z.string(), z.string()).optional(),
    cookies: z.record(z.string(), z.string()).optional(),
    challengeStrings: z.array(z.string().min(1)).optional(),
    /** A handle the site has and one it does not. Without passing examples the rule never says gone. */
    examples: z.object({ claimed: ruleExampleSchema, unclaimed: ruleExampleSchema }).strict().optional(),
  })
  .strict();

export type SiteRule = z.infer<typeof siteRuleSchema>;

/** Parse and validate a rule (throws a ZodError with the reasons when invalid). */
export function parseSiteRule(input: unknown): SiteRule {
  return siteRuleSchema.parse(input);
}

export function fillTemplate(template: string, handle: string): string {
  return template.replace(/\{(handle|account)\}/g, () => encodeURIComponent(handle));
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Compile the profile URL pattern, substituting {handle}/{account} with the escaped handle (or a wildcard). */
export function profilePattern(rule: SiteRule, handle?: string): RegExp | null {
  if (!rule.profileUrlPattern) return null;
  const h = handle ? `(?:${escapeRegex(handle)}|${escapeRegex(encodeURIComponent(handle))})` : "[^/?#]+";
  return new RegExp(rule.profileUrlPattern.replace(/\{(handle|account)\}/g, h), "i");
}

/** Headers a rule adds (headers plus a Cookie header built from cookies). Forbidden names are dropped. */
const FORBIDDEN_HEADERS = new Set(["host", "content-length", "transfer-encoding", "connection", "upgrade", "te", "keep-alive", "expect"]);

export function ruleHeaders(rule: SiteRule | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!rule) return out;
  for (const [k, v] of Object.entries(rule.headers ?? {})) {
    const key = k.toLowerCase();
    if (!FORBIDDEN_HEADERS.has(key) && !/[\r\n]/.test(v)) out[key] = v;
  }
  const cookies = Object.entries(rule.cookies ?? {})
    .filter(([k, v]) => /^[!#$%&'*+\-.^_`|~0-9a-z]+$/i.test(k) && !/[;\r\n]/.test(v))
    .map(([k, v]) => `${k}=${v}`);
  if (cookies.length > 0) out.cookie = [out.cookie, ...cookies].filter(Boolean).join("; ");
  return out;
}

export type RuleOutcome =
  | { kind: "present"; marker: string | null }
  | { kind: "absent"; marker: string | null }
  | { kind: "conflict" }
  | { kind: "neither" }
  | { kind: "no_markers" };

function sideMatches(status: number, codes: number[] | undefined, strings: string[] | undefined, normHtml: string) {
  const hasCodes = !!codes && codes.length > 0;
  const hasStrings = !!strings && strings.length > 0;
  if (!hasCodes && !hasStrings) return { defined: false, match: false, marker: null as string | null };
  const codeOk = !hasCodes || codes.includes(status);
  const marker = hasStrings ? firstMarker(normHtml, strings) : null;
  const stringOk = !hasStrings || marker !== null;
  return { defined: true, match: codeOk && stringOk, marker };
}

/** Evaluate a rule's present/absent markers against a status and the normalised HTML. */
export function evaluateRule(rule: SiteRule, status: number, normHtml: string): RuleOutcome {
  const present = sideMatches(status, rule.presentCodes, rule.presentStrings, normHtml);
  const absent = sideMatches(status, rule.absentCodes, rule.absentStrings, normHtml);
  if (!present.defined && !absent.defined) return { kind: "no_markers" };
  if (present.match && absent.match) return { kind: "conflict" };
  if (present.match) return { kind: "present", marker: present.marker };
  if (absent.match) return { kind: "absent", marker: absent.marker };
  return { kind: "neither" };
}

/** Which sides of the rule define a signal (a code or a string). */
export function ruleSides(rule: SiteRule): { present: boolean; absent: boolean } {
  return {
    present: (rule.presentCodes?.length ?? 0) + (rule.presentStrings?.length ?? 0) > 0,
    absent: (rule.absentCodes?.length ?? 0) + (rule.absentStrings?.length ?? 0) > 0,
  };
}
