// `npm run test:e2e [-- --no-build] [-- --postgres]`: builds the app, then runs Playwright on SQLite
// (and on a throw-away PostgreSQL with --postgres).
import { startThrowawayPostgres } from "./postgres-cluster";
import { buildApp, printSummary, runE2E, type LayerResult } from "./test-layers";

const results: LayerResult[] = [];
if (!process.argv.includes("--no-build") && !buildApp()) process.exit(1);
results.push(runE2E("SQLite"));
if (process.argv.includes("--postgres")) {
  const postgres = await startThrowawayPostgres();
  if (!postgres) throw new Error("No PostgreSQL binaries found");
  try {
    results.push(runE2E("PostgreSQL", postgres.url));
  } finally {
    await postgres.stop();
  }
}
process.exit(printSummary(results, []) ? 0 : 1);
