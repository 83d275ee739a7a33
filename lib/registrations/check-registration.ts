// Runs the checker on one of her registrations and records the result.
import { runCheck, type CheckResult } from "../checker/run-check";
import { parseSiteRule, type SiteRule } from "../checker/rule";
import { privateNetworkChecksAllowed } from "../config/private-network";
import type { ResolveHost } from "../checker/safe-agent";
import { db } from "../db/client";
import { openRegistration } from "./crypto-fields";
import { recordCheck } from "./record-check";

/** Only the test suite turns this on (two variables, lib/config/private-network.ts), to check fixture sites on
 *  loopback; a real deployment never checks private addresses or ports other than 80 and 443. */
export function allowPrivateNetworkForChecks(): boolean {
  return privateNetworkChecksAllowed();
}

/**
 * Only the end-to-end tests set this: names are never looked up, so a check of a real site's address (a catalogue
 * pattern filled in from a handle) fails at once as a DNS error instead of sending anything off the machine.
 * Literal loopback addresses (the fixture sites) are not names and still work.
 */
function resolveHostForTests(): ResolveHost | undefined {
  if (process.env.TAIKAI_CHECKER_LOOPBACK_ONLY !== "1") return undefined;
  return async (hostname) => {
    throw Object.assign(new Error(`not looked up in tests: ${hostname}`), { code: "ENOTFOUND" });
  };
}

function ruleOf(ruleJson: string | null | undefined): SiteRule | undefined {
  if (!ruleJson) return undefined;
  try {
    return parseSiteRule(JSON.parse(ruleJson));
  } catch {
    // A broken catalogue rule must not stop checks: the baseline method still works.
    return undefined;
  }
}

export async function checkRegistration(
  userId: string,
  registrationId: string,
  options: { lease?: { workerId: string }; timeoutMs?: number } = {},
): Promise<CheckResult | null> {
  const registration = await db.registration.findFirst({
    where: { id: registrationId, userId },
    select: { id: true, handleEnc: true, profileUrlEnc: true, site: { select: { ruleJson: true } } },
  });
  if (!registration) return null;
  const handle = openRegistration.handle(registration.id, registration.handleEnc);
  const profileUrl = openRegistration.profileUrl(registration.id, registration.profileUrlEnc);
  const result = await runCheck({
    url: profileUrl,
    handle,
    rule: ruleOf(registration.site?.ruleJson),
    allowPrivateNetwork: allowPrivateNetworkForChecks(),
    resolveHost: resolveHostForTests(),
    timeoutMs: options.timeoutMs,
  });
  const recorded = await recordCheck(userId, registrationId, result, { profileUrl, lease: options.lease });
  return recorded ? result : null;
}
