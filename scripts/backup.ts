// `npm run backup -- --out <dir> [--with-secrets]`: a consistent backup of a running Taikai on SQLite (the
// database through VACUUM INTO and the encrypted evidence files; data/secrets.json, which holds the key to both,
// only with --with-secrets). On PostgreSQL the evidence files are copied and the database is left to pg_dump.
import { parseArgs } from "node:util";
import { databaseUrl, dataDir, isPostgresUrl } from "../lib/config/paths";
import { createBackup } from "../lib/resilience/backup";

const { values } = parseArgs({
  options: { out: { type: "string" }, "with-secrets": { type: "boolean", default: false }, "without-secrets": { type: "boolean", default: false } },
});
if (!values.out || (values["with-secrets"] && values["without-secrets"])) {
  console.error("usage: npm run backup -- --out <new folder> [--with-secrets]   (without it, the data key stays out of the backup)");
  process.exit(2);
}
const postgres = isPostgresUrl(databaseUrl());
const secretsFromEnv = Boolean(process.env.NEXTAUTH_SECRET && process.env.TAIKAI_DATA_KEY);
try {
  const started = performance.now();
  const manifest = createBackup({
    dataDir: dataDir(),
    databaseUrl: databaseUrl(),
    out: values.out,
    withSecrets: values["with-secrets"],
    secretsFromEnv,
    postgres,
  });
  console.log(`Backup written to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
  console.log(postgres ? "  database: NOT included (PostgreSQL, see below)" : "  database: taikai.db (consistent snapshot, integrity_check ok)");
  console.log(`  evidence: ${manifest.evidenceFiles} files, ${(manifest.evidenceBytes / 1e6).toFixed(1)} MB (encrypted at rest)`);
  if (manifest.secrets === "included") {
    console.log("  secrets:  secrets.json INCLUDED. It holds TAIKAI_DATA_KEY, which opens every encrypted field and file in this");
    console.log("            backup (--with-secrets). Store it apart from other copies, or leave the option out and keep the key elsewhere.");
  } else if (manifest.secrets === "excluded") {
    console.log("  secrets:  NOT included (add --with-secrets to include them). Without data/secrets.json (or TAIKAI_DATA_KEY)");
    console.log("            this backup cannot be read: keep a copy of it safe, apart from the backups.");
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
