// `npm run restore -- --from <dir>`: restores a backup made by `npm run backup` into an empty data folder
// (TAIKAI_DATA_DIR, default ./data, and the SQLite file of DATABASE_URL). Stop the app first.
import { parseArgs } from "node:util";
import { databaseUrl, dataDir, isPostgresUrl } from "../lib/config/paths";
import { restoreBackup } from "../lib/resilience/restore";

const { values } = parseArgs({ options: { from: { type: "string" } } });
if (!values.from) {
  console.error("usage: npm run restore -- --from <backup folder>   (into an empty TAIKAI_DATA_DIR; stop the app first)");
  process.exit(2);
}
try {
  const postgres = isPostgresUrl(databaseUrl());
  const result = restoreBackup({ from: values.from, dataDir: dataDir(), databaseUrl: databaseUrl(), postgres });
  console.log(`Restored the backup of ${result.manifest.createdAt} into ${dataDir()}:`);
  if (result.integrity) console.log(`  database: ${databaseUrl()} (integrity_check ${result.integrity})`);
  console.log(`  evidence: ${result.evidence.files} files`);
  console.log(
    `  secrets:  ${result.secrets === "restored" ? "secrets.json restored" : result.secrets === "kept" ? "secrets.json already in place (identical)" : "not in the backup: supply TAIKAI_DATA_KEY and NEXTAUTH_SECRET, or put the right secrets.json in place"}`,
  );
  if (result.manifest.database === "not-included") {
    console.log("\nThe database is not in this backup (PostgreSQL): restore it with");
    console.log('  pg_restore --no-owner --dbname="$DATABASE_URL" <dir>/taikai.pgdump');
  }
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
