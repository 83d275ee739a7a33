/** runBatch: many checks with politeness, results yielded as they complete. */
import { runCheck, type CheckOptions, type CheckResult } from "./run-check";
import { PoliteScheduler } from "./politeness";
import { fillTemplate, type SiteRule } from "./rule";

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
    return "";
  }
}

/**
 * Check all targets; yields results in completion order. Targets are pulled lazily, with at most
 * a bounded number admitted ahead of the running ones.
 */
export async function* runBatch(targets: Iterable<BatchTarget> | AsyncIterable<BatchTarget>, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
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

  // Per-check options that do not depend on the target, built once.
  const base: CheckOptions = {
    ...options.checkOptions,
    url: "",
    allowPrivateNetwork: options.allowPrivateNetwork,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    signal: options.signal,
  };
  const extra = options.checkOptions;
  const checkFor = (target: BatchTarget): Promise<CheckResult> =>
    extra
      ? runCheck({ ...base, url: target.url, handle: target.handle, rule: target.rule })
      : // No extra options: a fixed-shape literal (cheaper than spreading base for every target).
        runCheck({
          url: target.url,
          handle: target.handle,
          rule: target.rule,
          allowPrivateNetwork: options.allowPrivateNetwork,
          timeoutMs: options.timeoutMs,
          maxBytes: options.maxBytes,
          signal: options.signal,
        });

  const deliver = (result: CheckResult, index: number, target: BatchTarget) => {
    const item = result as BatchResult;
    item.index = index;
    item.url = target.url;
    item.target = target;
    options.onResult?.(item);
    ready.push(item);
  };

  // Politeness off: no per-host state, so no scheduler either; a counter caps checks in flight and
  // admitted targets wait in a FIFO (bounded by maxPending).
  const direct = !scheduler.hostAware;
  let running = 0;
  const queuedTargets: BatchTarget[] = [];
  const queuedIndexes: number[] = [];
  let queueHead = 0;
  const launch = (target: BatchTarget, index: number) => {
    running++;
    checkFor(target).then(
      (result) => {
        try {
          deliver(result, index, target);
        } finally {
          settleDirect();
        }
      },
      (err: unknown) => {
        settleDirect();
        throw err;
      },
    );
  };
  const settleDirect = () => {
    running--;
    pending--;
    if (queueHead < queuedTargets.length) {
      const target = queuedTargets[queueHead];
      const index = queuedIndexes[queueHead];
      queueHead++;
      if (queueHead === queuedTargets.length) {
        queuedTargets.length = 0;
        queuedIndexes.length = 0;
        queueHead = 0;
      }
      launch(target, index);
    }
    notify();
  };

  const start = (target: BatchTarget, index: number) => {
    pending++;
    if (direct) {
      if (running < concurrency) launch(target, index);
      else {
        queuedTargets.push(target);
        queuedIndexes.push(index);
      }
      return;
    }
    void scheduler
      .run(hostOf(target), () => checkFor(target))
      .then((result) => deliver(result, index, target))
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
