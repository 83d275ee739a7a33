/**
 * Is a site rule tested? A rule may say "gone" from its absence marker only when its recorded examples pass:
 * the claimed handle's page comes out visible and the unclaimed handle's page comes out as the rule promises
 * (gone when it has an absent side; at least not visible otherwise, or the rule marks everything present).
 * The examples are replayed through the same decision as a live check (no network); the selftest serves
 * them over HTTP on the fixture server as well.
 */
import { decidePage } from "./verdict";
import { fillTemplate, ruleSides, type RuleExample, type SiteRule } from "./rule";
import type { Verdict } from "./reasons";

export type RuleTrust = "tested" | "untested" | "failing";
export type ExampleExpectation = "visible" | "gone" | "not_visible";

export function expectations(rule: SiteRule): { claimed: ExampleExpectation; unclaimed: ExampleExpectation } {
  return { claimed: "visible", unclaimed: ruleSides(rule).absent ? "gone" : "not_visible" };
}

export function meetsExpectation(verdict: Verdict, expected: ExampleExpectation): boolean {
  return expected === "not_visible" ? verdict !== "visible" : verdict === expected;
}

/** The example's page judged as if the rule were trusted (this is what decides whether it is). */
export function replayExample(rule: SiteRule, example: RuleExample): Verdict {
  const url = rule.checkUrl ? fillTemplate(rule.checkUrl, example.handle) : `https://rule-example.invalid/${encodeURIComponent(example.handle)}`;
  return decidePage({
    status: example.status,
    headers: { "content-type": example.contentType ?? "text/html; charset=utf-8" },
    requestedUrl: url,
    finalUrl: url,
    html: example.body,
    handle: example.handle,
    rule,
    ruleTested: true,
    followRefresh: false,
  }).verdict;
}

const trustCache = new WeakMap<SiteRule, RuleTrust>();

export function ruleTrust(rule: SiteRule): RuleTrust {
  let trust = trustCache.get(rule);
  if (trust === undefined) {
    const examples = rule.examples;
    if (!examples) trust = "untested";
    else {
      const expected = expectations(rule);
      const ok =
        meetsExpectation(replayExample(rule, examples.claimed), expected.claimed) &&
        meetsExpectation(replayExample(rule, examples.unclaimed), expected.unclaimed);
      trust = ok ? "tested" : "failing";
    }
    trustCache.set(rule, trust);
  }
  return trust;
}
