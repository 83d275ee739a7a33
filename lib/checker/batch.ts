/** runBatch: many checks with politeness, results yielded as they complete. */
import { runCheck, type CheckOptions, type CheckResult } from './run-check';
import { PoliteScheduler } from './politeness';
import { fillTemplate, type SiteRule } from './rule';

export interface BatchTarget {
  url: string;
  handle?: string;
  rule?: SiteRule;
}

export interface BatchOptions {
  /** Max checks in flight overall. Default 8. */
  concurrency?: number;
  /** Max checks in flight per host (0 = unlimited). Default 2. */
  perHost?: number;
  /** Minimum ms between request starts to one host (0 = none). Default 1000. */
  spacingMs?: number;
  /** Turn per-host limits and spacing off (benchmark). */
  politeness?: boolean;
  allowPrivateNetwork?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
  /** Extra per-check options (tests). */
  checkOptions?: Partial<CheckOptions>;
  /** Called with each result as it completes (in addition to the iterator). */
  onResult?: (result: BatchResult) => void;
}

export interface BatchResult extends CheckResult {
  index: number;
  url: string;
  target: BatchTarget;
}

function hostOf(target: BatchTarget): string {
  try {
    const url = target.rule?.checkUrl && target.handle ? fillTemplate(target.rule.checkUrl, target.handle) : target.url;
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Check all targets; yields results in completion order. Targets are pulled lazily, with at most
 * a bounded number admitted ahead of the running ones.
 */
export async function* runBatch(
  targets: Iterable<BatchTarget> | AsyncIterable<BatchTarget>,
  options: BatchOptions = {},
): AsyncGenerator<BatchResult> {
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const polite = options.politeness !== false;
  const scheduler = new PoliteScheduler({
    concurrency,
    perHost: polite ? (options.perHost ?? 2) : 0,
    spacingMs: polite ? (options.spacingMs ?? 1_000) : 0,
  });
  const maxPending = concurrency * 4;
  const ready: BatchResult[] = [];
  let wake: (() => void) | null = null;
  let pending = 0;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const waitForChange = () => new Promise<void>((resolve) => (wake = resolve));

  const start = (target: BatchTarget, index: number) => {
    pending++;
    void scheduler
      .run(scheduler.hostAware ? hostOf(target) : '', () =>
        runCheck({
          ...options.checkOptions,
          url: target.url,
          handle: target.handle,
          rule: target.rule,
          allowPrivateNetwork: options.allowPrivateNetwork,
          timeoutMs: options.timeoutMs,
          maxBytes: options.maxBytes,
          signal: options.signal,
        }),
      )
      .then((result) => {
        const item = Object.assign(result, { index, url: target.url, target }) as BatchResult;
        options.onResult?.(item);
        ready.push(item);
      })
      .finally(() => {
        pending--;
        notify();
      });
  };

  let index = 0;
  for await (const target of targets as AsyncIterable<BatchTarget>) {
    start(target, index++);
    while (pending >= maxPending) {
      while (ready.length > 0) yield ready.shift() as BatchResult;
      if (pending >= maxPending) await waitForChange();
    }
    while (ready.length > 0) yield ready.shift() as BatchResult;
  }
  while (pending > 0 || ready.length > 0) {
    while (ready.length > 0) yield ready.shift() as BatchResult;
    if (pending > 0) await waitForChange();
  }
}

/** Convenience: collect all results, in target order. */
export async function runBatchAll(targets: Iterable<BatchTarget>, options: BatchOptions = {}): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of runBatch(targets, options)) out.push(r);
  return out.sort((a, b) => a.index - b.index);
}
