/**
 * Benchmark: 2,000 profile checks through the Taikai checker (concurrency 32, politeness off,
 * private network allowed for the loopback fixture) vs the same 2,000 GETs with a plain undici
 * request loop (concurrency 32), in the same process against the same fixture server.
 * Both are warmed up, then measured in alternating rounds (the machine may be shared; the
 * median round is reported). Prints checks/s, CPU per check, peak RSS and the ratio.
 * Never fails on time. Env: BENCH_N (default 2000), BENCH_ROUNDS (default 3).
 */
import { Agent, request } from 'undici';
import { startFixtureServer } from '../lib/checker/fixture-server';
import { runBatch, type BatchTarget } from '../lib/checker/batch';
import { closeSharedAgents } from '../lib/checker/safe-agent';

const N = Number(process.env.BENCH_N ?? 2000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const CONCURRENCY = 32;

interface Phase {
  seconds: number;
  perSecond: number;
  cpuUsPerCheck: number;
  peakRssMb: number;
}

async function measure(fn: () => Promise<void>): Promise<Phase> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds, perSecond: N / seconds, cpuUsPerCheck: (cpu.user + cpu.system) / N, peakRssMb: peak / 1024 / 1024 };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function main(): Promise<void> {
  const server = await startFixtureServer();
  const targets: BatchTarget[] = Array.from({ length: N }, (_, i) => ({
    url: `${server.url}/profile/performer${i}`,
    handle: `performer${i}`,
  }));
  const plainAgent = new Agent({ keepAliveTimeout: 4_000, connections: 64, pipelining: 1 });
  const verdicts: Record<string, number> = {};
  const taikaiRun = async (list: BatchTarget[], count = false) => {
    for await (const r of runBatch(list, { concurrency: CONCURRENCY, politeness: false, allowPrivateNetwork: true })) {
      if (count) verdicts[r.verdict] = (verdicts[r.verdict] ?? 0) + 1;
    }
  };

  // Warm-up (JIT, sockets) for both paths, so neither pays the other's start-up.
  const warm = targets.slice(0, Math.min(N, 1_000));
  for (let i = 0; i < 2; i++) {
    await taikaiRun(warm);
    await plainLoop(warm, plainAgent);
  }

  const taikai: Phase[] = [];
  const plain: Phase[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      taikai.push(await measure(() => taikaiRun(targets, round === 0)));
      plain.push(await measure(() => plainLoop(targets, plainAgent)));
    } else {
      plain.push(await measure(() => plainLoop(targets, plainAgent)));
      taikai.push(await measure(() => taikaiRun(targets)));
    }
  }

  const summary = (list: Phase[]): Phase => ({
    seconds: median(list.map((p) => p.seconds)),
    perSecond: median(list.map((p) => p.perSecond)),
    cpuUsPerCheck: median(list.map((p) => p.cpuUsPerCheck)),
    peakRssMb: Math.max(...list.map((p) => p.peakRssMb)),
  });
  const t = summary(taikai);
  const p = summary(plain);
  const fmt = (x: Phase) =>
    `${x.perSecond.toFixed(0).padStart(6)} checks/s  ${x.seconds.toFixed(2)} s  CPU ${x.cpuUsPerCheck.toFixed(0)} µs/check  peak RSS ${x.peakRssMb.toFixed(0)} MB`;
  const out = process.stdout;
  out.write(`checks: ${N} per round, concurrency ${CONCURRENCY}, ${ROUNDS} rounds (median), fixture ${server.url}\n`);
  out.write(`rounds taikai checks/s: ${taikai.map((x) => x.perSecond.toFixed(0)).join(', ')}\n`);
  out.write(`rounds plain  checks/s: ${plain.map((x) => x.perSecond.toFixed(0)).join(', ')}\n`);
  out.write(`taikai checker : ${fmt(t)}  verdicts ${JSON.stringify(verdicts)}\n`);
  out.write(`plain undici   : ${fmt(p)}\n`);
  out.write(`ratio (taikai / plain) checks/s: ${(t.perSecond / p.perSecond).toFixed(2)}\n`);
  out.write(`note: the fixture server runs in the same process, so CPU includes serving the page.\n`);

  await plainAgent.close();
  await closeSharedAgents();
  await server.close();
}

async function plainLoop(targets: BatchTarget[], dispatcher: Agent): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const t = targets[next++];
      const res = await request(t.url, { dispatcher, headers: { 'user-agent': 'plain-bench' } });
      await res.body.text();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

await main();
