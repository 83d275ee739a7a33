import { describe, expect, it } from "vitest";
import type { Dispatcher } from "undici";
import { isPublicAddress } from "./address-policy";
import { runCheck } from "./run-check";
import { vetUrl } from "./safe-fetch";

/** A dispatcher that answers every request with a redirect to `location`, and counts the requests. */
function redirectingDispatcher(location: string) {
  const origins: string[] = [];
  const dispatcher = {
    request: async (options: { origin: string }) => {
      origins.push(String(options.origin));
      return { statusCode: 302, headers: { location }, body: { dump: async () => undefined } };
    },
  } as unknown as Dispatcher;
  return { dispatcher, origins };
}

describe("checker ports: 80 and 443 only", () => {
  it("vetUrl accepts the default and explicit web ports", () => {
    for (const url of ["https://example.com/p", "http://example.com/p", "https://example.com:443/p", "http://example.com:80/p", "http://example.com:443/p"]) {
      expect(() => vetUrl(url, isPublicAddress)).not.toThrow();
    }
  });

  it("vetUrl refuses any other port", () => {
    for (const url of ["https://example.com:8443/p", "http://example.com:25/", "http://example.com:6379/", "https://example.com:1/"]) {
      expect(() => vetUrl(url, isPublicAddress), url).toThrow(/Only ports 80 and 443/);
    }
  });

  it("a profile URL on another port is bad_url, with no connection tried", async () => {
    const { dispatcher, origins } = redirectingDispatcher("https://example.com/");
    const r = await runCheck({ url: "https://example.com:8443/profile/aki", handle: "aki", dispatcher });
    expect(r).toMatchObject({ verdict: "error", reason: "bad_url" });
    expect(origins).toEqual([]);
  });

  it("a redirect to another port is not followed", async () => {
    const { dispatcher, origins } = redirectingDispatcher("https://example.com:2375/containers/json");
    const r = await runCheck({ url: "https://example.com/profile/aki", handle: "aki", dispatcher });
    expect(r).toMatchObject({ verdict: "error", reason: "bad_url" });
    expect(origins).toEqual(["https://example.com"]);
  });
});
