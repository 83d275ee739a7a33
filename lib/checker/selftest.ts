/**
 * `checker selftest`: every catalogue rule against its recorded examples, through the real checker (runCheck,
 * real HTTP on a loopback fixture server). The claimed handle must come back visible; the unclaimed one gone
 * when the rule has an absent side, else at least not visible (a rule that marks everything present fails).
 * A rule without examples fails too: at check time it may say visible, never gone.
 */
import { startFixtureServer, type RecordedPage } from "./fixture-server";
import { runCheck } from "./run-check";
import { closeSharedAgents } from "./safe-agent";
import { fillTemplate, siteRuleSchema, type RuleExample, type SiteRule } from "./rule";
import { expectations, meetsExpectation, ruleTrust, type RuleTrust } from "./rule-trust";
import type { ReasonCode, Verdict } from "./reasons";

/** What the selftest needs of a catalogue site (prisma/seed-data/sites.ts SiteSeed has these fields). */
export interface SelftestSite {
  slug: string;
  /** Profile URL template with {handle}, used when the rule has no checkUrl. */
  profileUrlPattern: string | null;
  rule: unknown;
}

export type RuleStatus = RuleTrust | "no_rule" | "bad_rule" | "no_url";

export interface SelftestRow {
  slug: string;
  status: RuleStatus;
  claimed: { verdict: Verdict; reason: ReasonCode } | null;
  unclaimed: { verdict: Verdict; reason: ReasonCode } | null;
  /** null for a site without a rule (nothing to test). */
  ok: boolean | null;
}

/** The rule's URL template moved onto the fixture server: /site/<slug>/<host and path of the template>. */
function onFixture(base: string, slug: string, template: string): string {
  return `${base}/site/${slug}/${template.replace(/^https?:\/\//, "")}`;
}

function record(recorded: Map<string, RecordedPage>, url: string, example: RuleExample): void {
  const u = new URL(url);
  recorded.set(`${u.pathname}${u.search}`, {
    status: example.status,
    contentType: example.contentType ?? "text/html; charset=utf-8",
    body: example.body,
  });
}

async function testRule(base: string, recorded: Map<string, RecordedPage>, site: SelftestSite, rule: SiteRule): Promise<SelftestRow> {
  const row: SelftestRow = { slug: site.slug, status: ruleTrust(rule), claimed: null, unclaimed: null, ok: false };
  const template = rule.checkUrl ?? site.profileUrlPattern;
  if (!template) return { ...row, status: "no_url" };
  if (!rule.examples) return row;
  const moved = onFixture(base, site.slug, template);
  // Keep the rule as it is except where it sends the request: a checkUrl, or the profile URL given to runCheck.
  const served: SiteRule = rule.checkUrl ? { ...rule, checkUrl: moved } : rule;
  const check = async (example: RuleExample) => {
    const url = fillTemplate(moved, example.handle);
    record(recorded, url, example);
    const r = await runCheck({ url, handle: example.handle, rule: served, allowPrivateNetwork: true, timeoutMs: 5_000 });
    return { verdict: r.verdict, reason: r.reason };
  };
  row.claimed = await check(rule.examples.claimed);
  row.unclaimed = await check(rule.examples.unclaimed);
  const expected = expectations(rule);
  row.ok = meetsExpectation(row.claimed.verdict, expected.claimed) && meetsExpectation(row.unclaimed.verdict, expected.unclaimed);
  return row;
}

export async function runSelftest(sites: readonly SelftestSite[]): Promise<{ rows: SelftestRow[]; ok: boolean }> {
  const recorded = new Map<string, RecordedPage>();
  const server = await startFixtureServer({ recorded });
  const rows: SelftestRow[] = [];
  try {
    for (const site of sites) {
      if (site.rule === null || site.rule === undefined) {
        rows.push({ slug: site.slug, status: "no_rule", claimed: null, unclaimed: null, ok: null });
        continue;
      }
      const parsed = siteRuleSchema.safeParse(site.rule);
      if (!parsed.success) {
        rows.push({ slug: site.slug, status: "bad_rule", claimed: null, unclaimed: null, ok: false });
        continue;
      }
      rows.push(await testRule(server.url, recorded, site, parsed.data));
    }
  } finally {
    await closeSharedAgents();
    await server.close();
  }
  return { rows, ok: rows.every((r) => r.ok !== false) };
}

const STATUS_TEXT: Record<RuleStatus, string> = {
  tested: "tested",
  untested: "no examples",
  failing: "examples fail",
  no_rule: "no rule (baseline)",
  bad_rule: "invalid rule",
  no_url: "no check URL",
};

/** A plain-text table: site, rule status, claimed → verdict, unclaimed → verdict, OK/FAIL. */
export function formatSelftestTable(rows: readonly SelftestRow[]): string {
  const outcome = (o: SelftestRow["claimed"]) => (o ? `${o.verdict} (${o.reason})` : "-");
  const table = [
    ["site", "rule status", "claimed → verdict", "unclaimed → verdict", "result"],
    ...rows.map((r) => [r.slug, STATUS_TEXT[r.status], outcome(r.claimed), outcome(r.unclaimed), r.ok === null ? "-" : r.ok ? "OK" : "FAIL"]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const lines = table.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join("  "));
  const tested = rows.filter((r) => r.ok !== null);
  const failed = tested.filter((r) => r.ok === false).length;
  return `${lines.join("\n")}\n${tested.length} rules: ${tested.length - failed} OK, ${failed} FAIL\n`;
}
