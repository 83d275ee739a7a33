import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFixtureServer, type FixtureServer } from "./fixture-server";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const CLI = join(ROOT, "scripts", "checker-cli.ts");

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [CLI, ...args],
      { cwd: ROOT, env: { ...process.env, TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK: "", ...env }, timeout: 30_000 },
      (err, stdout, stderr) => {
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

let server: FixtureServer;
let dir: string;
beforeAll(async () => {
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), "taikai-cli-"));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("checker CLI", () => {
  it("check --json prints one object and exits 0 whatever the verdict", async () => {
    const visible = await cli(["check", "--url", `${server.url}/profile/aki`, "--handle", "ＡＫＩ", "--allow-private-network", "--json"]);
    expect(visible.code).toBe(0);
    const obj = JSON.parse(visible.stdout);
    expect(Object.keys(obj)).toEqual(["verdict", "reason", "httpStatus", "finalUrl", "durationMs"]);
    expect(obj).toMatchObject({ verdict: "visible", reason: "handle_found", httpStatus: 200 });

    const refused = await cli(["check", "--url", `${server.url}/profile/aki`, "--json"]);
    expect(refused.code).toBe(0);
    expect(JSON.parse(refused.stdout)).toMatchObject({ verdict: "error", reason: "address_refused" });

    const viaEnv = await cli(["check", "--url", `${server.url}/status/404`, "--json"], { TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK: "1" });
    expect(JSON.parse(viaEnv.stdout)).toMatchObject({ verdict: "gone", reason: "http_404" });
  }, 60_000);

  it("check --json on imitation pages agrees with the in-process table (imitation.test.ts)", async () => {
    const run = (path: string) => cli(["check", "--url", `${server.url}${path}`, "--handle", "aki", "--allow-private-network", "--json"]);
    const [moved, cut, refresh] = await Promise.all([run("/relocated/aki"), run("/long/aki?mb=3"), run("/refresh/top/aki")]);
    expect(JSON.parse(moved.stdout)).toMatchObject({ verdict: "blocked", reason: "redirect_shows_handle" });
    expect(JSON.parse(cut.stdout)).toMatchObject({ verdict: "blocked", reason: "truncated_body" });
    expect(JSON.parse(refresh.stdout)).toMatchObject({ verdict: "gone", reason: "meta_refresh_off_profile", finalUrl: `${server.url}/` });
  }, 60_000);

  it("check with a rule file, and bad arguments exit non-zero with a message", async () => {
    const rule = join(dir, "age.json");
    writeFileSync(rule, JSON.stringify({ cookies: { age_check: "1" } }));
    const r = await cli(["check", "--url", `${server.url}/age/profile/aki`, "--handle", "aki", "--rule", rule, "--allow-private-network", "--json"]);
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: "visible" });
    const missing = await cli(["check", "--json"]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("--url");
    const badRule = join(dir, "bad.json");
    writeFileSync(badRule, JSON.stringify({ presentCodes: ["x"] }));
    const bad = await cli(["check", "--url", "https://example.com/", "--rule", badRule]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("invalid rule");
  }, 60_000);

  it("selftest prints a per-site table and exits 0 when every rule passes", async () => {
    const r = await cli(["selftest"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^site\s+rule status\s+claimed → verdict\s+unclaimed → verdict\s+result/);
    expect(r.stdout).toMatch(/livejasmin\s+tested\s+visible \(presence_marker\)\s+gone \(absence_marker\)\s+OK/);
    expect(r.stdout).toMatch(/\d+ rules: \d+ OK, 0 FAIL/);
    const json = JSON.parse((await cli(["selftest", "--json"])).stdout);
    expect(json.ok).toBe(true);
  }, 60_000);

  it("batch prints one line per target and a summary", async () => {
    const file = join(dir, "targets.jsonl");
    writeFileSync(
      file,
      `${[
        { url: `${server.url}/profile/aki`, handle: "aki" },
        { url: `${server.url}/status/410` },
        { url: `${server.url}/challenge/cf?status=503`, handle: "aki" },
        { url: `${server.url}/status/500` },
        { url: "javascript:alert(1)" },
      ]
        .map((t) => JSON.stringify(t))
        .join("\n")}\n`,
    );
    const r = await cli(["batch", "--file", file, "--concurrency", "4", "--per-host", "4", "--spacing", "0", "--allow-private-network"]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    const summary = lines.pop();
    expect(summary).toMatchObject({ summary: true, total: 5, counts: { visible: 1, gone: 1, blocked: 1, error: 2 } });
    expect(summary.checksPerSecond).toBeGreaterThan(0);
    const byUrl = Object.fromEntries(lines.map((l) => [l.url, l.verdict]));
    expect(byUrl[`${server.url}/status/410`]).toBe("gone");
  }, 60_000);
});
