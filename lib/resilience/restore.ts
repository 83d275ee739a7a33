// Restores a backup made by lib/resilience/backup.ts into an empty data folder: the database file (checked with
// integrity_check before and after the copy), the evidence files and, when the backup has it, secrets.json.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { sqliteFile } from "../config/paths";
import { copyEvidence, databaseName, integrityCheck, manifestName, type BackupManifest } from "./backup";

export function readManifest(from: string): BackupManifest {
  const path = join(from, manifestName);
  if (!existsSync(path)) throw new Error(`${from} holds no ${manifestName}: not a Taikai backup`);
  const manifest = JSON.parse(readFileSync(path, "utf8")) as BackupManifest;
  if (manifest.format !== 1) throw new Error(`unknown backup format ${manifest.format}`);
  return manifest;
}

export function restoreBackup({ from, dataDir, databaseUrl, postgres }: { from: string; dataDir: string; databaseUrl: string; postgres: boolean }) {
  const manifest = readManifest(from);
  const evidenceDir = join(dataDir, "evidence");
  if (existsSync(evidenceDir) && readdirSync(evidenceDir).length > 0) throw new Error(`${evidenceDir} is not empty: restore into an empty data folder`);
  if (manifest.database === "sqlite") {
    if (postgres) throw new Error("this backup holds a SQLite database, but DATABASE_URL names PostgreSQL");
    const target = sqliteFile(databaseUrl);
    if (existsSync(target)) throw new Error(`${target} exists: restore into an empty data folder`);
    const copy = join(from, databaseName);
    const before = integrityCheck(copy);
    if (before !== "ok") throw new Error(`the backup's database fails its integrity check: ${before}`);
    mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
    copyFileSync(copy, target);
    chmodSync(target, 0o600);
  }
  const evidence = copyEvidence(join(from, "evidence"), evidenceDir);
  let secrets: "restored" | "kept" | "absent" = "absent";
  if (existsSync(join(from, "secrets.json"))) {
    const target = join(dataDir, "secrets.json");
    if (existsSync(target)) {
      if (readFileSync(target, "utf8") !== readFileSync(join(from, "secrets.json"), "utf8"))
        throw new Error(`${target} exists and differs from the backup's: move it away first`);
      secrets = "kept";
    } else {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      copyFileSync(join(from, "secrets.json"), target);
      chmodSync(target, 0o600);
      secrets = "restored";
    }
  }
  return { manifest, evidence, secrets, integrity: manifest.database === "sqlite" ? integrityCheck(sqliteFile(databaseUrl)) : null };
}
