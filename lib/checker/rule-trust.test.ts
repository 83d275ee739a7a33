import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { startFixtureServer, type FixtureServer, type RecordedPage } from "./fixture-server";
import { runCheck } from "./run-check";
import { closeSharedAgents } from "./safe-agent";
import { ruleTrust } from "./rule-trust";
import { parseSiteRule, type SiteRule } from "./rule";
import { sites } from "../../prisma/seed-data/sites";

const recorded = new Map<string, RecordedPage>([
  ["/api/nobody", { status: 200, contentType: "application/json", body: '{"success":false}' }],
  ["/api/someone", { status: 200, contentType: "application/json", body: '{"success":true}' }],
]);
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ recorded });
});
afterAll(async () => {
  await closeSharedAgents();
  await server.close();
});

const catalogue = (slug: string): SiteRule => parseSiteRule(sites.find((s) => s.slug === slug)?.rule);

describe("rule trust at check time", () => {
  it("a rule is tested only when its examples pass", () => {
    const jasmin = catalogue("livejasmin");
    expect(ruleTrust(jasmin)).toBe("tested");
    const { examples, ...bare } = jasmin;
    expect(ruleTrust(bare)).toBe("untested");
    expect(ruleTrust({ ...bare, examples: { claimed: examples!.unclaimed, unclaimed: examples!.claimed } })).toBe("failing");
  });

  it("an untested or failing rule never says gone from its absence marker, but may say visible", async () => {
    const { examples, ...bare } = catalogue("livejasmin");
    const swapped = { ...bare, examples: { claimed: examples!.unclaimed, unclaimed: examples!.claimed } };
    const check = (handle: string, rule: SiteRule) =>
      runCheck({ url: "x", handle, rule: { ...rule, checkUrl: `${server.url}/api/{handle}` }, allowPrivateNetwork: true });
    expect(await check("nobody", { ...bare, examples })).toMatchObject({ verdict: "gone", reason: "absence_marker" });
    expect(await check("nobody", bare)).toMatchObject({ verdict: "blocked", reason: "rule_untested" });
    expect(await check("nobody", swapped)).toMatchObject({ verdict: "blocked", reason: "rule_untested" });
    expect(await check("someone", bare)).toMatchObject({ verdict: "visible", reason: "presence_marker" });
  });
});
