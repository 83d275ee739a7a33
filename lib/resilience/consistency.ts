// What "the data survived" means, shared by the crash and backup tests: the database's own integrity check, no row
// pointing at a parent that is gone, and every uploaded evidence file present, complete and matching its SHA-256.
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../db/client";
import { openEventNote } from "../cases/crypto-fields";
import { decryptStream } from "../evidence/file-crypto";

export async function integrityProblems(db: Db, provider: "sqlite" | "postgresql"): Promise<string[]> {
  const problems: string[] = [];
  if (provider === "sqlite") {
    const rows = await db.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
    if (rows.map((r) => r.integrity_check).join() !== "ok") problems.push(`integrity_check: ${rows.map((r) => r.integrity_check).join("; ")}`);
    const fk = await db.$queryRawUnsafe<unknown[]>("PRAGMA foreign_key_check");
    if (fk.length) problems.push(`foreign_key_check: ${fk.length} rows`);
  }
  // Both providers: children without their parents (PostgreSQL enforces these; the query proves it on both).
  const orphans: [string, string][] = [
    ["CaseEvent without its Case", `SELECT COUNT(*) AS n FROM "CaseEvent" e LEFT JOIN "Case" c ON c.id = e."caseId" WHERE c.id IS NULL`],
    ["Check without its Registration", `SELECT COUNT(*) AS n FROM "Check" k LEFT JOIN "Registration" r ON r.id = k."registrationId" WHERE r.id IS NULL`],
    ["Evidence without its User", `SELECT COUNT(*) AS n FROM "Evidence" v LEFT JOIN "User" u ON u.id = v."userId" WHERE u.id IS NULL`],
    ["upload without a file key", `SELECT COUNT(*) AS n FROM "Evidence" WHERE kind = 'UPLOAD' AND ("storageKey" IS NULL OR "storageKey" LIKE '%.part')`],
  ];
  for (const [what, sql] of orphans) {
    const [{ n }] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(sql);
    if (Number(n) !== 0) problems.push(`${Number(n)} ${what}`);
  }
  return problems;
}

/** Decrypts one stored file completely and hashes the plaintext; throws when it is cut or altered. */
export async function hashEvidenceFile(path: string, evidenceId: string, keys?: Buffer[]): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of decryptStream(createReadStream(path), evidenceId, keys)) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest("hex"), bytes };
}

/** Every upload of hers: its file is there, decrypts completely and has the recorded hash and size. */
export async function evidenceProblems(db: Db, userId: string, evidenceRoot: string, keys?: Buffer[]): Promise<{ checked: number; problems: string[] }> {
  const rows = await db.evidence.findMany({ where: { userId, kind: "UPLOAD" }, select: { id: true, storageKey: true, sha256: true, sizeBytes: true } });
  const problems: string[] = [];
  for (const row of rows) {
    if (!row.storageKey || !/^[a-f0-9]{32}$/.test(row.storageKey)) {
      problems.push(`${row.id}: storage key ${row.storageKey}`);
      continue;
    }
    const path = join(evidenceRoot, userId, row.storageKey);
    if (!existsSync(path)) {
      problems.push(`${row.id}: file missing`);
      continue;
    }
    try {
      const { sha256, bytes } = await hashEvidenceFile(path, row.id, keys);
      if (sha256 !== row.sha256 || bytes !== row.sizeBytes) problems.push(`${row.id}: hash or size differs`);
    } catch (error) {
      problems.push(`${row.id}: ${(error as Error).message}`);
    }
  }
  return { checked: rows.length, problems };
}

/** The markers of the case's events, from their encrypted notes. */
export async function eventMarkers(db: Db, caseId: string): Promise<Set<string>> {
  const events = await db.caseEvent.findMany({ where: { caseId }, select: { id: true, noteEnc: true } });
  return new Set(events.map((e) => openEventNote(e.id, e.noteEnc).split(" ")[0]));
}
