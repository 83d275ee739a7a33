/** Safety of the fast paths: the light per-check signal, the overall deadline, capped reads and the direct batch limiter. */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { runCheck } from "./run-check";
import { runBatchAll } from "./batch";
import { CheckSignal } from "./safe-fetch";
import { closeSharedAgents } from "./safe-agent";
import { ipLiteralOf } from "./address-policy";
import { decodeBody } from "./decode";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await closeSharedAgents();
  await server.close();
});

describe("CheckSignal", () => {
  it("calls each listener once, honours removeListener and keeps the first reason", () => {
    const s = new CheckSignal();
    const calls: string[] = [];
    const a = () => calls.push("a");
    const b = () => calls.push("b");
    s.once("abort", a);
    s.once("abort", b);
    s.removeListener("abort", a);
    expect(s.aborted).toBe(false);
    s.abort(new Error("first"));
    s.abort(new Error("second"));
    expect(calls).toEqual(["b"]);
    expect(s.aborted).toBe(true);
    expect((s.reason as Error).message).toBe("first");
  });

  it("has an AbortError reason when aborted without one", () => {
    const s = new CheckSignal();
    s.abort();
    expect((s.reason as Error).name).toBe("AbortError");
  });
});

describe("overall deadline", () => {
  it("holds across a redirect into a stalled body", async () => {
    const to = encodeURIComponent("/slow-body?ms=3000");
    const t0 = Date.now();
    const r = await runCheck({ url: `${server.url}/redirect?to=${to}`, allowPrivateNetwork: true, timeoutMs: 300 });
    expect(r).toMatchObject({ verdict: "error", reason: "timeout" });
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  it("an outer signal that is already aborted ends the check at once", async () => {
    const ac = new AbortController();
    ac.abort();
    const r = await runCheck({ url: `${server.url}/slow?ms=3000`, allowPrivateNetwork: true, signal: ac.signal });
    expect(r.verdict).toBe("error");
    expect(r.durationMs).toBeLessThan(1_000);
  });

  it("a check after a timed-out one on the shared agent is unaffected", async () => {
    await runCheck({ url: `${server.url}/slow?ms=3000`, allowPrivateNetwork: true, timeoutMs: 100 });
    const r = await runCheck({ url: `${server.url}/profile/aki`, handle: "aki", allowPrivateNetwork: true });
    expect(r).toMatchObject({ verdict: "visible", reason: "handle_found" });
  });
});

describe("capped reads", () => {
  it("a body exactly at the cap counts as truncated (as before)", async () => {
    const r = await runCheck({ url: `${server.url}/big/aki?mb=1`, handle: "aki", allowPrivateNetwork: true, maxBytes: 1024 * 1024 });
    expect(r).toMatchObject({ verdict: "visible", truncated: true, bytesRead: 1024 * 1024 });
  });

  it("a body under the cap is read whole, and hashed like the bytes served", async () => {
    const a = await runCheck({ url: `${server.url}/profile/aki`, handle: "aki", allowPrivateNetwork: true });
    const b = await runCheck({ url: `${server.url}/profile/aki`, handle: "aki", allowPrivateNetwork: true });
    expect(a.truncated).toBe(false);
    expect(a.bodySha256).toMatch(/^[0-9a-f]{64}$/);
    expect(a.bodySha256).toBe(b.bodySha256);
  });
});

describe("batch without politeness", () => {
  it("keeps at most `concurrency` checks in flight and returns every result", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const targets = Array.from({ length: 12 }, (_, i) => ({ url: `${server.url}/slow?ms=40&i=${i}` }));
    const results = await runBatchAll(targets, {
      concurrency: 3,
      politeness: false,
      allowPrivateNetwork: true,
      checkOptions: {
        onHop: () => {
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
        },
      },
      onResult: () => {
        inFlight--;
      },
    });
    expect(results.map((r) => r.index)).toEqual([...Array(12).keys()]);
    expect(results.every((r) => r.verdict === "visible")).toBe(true);
    expect(maxInFlight).toBeLessThanOrEqual(3);
    expect(maxInFlight).toBeGreaterThan(1);
  });
});

describe("caches", () => {
  it("ipLiteralOf gives the same answers on repeated calls", () => {
    for (let round = 0; round < 2; round++) {
      expect(ipLiteralOf("127.0.0.1")).toBe("127.0.0.1");
      expect(ipLiteralOf("[::1]")).toBe("::1");
      expect(ipLiteralOf("0x7f.1")).toBe("127.0.0.1");
      expect(ipLiteralOf("[1.2.3.4]")).toBe("1.2.3.4");
      expect(ipLiteralOf("example.com")).toBeNull();
      expect(ipLiteralOf("cafe.de")).toBeNull();
    }
  });

  it("decodeBody gives the same answers on repeated calls with the same Content-Type", () => {
    const sjis = Buffer.from([0x82, 0xd0, 0x82, 0xdc, 0x82, 0xe8]); // ひまり in Shift_JIS
    for (let round = 0; round < 2; round++) {
      expect(decodeBody(sjis, "text/html; charset=Shift_JIS")).toMatchObject({ text: "ひまり", charset: "cp932", source: "header" });
      expect(decodeBody(Buffer.from("aki"), "text/html; charset=nonsense")).toMatchObject({ text: "aki", source: "detected" });
      expect(decodeBody(new Uint8Array(Buffer.from("héllo")), "text/html; charset=utf-8").text).toBe("héllo");
    }
  });
});
