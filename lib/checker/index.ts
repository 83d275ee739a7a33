/** Public API of the profile checker (pure library: no database, no Next.js). */
export { runCheck, DEFAULT_TIMEOUT_MS, type CheckOptions, type CheckResult } from './run-check';
export { runBatch, runBatchAll, type BatchOptions, type BatchResult, type BatchTarget } from './batch';
export { VERDICTS, REASON_CODES, REASON_VERDICT, isReasonCode, type Verdict, type ReasonCode } from './reasons';
export { siteRuleSchema, parseSiteRule, evaluateRule, fillTemplate, type SiteRule, type RuleOutcome } from './rule';
export { nextRetryDelay, parseRetryAfter, type BackoffOptions } from './retry';
export { classifyAddress, isPublicAddress, AddressRefusedError, type AddressPolicy } from './address-policy';
export { createSafeAgent, sharedAgent, closeSharedAgents, type SafeAgentOptions, type ResolveHost } from './safe-agent';
export { DEFAULT_USER_AGENT, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS } from './safe-fetch';
export { decodeBody } from './decode';
export { normaliseForMatch, normaliseHandle } from './normalise';
export { PoliteScheduler, type PolitenessOptions } from './politeness';
