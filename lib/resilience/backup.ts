// Backups of a running SQLite deployment: the database through `VACUUM INTO` (one read transaction, so the copy is
// a consistent snapshot however busy the app is), then the evidence files (already encrypted at rest), then the
// secrets file that holds the key they are encrypted with. The database is copied first: a file is complete on disk
// before its row is committed, so every row in the copy finds its file in the folder copied after it.
import Database from "better-sqlite3";
import { copyFileSync, chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sqliteFile } from "../config/paths";

export const manifestName = "taikai-backup.json";
export const databaseName = "taikai.db";

export type BackupManifest = {
  format: 1;
  createdAt: string;
  database: "sqlite" | "not-included";
  evidenceFiles: number;
  evidenceBytes: number;
  secrets: "included" | "excluded" | "from-environment" | "missing";
};

/** A consistent copy of a live SQLite database, checked with PRAGMA integrity_check. */
export function snapshotSqlite(source: string, target: string): void {
  // Not read-only: after a crash (a writer killed, the WAL left behind) the first connection must recover the WAL
  // index, which a read-only one cannot ("attempt to write a readonly database", seen in the integration test).
  // VACUUM INTO itself only reads the source.
  const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
  try {
    db.prepare("VACUUM INTO ?").run(target);
  } finally {
    db.close();
  }
  chmodSync(target, 0o600);
  const problems = integrityCheck(target);
  if (problems !== "ok") throw new Error(`the copy failed its integrity check: ${problems}`);
}

export function integrityCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("PRAGMA integrity_check").all() as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

/** Copies complete evidence files (never the ".part" files of uploads in progress), keeping them private. */
export function copyEvidence(from: string, to: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(from)) return { files, bytes };
  mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) {
      const inner = copyEvidence(source, join(to, entry.name));
      files += inner.files;
      bytes += inner.bytes;
    } else if (entry.isFile() && !entry.name.endsWith(".part")) {
      copyFileSync(source, join(to, entry.name));
      chmodSync(join(to, entry.name), 0o600);
      files++;
      bytes += statSync(source).size;
    }
  }
  return { files, bytes };
}

type BackupOptions = { dataDir: string; databaseUrl: string; out: string; withSecrets: boolean; secretsFromEnv: boolean; postgres: boolean };

export function createBackup({ dataDir, databaseUrl, out, withSecrets, secretsFromEnv, postgres }: BackupOptions): BackupManifest {
  if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`${out} is not empty: choose a new folder for each backup`);
  mkdirSync(out, { recursive: true, mode: 0o700 });
  if (!postgres) snapshotSqlite(sqliteFile(databaseUrl), join(out, databaseName));
  const evidence = copyEvidence(join(dataDir, "evidence"), join(out, "evidence"));
  const secretsFile = join(dataDir, "secrets.json");
  let secrets: BackupManifest["secrets"] = secretsFromEnv ? "from-environment" : existsSync(secretsFile) ? "excluded" : "missing";
  if (withSecrets && !secretsFromEnv && existsSync(secretsFile)) {
    copyFileSync(secretsFile, join(out, "secrets.json"));
    chmodSync(join(out, "secrets.json"), 0o600);
    secrets = "included";
  }
  const manifest: BackupManifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    database: postgres ? "not-included" : "sqlite",
    evidenceFiles: evidence.files,
    evidenceBytes: evidence.bytes,
    secrets,
  };
  writeFileSync(join(out, manifestName), JSON.stringify(manifest, null, 2), { mode: 0o600 });
  return manifest;
}
