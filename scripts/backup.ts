// `npm run backup -- --out <dir> [--without-secrets]`: a consistent backup of a running Taikai on SQLite (the
// database through VACUUM INTO, the encrypted evidence files, and data/secrets.json). On PostgreSQL the evidence
// files and secrets are copied and the database is left to pg_dump, as printed.
import { parseArgs } from "node:util";
import { databaseUrl, dataDir, isPostgresUrl } from "../lib/config/paths";
import { createBackup } from "../lib/resilience/backup";

const { values } = parseArgs({ options: { out: { type: "string" }, "without-secrets": { type: "boolean", default: false } } });
if (!values.out) {
  console.error("usage: npm run backup -- --out <new folder> [--without-secrets]");
  process.exit(2);
}
const postgres = isPostgresUrl(databaseUrl());
const secretsFromEnv = Boolean(process.env.NEXTAUTH_SECRET && process.env.TAIKAI_DATA_KEY);
try {
  const started = performance.now();
  const manifest = createBackup({ dataDir: dataDir(), databaseUrl: databaseUrl(), out: values.out, withSecrets: !values["without-secrets"], secretsFromEnv, postgres });
  console.log(`Backup written to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
  console.log(postgres ? "  database: NOT included (PostgreSQL, see below)" : "  database: taikai.db (consistent snapshot, integrity_check ok)");
  console.log(`  evidence: ${manifest.evidenceFiles} files, ${(manifest.evidenceBytes / 1e6).toFixed(1)} MB (encrypted at rest)`);
  if (manifest.secrets === "included") {
    console.log("  secrets:  secrets.json INCLUDED. It holds TAIKAI_DATA_KEY, which opens every encrypted field and file in this");
    console.log("            backup. Store it separately and safely (or run with --without-secrets and keep the key elsewhere).");
  } else if (manifest.secrets === "excluded") {
    console.log("  secrets:  NOT included (--without-secrets). Without data/secrets.json this backup cannot be read: keep it safe elsewhere.");
  } else if (manifest.secrets === "from-environment") {
    console.log("  secrets:  come from the environment (NEXTAUTH_SECRET, TAIKAI_DATA_KEY); keep TAIKAI_DATA_KEY in your secret store.");
  } else {
    console.log("  secrets:  no data/secrets.json found and none in the environment.");
  }
  if (postgres) {
    console.log("\nPostgreSQL: back the database up with its own tools, at the same time as this folder, e.g.");
    console.log('  pg_dump --format=custom --file=<dir>/taikai.pgdump "$DATABASE_URL"');
    console.log("and restore into an empty database with");
    console.log('  pg_restore --no-owner --dbname="$DATABASE_URL" <dir>/taikai.pgdump');
    console.log("pg_dump reads one consistent snapshot while the app keeps running. Take it before copying the evidence");
    console.log("folder (as this command just did), so every row it holds finds its file.");
  }
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
