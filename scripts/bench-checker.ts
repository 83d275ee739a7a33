/**
 * Benchmark: 2,000 profile checks through the Taikai checker (concurrency 32, politeness off,
 * private network allowed for the loopback fixture) vs the same 2,000 GETs with a plain undici
 * request loop (concurrency 32), both against the same loopback fixture server.
 *
 * The fixture server runs in a child process by default (like a real external site), so the CPU
 * figures are the client's own and both loops hit the same server; BENCH_INPROCESS=1 runs it in
 * this process instead (then CPU includes serving the page). Both loops are warmed up, then measured
 * in alternating rounds (the machine may be shared; the median round is reported). Prints checks/s,
 * CPU per check, peak RSS and the ratio. Never fails on time.
 * Env: BENCH_N (default 2000), BENCH_ROUNDS (default 9), BENCH_WARMUP (default 5 passes of BENCH_N each; the JIT and GC heap sizing take several thousand checks to settle), BENCH_INPROCESS.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { Agent, request } from "undici";
import { startFixtureServer } from "../lib/checker/fixture-server";
import { runBatch, type BatchTarget } from "../lib/checker/batch";
import { closeSharedAgents } from "../lib/checker/safe-agent";

const N = Math.max(1, Number(process.env.BENCH_N ?? 2000) || 2000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 9) || 9);
const WARMUP = Math.max(0, Number(process.env.BENCH_WARMUP ?? 5) || 0);
const IN_PROCESS = process.env.BENCH_INPROCESS === "1";
const CONCURRENCY = 32;
const SERVE_FLAG = "--serve-fixture";

interface Phase {
  seconds: number;
  perSecond: number;
  cpuUsPerCheck: number;
  /** Server CPU per request (child process only). */
  serverCpuUsPerCheck: number | null;
  peakRssMb: number;
}

interface Fixture {
  url: string;
  /** Server CPU time used so far in µs, or null when it runs in this process. */
  cpuMicros(): Promise<number | null>;
  close(): Promise<void>;
}

/** Child mode: serve the fixture, print its URL, answer "cpu" with the CPU used, exit when stdin closes. */
async function serveFixture(): Promise<void> {
  const server = await startFixtureServer();
  process.stdout.write(`url ${server.url}\n`);
  const lines = createInterface({ input: process.stdin });
  lines.on("line", (line) => {
    if (line.trim() === "cpu") {
      const cpu = process.cpuUsage();
      process.stdout.write(`cpu ${cpu.user + cpu.system}\n`);
    }
  });
  lines.on("close", () => {
    void server.close().then(() => process.exit(0));
  });
}

async function startChildFixture(): Promise<Fixture> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), SERVE_FLAG], { stdio: ["pipe", "pipe", "inherit"] });
  const killChild = () => child.kill();
  process.once("exit", killChild);
  const lines = createInterface({ input: child.stdout });
  const waiters: Array<(line: string) => void> = [];
  lines.on("line", (line) => waiters.shift()?.(line));
  let exited = false;
  child.once("exit", () => {
    exited = true;
    for (const w of waiters.splice(0)) w(""); // a dead child answers nothing: never hang the benchmark
  });
  const next = () => new Promise<string>((resolve) => (exited ? resolve("") : waiters.push(resolve)));
  const first = await Promise.race([
    next(),
    new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`fixture child exited (${code})`)))),
  ]);
  if (!first.startsWith("url ")) throw new Error(`unexpected fixture output: ${first}`);
  return {
    url: first.slice(4),
    cpuMicros: async () => {
      if (exited) return null;
      const reply = next();
      child.stdin.write("cpu\n");
      const line = await reply;
      return line.startsWith("cpu ") ? Number(line.slice(4)) : null;
    },
    close: async () => {
      if (!exited) {
        const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        child.stdin.end();
        await done;
      }
      process.off("exit", killChild);
    },
  };
}

async function startLocalFixture(): Promise<Fixture> {
  const server = await startFixtureServer();
  return { url: server.url, cpuMicros: async () => null, close: () => server.close() };
}

async function measure(fixture: Fixture, fn: () => Promise<void>): Promise<Phase> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const server0 = await fixture.cpuMicros();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const server1 = await fixture.cpuMicros();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    seconds,
    perSecond: N / seconds,
    cpuUsPerCheck: (cpu.user + cpu.system) / N,
    serverCpuUsPerCheck: server0 === null || server1 === null ? null : (server1 - server0) / N,
    peakRssMb: peak / 1024 / 1024,
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function plainLoop(targets: BatchTarget[], dispatcher: Agent): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const t = targets[next++];
      const res = await request(t.url, { dispatcher, headers: { "user-agent": "plain-bench" } });
      await res.body.text();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

async function main(): Promise<void> {
  const fixture = IN_PROCESS ? await startLocalFixture() : await startChildFixture();
  const targets: BatchTarget[] = Array.from({ length: N }, (_, i) => ({
    url: `${fixture.url}/profile/performer${i}`,
    handle: `performer${i}`,
  }));
  const plainAgent = new Agent({ keepAliveTimeout: 4_000, connections: 64, pipelining: 1 });
  const verdicts: Record<string, number> = {};
  const taikaiRun = async (list: BatchTarget[], count = false) => {
    for await (const r of runBatch(list, { concurrency: CONCURRENCY, politeness: false, allowPrivateNetwork: true })) {
      if (count) verdicts[r.verdict] = (verdicts[r.verdict] ?? 0) + 1;
    }
  };

  try {
    // Warm-up (JIT, sockets, the server's JIT) for both paths, so neither pays the other's start-up.
    for (let i = 0; i < WARMUP; i++) {
      await taikaiRun(targets);
      await plainLoop(targets, plainAgent);
    }

    const taikai: Phase[] = [];
    const plain: Phase[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) {
        taikai.push(await measure(fixture, () => taikaiRun(targets, round === 0)));
        plain.push(await measure(fixture, () => plainLoop(targets, plainAgent)));
      } else {
        plain.push(await measure(fixture, () => plainLoop(targets, plainAgent)));
        taikai.push(await measure(fixture, () => taikaiRun(targets)));
      }
    }

    const summary = (list: Phase[]): Phase => {
      const server = list.map((p) => p.serverCpuUsPerCheck).filter((x): x is number => x !== null);
      return {
        seconds: median(list.map((p) => p.seconds)),
        perSecond: median(list.map((p) => p.perSecond)),
        cpuUsPerCheck: median(list.map((p) => p.cpuUsPerCheck)),
        serverCpuUsPerCheck: server.length ? median(server) : null,
        peakRssMb: Math.max(...list.map((p) => p.peakRssMb)),
      };
    };
    const t = summary(taikai);
    const p = summary(plain);
    const fmt = (x: Phase) =>
      `${x.perSecond.toFixed(0).padStart(6)} checks/s  ${x.seconds.toFixed(2)} s  CPU ${x.cpuUsPerCheck.toFixed(0)} µs/check` +
      (x.serverCpuUsPerCheck === null ? "" : ` (server ${x.serverCpuUsPerCheck.toFixed(0)} µs)`) +
      `  peak RSS ${x.peakRssMb.toFixed(0)} MB`;
    const out = process.stdout;
    out.write(
      `checks: ${N} per round, concurrency ${CONCURRENCY}, ${WARMUP} warm-up passes, ${ROUNDS} alternating rounds (median), ` +
        `fixture ${fixture.url} (${IN_PROCESS ? "in this process" : "child process"})\n`,
    );
    out.write(`rounds taikai checks/s: ${taikai.map((x) => x.perSecond.toFixed(0)).join(", ")}\n`);
    out.write(`rounds plain  checks/s: ${plain.map((x) => x.perSecond.toFixed(0)).join(", ")}\n`);
    out.write(`taikai checker : ${fmt(t)}  verdicts ${JSON.stringify(verdicts)}\n`);
    out.write(`plain undici   : ${fmt(p)}\n`);
    // Each round pair ran back to back, so its ratio is least disturbed by load changing over the run.
    const pairRatios = taikai.map((x, i) => x.perSecond / plain[i].perSecond);
    out.write(
      `ratio (taikai / plain) checks/s: ${(t.perSecond / p.perSecond).toFixed(2)}` + `  (median of per-round-pair ratios ${median(pairRatios).toFixed(2)})\n`,
    );
    out.write(
      IN_PROCESS
        ? `note: the fixture server runs in this process, so CPU includes serving the page.\n`
        : `note: CPU is this (client) process only; the server's CPU per request is shown in brackets.\n`,
    );
  } finally {
    await plainAgent.close();
    await closeSharedAgents();
    await fixture.close();
  }
}

if (process.argv.includes(SERVE_FLAG)) await serveFixture();
else await main();
