// `npm run test:integration [sqlite|postgresql]`: the integration layer alone, on one or both databases.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startThrowawayPostgres } from "./postgres-cluster";
import { printSummary, runIntegration, type LayerResult } from "./test-layers";

const only = process.argv[2];
const results: LayerResult[] = [];
const missing: string[] = [];
if (only !== "postgresql") results.push(runIntegration("SQLite", `file:${join(mkdtempSync(join(tmpdir(), "taikai-int-")), "integration.db")}`));
if (only !== "sqlite") {
  const postgres = process.env.TEST_POSTGRES_URL ? { url: process.env.TEST_POSTGRES_URL, stop: async () => {} } : await startThrowawayPostgres();
  if (!postgres) {
    missing.push("integration (PostgreSQL): no PostgreSQL binaries and no TEST_POSTGRES_URL");
    if (process.env.CI === "true") results.push({ layer: "integration (PostgreSQL)", passed: 0, failed: 1, skipped: 0, ok: false });
  } else {
    try {
      results.push(runIntegration("PostgreSQL", postgres.url));
    } finally {
      await postgres.stop();
    }
  }
}
process.exit(printSummary(results, missing) ? 0 : 1);
