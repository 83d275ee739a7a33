// The test layers, each run as its own process, with pass/fail counts read from the runners' JSON reports.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type LayerResult = { layer: string; passed: number; failed: number; skipped: number; ok: boolean };

type Env = Record<string, string | undefined>;

function run(command: string, args: string[], env: Env): boolean {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1", ...env } });
  return result.status === 0;
}

function vitestCounts(file: string) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + (report.numTodoTests ?? 0) };
}

function playwrightCounts(file: string) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const { stats } = JSON.parse(readFileSync(file, "utf8"));
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
}

function reportFile(name: string): string {
  return join(mkdtempSync(join(tmpdir(), "taikai-report-")), `${name}.json`);
}

/** Format and lint (Biome, biome.json): two people's code reads like one person's. `npm run format` fixes most. */
export function runStyle(): LayerResult {
  console.log("\n▶ style (Biome: format and lint)");
  const ok = run("npx", ["biome", "check", "."], {});
  return { layer: "style", passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, ok };
}

/** The code's own shape: imports one way, no cycles (scripts/check-structure.ts). */
export function runStructure(): LayerResult {
  console.log("\n▶ structure");
  const ok = run("npx", ["tsx", "scripts/check-structure.ts"], {});
  return { layer: "structure", passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, ok };
}

export function runUnit(): LayerResult {
  const file = reportFile("unit");
  const ok = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${file}`], {});
  const counts = vitestCounts(file);
  return { layer: "unit", ...counts, ok: ok && counts.failed === 0 && counts.passed > 0 };
}

export function runIntegration(label: string, databaseUrl: string): LayerResult {
  const env = { DATABASE_URL: databaseUrl, TAIKAI_DATA_DIR: mkdtempSync(join(tmpdir(), "taikai-data-")) };
  console.log(`\n▶ integration tests on ${label}`);
  if (!run("npx", ["tsx", "scripts/db-migrate.ts"], env)) return { layer: `integration (${label})`, passed: 0, failed: 1, skipped: 0, ok: false };
  const file = reportFile("integration");
  const ok = run("npx", ["vitest", "run", "--config", "vitest.integration.config.ts", "--reporter=default", "--reporter=json", `--outputFile=${file}`], env);
  const counts = vitestCounts(file);
  return { layer: `integration (${label})`, ...counts, ok: ok && counts.failed === 0 && counts.passed > 0 };
}

export function buildApp(): boolean {
  console.log("\n▶ next build");
  return run("npm", ["run", "-s", "build"], {});
}

/** Handles and agency names the e2e specs type in; none may appear in the server's log. */
const e2eSecrets = [
  "ひまり",
  "ことね",
  "ゆい",
  "sakura",
  "rin",
  "mio",
  "fuzz-victim-himari",
  "ファズ被害者事務所",
  "テスト事務所",
  "株式会社テストプロダクション",
  "sakuya_e2e",
];

/** The Playwright suite on one database; with https, only e2e/https.spec.ts, the app behind a TLS front. */
export function runE2E(label: string, databaseUrl?: string, options: { https?: boolean } = {}): LayerResult {
  console.log(`\n▶ end-to-end tests (Chromium, 390 px) on ${label}${options.https ? " behind HTTPS" : ""}`);
  const file = reportFile("e2e");
  const dataDir = mkdtempSync(join(tmpdir(), "taikai-e2e-"));
  const env: Env = { PLAYWRIGHT_JSON_OUTPUT_NAME: file, E2E_DATABASE_URL: databaseUrl, TAIKAI_DATA_DIR: dataDir, E2E_HTTPS: options.https ? "1" : undefined };
  if (!databaseUrl) delete env.E2E_DATABASE_URL;
  if (!options.https) delete env.E2E_HTTPS;
  const ok = run("npx", ["playwright", "test", "--reporter=list,json"], env);
  const counts = playwrightCounts(file);
  console.log("▶ the server log holds no test user's email or handle");
  const logArgs = [
    "tsx",
    "scripts/check-logs.ts",
    join(dataDir, "server.log"),
    "--forbid-regex",
    "e2e-[0-9]+-[0-9a-f]{8}",
    ...e2eSecrets.flatMap((h) => ["--forbid", h]),
  ];
  const logsClean = run("npx", logArgs, {});
  return { layer: `e2e (${label}${options.https ? ", HTTPS" : ""})`, ...counts, ok: ok && logsClean && counts.failed === 0 && counts.passed > 0 };
}

/** A short run of bench:load (50 users): the suite's proof that the app answers many users at once without an
 *  error. It prints figures but never fails on time. */
export function runLoad(label: string, postgres: boolean): LayerResult {
  console.log(`\n▶ load: 50 signed-in users at once for 15 s on ${label} (fails on any error, never on time)`);
  const ok = run("npx", ["tsx", "scripts/bench-load.ts", "--seconds", "15", "--fail-on-errors", ...(postgres ? ["--postgres"] : [])], {});
  return { layer: `load (${label})`, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, ok };
}

export function printSummary(results: LayerResult[], missing: string[]): boolean {
  console.log("\nTest layers:");
  for (const r of results)
    console.log(`  ${r.ok ? "✓" : "✖"} ${r.layer.padEnd(24)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ""}`);
  for (const m of missing) console.log(`  - ${m}`);
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0) + results.filter((r) => !r.ok && r.failed === 0).length;
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0;
}
