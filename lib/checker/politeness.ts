/** Politeness: a global concurrency limit, a per-host concurrency limit and minimum spacing per host. */

export interface PolitenessOptions {
  /** Max checks in flight overall. Default 8. */
  concurrency?: number;
  /** Max checks in flight per host; 0 or Infinity = unlimited. Default 2. */
  perHost?: number;
  /** Minimum milliseconds between request starts to the same host; 0 = none. Default 1000. */
  spacingMs?: number;
}

interface HostState {
  active: number;
  /** When the last request to this host actually started. */
  lastStart: number;
  /** Starts to one host pass through this chain one at a time, so spacing is measured from real starts. */
  gate: Promise<void>;
  waiting: Array<() => void>;
}

class Semaphore {
  private active = 0;
  private readonly queue: Array<() => void> = [];
  constructor(private readonly limit: number) {}
  /** Returns undefined when a slot was free (no await needed), else a promise for the slot. */
  acquire(): Promise<void> | undefined {
    if (this.active < this.limit) {
      this.active++;
      return undefined;
    }
    return new Promise<void>((resolve) => this.queue.push(resolve));
  }
  release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.active--;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class PoliteScheduler {
  private readonly global: Semaphore;
  private readonly perHost: number;
  private readonly spacingMs: number;
  private readonly hosts = new Map<string, HostState>();

  constructor(options: PolitenessOptions = {}) {
    const concurrency = options.concurrency ?? 8;
    this.global = new Semaphore(Number.isFinite(concurrency) && concurrency > 0 ? Math.floor(concurrency) : Infinity);
    const perHost = options.perHost ?? 2;
    this.perHost = perHost > 0 && Number.isFinite(perHost) ? Math.floor(perHost) : Infinity;
    this.spacingMs = Math.max(0, options.spacingMs ?? 1_000);
  }

  /** True when per-host limits or spacing are on (callers may skip computing the host otherwise). */
  get hostAware(): boolean {
    return this.perHost !== Infinity || this.spacingMs > 0;
  }

  /** Run fn when a global slot and a slot for `host` are free and the host's spacing has passed. */
  async run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    if (!this.hostAware) return this.runGlobal(fn);
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, lastStart: 0, gate: Promise.resolve(), waiting: [] };
      this.hosts.set(host, state);
    }
    if (state.active >= this.perHost) {
      const s = state;
      await new Promise<void>((resolve) => s.waiting.push(resolve)); // the slot is handed over on release
    } else {
      state.active++;
    }
    try {
      if (this.spacingMs > 0) {
        // A late timer must not bring the next start closer: each start waits for the previous one to happen.
        const s = state;
        const turn = s.gate.then(async () => {
          const wait = s.lastStart + this.spacingMs - Date.now();
          if (wait > 0) await sleep(wait);
          s.lastStart = Date.now();
        });
        s.gate = turn;
        await turn;
      }
      // Host slot held; now a global slot (waiting for a host does not hold a global slot).
      return await this.runGlobal(fn);
    } finally {
      const next = state.waiting.shift();
      if (next) next();
      else {
        state.active--;
        if (state.active === 0 && state.lastStart + this.spacingMs <= Date.now()) this.hosts.delete(host);
      }
    }
  }

  private async runGlobal<T>(fn: () => Promise<T>): Promise<T> {
    const wait = this.global.acquire();
    if (wait) await wait;
    try {
      return await fn();
    } finally {
      this.global.release();
    }
  }
}
