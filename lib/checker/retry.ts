/** Retry-After parsing and the backoff helper. */

const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/** Parse a Retry-After header value (delta seconds or HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | string[] | undefined | null, now: number = Date.now()): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  const when = Date.parse(text);
  if (Number.isNaN(when)) return undefined;
  return Math.min(Math.max(0, when - now), MAX_RETRY_AFTER_MS);
}

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  /** Random source in [0, 1); injectable for tests. */
  random?: () => number;
}

/**
 * Delay before retry number `attempt` (0 = first retry): exponential backoff with
 * "equal jitter" (half fixed, half random), capped at maxMs. A Retry-After from the
 * server wins when given: the delay is never shorter than it (plus up to 10% jitter).
 */
export function nextRetryDelay(attempt: number, retryAfterMs?: number, options: BackoffOptions = {}): number {
  const baseMs = options.baseMs ?? 1_000;
  const maxMs = options.maxMs ?? 5 * 60_000;
  const random = options.random ?? Math.random;
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) {
    const jitter = Math.min(1_000, retryAfterMs * 0.1) * random();
    return Math.round(retryAfterMs + jitter);
  }
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.floor(attempt)));
  return Math.round(exp / 2 + (exp / 2) * random());
}
