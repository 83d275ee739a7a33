import { request as httpRequest, createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { addressBucket, clientAddressHeader, clientAddressOf, normaliseAddress, resolveClientAddress, trustedProxyHops } from "./client-address";
import { installClientAddressStamp } from "./stamp-client-address";

describe("the client's address for rate limits", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    for (const spoof of ["198.51.100.1", "198.51.100.2, 198.51.100.3", "", undefined]) {
      expect(resolveClientAddress("127.0.0.1", spoof, 0)).toBe("127.0.0.1");
    }
  });

  it("with N trusted proxies takes the entry N from the right, never the client's own leftmost claim", () => {
    expect(resolveClientAddress("10.0.0.2", "198.51.100.9, 203.0.113.5", 1)).toBe("203.0.113.5");
    expect(resolveClientAddress("10.0.0.2", ["198.51.100.9", "203.0.113.5"], 1)).toBe("203.0.113.5");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.9, 203.0.113.5, 10.0.0.1", 2)).toBe("203.0.113.5");
    // Fewer entries than trusted proxies: the leftmost, which a trusted proxy wrote.
    expect(resolveClientAddress("10.0.0.2", "203.0.113.5", 3)).toBe("203.0.113.5");
    // No header at all (the request did not pass the proxy): the peer.
    expect(resolveClientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "not-an-address", 1)).toBe("unknown");
  });

  it("spells one address one way and counts IPv6 by its /64", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normaliseAddress("<script>")).toBe("unknown");
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe(addressBucket("2001:db8:1:2:ffff::9"));
    expect(addressBucket("2001:db8:1:3::1")).not.toBe(addressBucket("2001:db8:1:2::1"));
    expect(addressBucket("203.0.113.5")).toBe("203.0.113.5");
  });

  it("reads TAIKAI_TRUSTED_PROXIES strictly", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TAIKAI_TRUSTED_PROXIES: "2" })).toBe(2);
    for (const bad of ["-1", "1.5", "yes", "11"]) expect(() => trustedProxyHops({ TAIKAI_TRUSTED_PROXIES: bad })).toThrow(/TAIKAI_TRUSTED_PROXIES/);
  });

  // What the app's code sees of a request that carries a rotating X-Forwarded-For: the limit key must not follow it.
  it("gives the same address for every request from one connection, however the header rotates", async () => {
    const seen = await headersSeenByServer(0, ["198.51.100.1", "198.51.100.2", "198.51.100.3, 198.51.100.4"], { [clientAddressHeader]: "192.0.2.99" });
    expect(new Set(seen.map((h) => clientAddressOf(h)))).toEqual(new Set(["127.0.0.1"]));
    const behindProxy = await headersSeenByServer(1, ["198.51.100.1, 203.0.113.5", "198.51.100.2, 203.0.113.5"], {});
    expect(new Set(behindProxy.map((h) => clientAddressOf(h)))).toEqual(new Set(["203.0.113.5"]));
    // Without a stamp nothing is believed: the raw header never becomes the address.
    expect(clientAddressOf({ "x-forwarded-for": "198.51.100.1" })).toBe("unknown");
  });
});

/** Sends one real request per X-Forwarded-For value to a loopback server and returns the headers its handler saw. */
async function headersSeenByServer(hops: number, forwardedFor: string[], extra: Record<string, string>): Promise<IncomingHttpHeaders[]> {
  // Installed with the hop count of this call only for the test: the stamp reads the count once, as in the app.
  const { stampClientAddress } = await import("./stamp-client-address");
  installClientAddressStamp(0);
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    if (hops) stampClientAddress(req, hops);
    seen.push({ ...req.headers });
    res.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    for (const value of forwardedFor) {
      await new Promise<void>((resolve, reject) => {
        const req = httpRequest({ host: "127.0.0.1", port, path: "/", headers: { "x-forwarded-for": value, ...extra } }, (res) => {
          res.resume();
          res.on("end", resolve);
        });
        req.on("error", reject);
        req.end();
      });
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return seen;
}
