/**
 * `checker check`: the one code path behind `npm run -s checker -- check ... --json`, shared by the command
 * line (scripts/checker-cli.ts) and the imitation-page table test, so the test judges exactly what she gets.
 */
import { runCheck, type CheckResult } from "./run-check";
import type { SiteRule } from "./rule";

export interface CheckCommandInput {
  url: string;
  handle?: string;
  rule?: SiteRule;
  timeoutMs: number;
  allowPrivateNetwork: boolean;
}

/** The fields `check --json` prints, in this order. */
export function briefResult(r: CheckResult) {
  return { verdict: r.verdict, reason: r.reason, httpStatus: r.httpStatus, finalUrl: r.finalUrl, durationMs: r.durationMs };
}

export async function checkCommand(input: CheckCommandInput): Promise<CheckResult> {
  return runCheck({
    url: input.url,
    handle: input.handle,
    rule: input.rule,
    timeoutMs: input.timeoutMs,
    allowPrivateNetwork: input.allowPrivateNetwork,
  });
}
