import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { runBatch, runBatchAll, type BatchTarget } from "./batch";
import { PoliteScheduler } from "./politeness";
import { closeSharedAgents } from "./safe-agent";
import { softNotFoundRule } from "./test-rules";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await closeSharedAgents();
  await server.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("PoliteScheduler", () => {
  it("limits concurrency per host and globally", async () => {
    const s = new PoliteScheduler({ concurrency: 3, perHost: 2, spacingMs: 0 });
    const active = new Map<string, number>();
    let globalActive = 0;
    let maxGlobal = 0;
    const maxPerHost = new Map<string, number>();
    const task = (host: string) =>
      s.run(host, async () => {
        active.set(host, (active.get(host) ?? 0) + 1);
        globalActive++;
        maxGlobal = Math.max(maxGlobal, globalActive);
        maxPerHost.set(host, Math.max(maxPerHost.get(host) ?? 0, active.get(host) ?? 0));
        await sleep(10);
        active.set(host, (active.get(host) ?? 0) - 1);
        globalActive--;
      });
    await Promise.all([...Array(12)].map((_, i) => task(i % 3 === 0 ? "b.example" : "a.example")));
    expect(maxGlobal).toBe(3);
    expect(maxPerHost.get("a.example")).toBe(2);
    expect(maxPerHost.get("b.example")).toBeLessThanOrEqual(2);
  });

  it("spaces request starts to one host", async () => {
    const s = new PoliteScheduler({ concurrency: 10, perHost: 10, spacingMs: 40 });
    const starts: number[] = [];
    await Promise.all([...Array(4)].map(() => s.run("a.example", async () => void starts.push(Date.now()))));
    starts.sort((a, b) => a - b);
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(35);
  });

  it("does not space different hosts", async () => {
    const s = new PoliteScheduler({ concurrency: 10, perHost: 1, spacingMs: 500 });
    const t0 = Date.now();
    await Promise.all(["a", "b", "c", "d"].map((h) => s.run(h, async () => undefined)));
    expect(Date.now() - t0).toBeLessThan(450);
  });

  it("releases slots when a task throws", async () => {
    const s = new PoliteScheduler({ concurrency: 1, perHost: 1, spacingMs: 0 });
    await expect(s.run("a", async () => Promise.reject(new Error("x")))).rejects.toThrow("x");
    await expect(s.run("a", async () => 42)).resolves.toBe(42);
  });
});

describe("runBatch", () => {
  it("checks every target and yields one result each", async () => {
    const targets: BatchTarget[] = [
      { url: `${server.url}/profile/aki`, handle: "aki" },
      { url: `${server.url}/status/404`, handle: "aki" },
      { url: `${server.url}/challenge/cf?status=503` },
      { url: `${server.url}/status/500` },
      { url: "ftp://example.com/" },
      { url: `${server.url}/soft404/x`, rule: softNotFoundRule },
    ];
    const seen: number[] = [];
    const results = await runBatchAll(targets, {
      concurrency: 4,
      politeness: false,
      allowPrivateNetwork: true,
      onResult: (r) => seen.push(r.index),
    });
    expect(results.map((r) => r.verdict)).toEqual(["visible", "gone", "blocked", "error", "error", "gone"]);
    expect(results.map((r) => r.url)).toEqual(targets.map((t) => t.url));
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("is polite per host: never more than perHost in flight", async () => {
    server.resetStats();
    const targets = [...Array(6)].map(() => ({ url: `${server.url}/slow?ms=60`, handle: "slowpoke" }));
    const t0 = Date.now();
    let n = 0;
    for await (const r of runBatch(targets, { concurrency: 6, perHost: 2, spacingMs: 0, allowPrivateNetwork: true })) {
      expect(r.verdict).toBe("visible");
      n++;
    }
    expect(n).toBe(6);
    // 6 requests of 60 ms, 2 at a time: at least 3 rounds
    expect(Date.now() - t0).toBeGreaterThanOrEqual(170);
  });

  it("does not check private addresses unless allowed", async () => {
    const results = await runBatchAll([{ url: `${server.url}/profile/aki` }], { politeness: false });
    expect(results[0].reason).toBe("address_refused");
  });

  it("accepts async iterables and many targets", async () => {
    async function* gen() {
      for (let i = 0; i < 300; i++) yield { url: `${server.url}/profile/user${i}`, handle: `user${i}` };
    }
    let visible = 0;
    for await (const r of runBatch(gen(), { concurrency: 16, politeness: false, allowPrivateNetwork: true })) {
      if (r.verdict === "visible") visible++;
    }
    expect(visible).toBe(300);
  });
});
