import { describe, it, expect } from "vitest";
import { sites } from "../../prisma/seed-data/sites";
import { formatSelftestTable, runSelftest, type SelftestSite } from "./selftest";
import { ruleTrust } from "./rule-trust";
import { parseSiteRule } from "./rule";

describe("checker selftest", () => {
  it("every catalogue rule passes its recorded examples through the real checker", async () => {
    const { rows, ok } = await runSelftest(sites);
    const withRule = rows.filter((r) => r.status !== "no_rule");
    expect(withRule.length).toBe(sites.filter((s) => s.rule).length);
    expect(withRule.filter((r) => !r.ok).map((r) => r.slug)).toEqual([]);
    expect(ok).toBe(true);
    for (const r of withRule) {
      expect(r.status, r.slug).toBe("tested");
      expect(r.claimed?.verdict, r.slug).toBe("visible");
      expect(r.unclaimed?.verdict, r.slug).not.toBe("visible");
    }
    const table = formatSelftestTable(rows);
    expect(table).toContain("claimed → verdict");
    expect(table).toContain(`${withRule.length} rules: ${withRule.length} OK, 0 FAIL`);
  });

  it("every catalogue rule with an absent side is tested, so it may say gone", () => {
    for (const s of sites) {
      if (!s.rule) continue;
      expect(s.rule.examples, s.slug).toBeDefined();
      expect(ruleTrust(parseSiteRule(s.rule)), s.slug).toBe("tested");
    }
  });

  it("fails a rule without examples, one whose examples contradict it, and an invalid rule", async () => {
    const absentOnly = { absentStrings: ["Not here"] };
    const page = (text: string) => `<html><head><title>x</title></head><body><p>${text}</p></body></html>`;
    const broken: SelftestSite[] = [
      { slug: "no-examples", profileUrlPattern: "https://a.example/{handle}", rule: absentOnly },
      {
        slug: "contradicted",
        profileUrlPattern: "https://b.example/u/{handle}",
        rule: {
          ...absentOnly,
          examples: {
            claimed: { handle: "has", status: 200, body: page("has is live"), synthesised: true },
            // The "unclaimed" page does not carry the absence marker: the rule cannot tell absence.
            unclaimed: { handle: "nobody", status: 200, body: page("nobody is live"), synthesised: true },
          },
        },
      },
      { slug: "invalid", profileUrlPattern: null, rule: { presentCodes: [42] } },
      { slug: "baseline", profileUrlPattern: null, rule: null },
    ];
    const { rows, ok } = await runSelftest(broken);
    expect(ok).toBe(false);
    expect(rows.map((r) => [r.slug, r.status, r.ok])).toEqual([
      ["no-examples", "untested", false],
      ["contradicted", "failing", false],
      ["invalid", "bad_rule", false],
      ["baseline", "no_rule", null],
    ]);
    expect(rows[1].unclaimed).toEqual({ verdict: "visible", reason: "handle_found" });
    expect(formatSelftestTable(rows)).toContain("3 rules: 0 OK, 3 FAIL");
  });
});
