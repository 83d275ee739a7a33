// Backups while the app writes: a writer process keeps adding events, uploads and checks while `npm run backup`
// runs; the backup restored into an empty folder holds every row committed before the backup began, passes
// integrity_check, and its evidence files decrypt with the restored key to their recorded SHA-256.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, db, type Db } from "../db/client";
import { decodeKey } from "../config/secrets";
import { provider } from "../testing/databases";
import { createLoadUser, type LoadUser } from "../testing/load-data";
import { sqliteFile } from "../config/paths";
import { integrityCheck } from "./backup";
import { eventMarkers, evidenceProblems, integrityProblems } from "./consistency";
import { startWriter, until } from "./writer-process";

let user: LoadUser;
let restored: Db | undefined;
let writer: ReturnType<typeof startWriter> | undefined;

beforeAll(async () => {
  if (provider !== "sqlite") return;
  user = await createLoadUser(db, { login: `backup-${randomBytes(6).toString("hex")}`, passwordHash: "x", registrations: 1, baseUrl: "http://127.0.0.1:9" });
});

afterAll(async () => {
  writer?.child.kill("SIGKILL");
  await restored?.$disconnect();
  if (user) await db.user.deleteMany({ where: { id: user.userId } });
});

// Asynchronous, so that this process keeps reading what the writer reports while the script runs.
const run = async (script: string, args: string[], env: Record<string, string>) =>
  (await promisify(execFile)(process.execPath, ["--import", "tsx", script, ...args], { env: { ...process.env, ...env }, encoding: "utf8" })).stdout;

describe(`backup and restore (${provider})`, () => {
  it.skipIf(provider !== "sqlite")(
    "restores a backup taken under writes, with all rows committed before it and whole evidence",
    async () => {
      writer = startWriter({ userId: user.userId, caseId: user.caseId, registrationId: user.registrationIds[0] });
      await until("writes from the child", () => writer!.committed.evidence.length >= 3 && writer!.committed.events.length >= 3, 30_000, writer.stderr);
      const before = writer.snapshot();
      const out = join(mkdtempSync(join(tmpdir(), "taikai-backup-")), "backup");
      const output = await run("scripts/backup.ts", ["--out", out, "--with-secrets"], {});
      const during = writer.total() - (before.events.length + before.evidence.length + before.checks.length);
      writer.child.kill("SIGKILL");
      await writer.exited;
      expect(output).toContain("secrets.json INCLUDED");
      expect(during).toBeGreaterThan(0); // the writer really was writing while the backup ran

      const target = mkdtempSync(join(tmpdir(), "taikai-restored-"));
      const url = `file:${join(target, "taikai.db")}`;
      const restoredOutput = await run("scripts/restore.ts", ["--from", out], { TAIKAI_DATA_DIR: target, DATABASE_URL: url });
      expect(restoredOutput).toContain("integrity_check ok");
      expect(integrityCheck(sqliteFile(url))).toBe("ok");
      // Restoring over existing data is refused.
      await expect(run("scripts/restore.ts", ["--from", out], { TAIKAI_DATA_DIR: target, DATABASE_URL: url })).rejects.toThrow(/not empty|exists/);

      restored = createDb(url);
      const events = await restored.caseEvent.findMany({ where: { caseId: user.caseId }, select: { id: true } });
      const markers = await eventMarkers(restored, user.caseId);
      expect(before.events.filter((m) => !markers.has(m))).toEqual([]);
      expect(events.length).toBeGreaterThanOrEqual(before.events.length);
      const uploads = new Set((await restored.evidence.findMany({ where: { userId: user.userId }, select: { id: true } })).map((e) => e.id));
      expect(before.evidence.filter((id) => !uploads.has(id))).toEqual([]);
      const checks = new Set((await restored.check.findMany({ where: { userId: user.userId }, select: { id: true } })).map((c) => c.id));
      expect(before.checks.filter((id) => !checks.has(id))).toEqual([]);
      expect(await integrityProblems(restored, "sqlite")).toEqual([]);

      // Decrypted with the key from the restored secrets.json, not this process's own.
      const key = decodeKey(JSON.parse(readFileSync(join(target, "secrets.json"), "utf8")).dataKey, "dataKey");
      const files = await evidenceProblems(restored, user.userId, join(target, "evidence"), [key]);
      expect(files.problems).toEqual([]);
      expect(files.checked).toBeGreaterThanOrEqual(before.evidence.length);
    },
    60_000,
  );

  it.skipIf(provider !== "sqlite")(
    "leaves the data key out unless asked to include it, and keeps the copy readable by its owner only",
    async () => {
      const out = join(mkdtempSync(join(tmpdir(), "taikai-backup-")), "backup");
      const output = await run("scripts/backup.ts", ["--out", out], {});
      expect(output).toContain("secrets:  NOT included");
      expect(existsSync(join(out, "secrets.json"))).toBe(false);
      expect(JSON.parse(readFileSync(join(out, "taikai-backup.json"), "utf8")).secrets).toBe("excluded");
      for (const file of ["taikai.db", "taikai-backup.json"]) expect(statSync(join(out, file)).mode & 0o777, file).toBe(0o600);
      // Both switches at once is a mistake, not a choice.
      await expect(run("scripts/backup.ts", ["--out", `${out}-2`, "--with-secrets", "--without-secrets"], {})).rejects.toThrow();
    },
    60_000,
  );
});
