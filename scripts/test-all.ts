// `npm test`: every layer — unit, integration on SQLite and PostgreSQL, end-to-end in Chromium — then a summary.
// First it installs the Debian packages the layers need (scripts/provision.ts). A layer that still cannot run
// (no PostgreSQL binaries, no Chromium) is skipped with a note, or fails under CI=true.
import { chromiumPath, hasCommand } from "../lib/testing/system-requirements";
import { startThrowawayPostgres } from "./postgres-cluster";
import { provisionSystemPackages } from "./provision";
import { buildApp, printSummary, runE2E, runIntegration, runLoad, runStructure, runStyle, runUnit, type LayerResult } from "./test-layers";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const strict = process.env.CI === "true";
const results: LayerResult[] = [];
const missing: string[] = [];
const unavailable = (layer: string, why: string) => {
  if (strict) results.push({ layer, passed: 0, failed: 1, skipped: 0, ok: false });
  missing.push(`${layer}: not run (${why})${strict ? " — a failure under CI=true" : ""}`);
};

if (!provisionSystemPackages()) results.push({ layer: "set-up (system packages)", passed: 0, failed: 1, skipped: 0, ok: false });

results.push(runStyle());
results.push(runStructure());
results.push(runUnit());
results.push(runIntegration("SQLite", `file:${join(mkdtempSync(join(tmpdir(), "taikai-int-")), "integration.db")}`));

const postgres = process.env.TEST_POSTGRES_URL ? { url: process.env.TEST_POSTGRES_URL, stop: async () => {} } : await startThrowawayPostgres();
try {
  if (postgres) results.push(runIntegration("PostgreSQL", postgres.url));
  else unavailable("integration (PostgreSQL)", "no PostgreSQL binaries and no TEST_POSTGRES_URL");

  if (!chromiumPath()) unavailable("e2e", "no Chromium at /usr/bin/chromium or CHROMIUM_PATH");
  else if (!buildApp()) results.push({ layer: "build", passed: 0, failed: 1, skipped: 0, ok: false });
  else {
    results.push(runE2E("SQLite"));
    if (hasCommand("openssl")) results.push(runE2E("SQLite", undefined, { https: true }));
    else unavailable("e2e (SQLite, HTTPS)", "no openssl to make a test certificate");
    results.push(runLoad("SQLite", false));
    if (postgres) {
      const url = new URL(postgres.url);
      results.push(runE2E("PostgreSQL", url.toString()));
      results.push(runLoad("PostgreSQL", true));
    } else unavailable("e2e (PostgreSQL)", "no PostgreSQL");
  }
} finally {
  await postgres?.stop();
}

process.exit(printSummary(results, missing) ? 0 : 1);
