// Crash safety: a process writing case events, evidence uploads and checks is SIGKILLed mid-write, again and again.
// Afterwards everything it reported as committed is in the database, every evidence row's file is whole (it
// decrypts and matches its SHA-256; half-written ".part" files are never referenced), and the database is sound.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { db } from "../db/client";
import { evidenceRoot } from "../evidence/storage";
import { removeOrphans } from "../evidence/mutations";
import { provider } from "../testing/databases";
import { createLoadUser, type LoadUser } from "../testing/load-data";
import { eventMarkers, evidenceProblems, integrityProblems } from "./consistency";
import { startWriter, until, type Committed } from "./writer-process";

let user: LoadUser;
const children: ReturnType<typeof startWriter>[] = [];

beforeAll(async () => {
  user = await createLoadUser(db, { login: `crash-${randomBytes(6).toString("hex")}`, passwordHash: "x", registrations: 1, baseUrl: "http://127.0.0.1:9" });
});

afterAll(async () => {
  for (const w of children) w.child.kill("SIGKILL");
  await db.user.deleteMany({ where: { id: user?.userId } });
});

describe(`crash safety (${provider})`, () => {
  it("keeps every reported write and no half-written evidence after SIGKILL mid-write", async () => {
    const reported: Committed = { events: [], evidence: [], checks: [] };
    let partFilesSeen = 0;
    const rounds = 4;
    for (let round = 0; round < rounds; round++) {
      const writer = startWriter({ userId: user.userId, caseId: user.caseId, registrationId: user.registrationIds[0] });
      children.push(writer);
      // Let it get going on all three kinds, then kill it at a moment it does not choose.
      await until(
        "writes from the child",
        () => writer.committed.evidence.length >= 2 && writer.committed.events.length >= 2 && writer.committed.checks.length >= 2,
        30_000,
        writer.stderr,
      );
      await new Promise((r) => setTimeout(r, 50 + Math.floor(Math.random() * 250)));
      writer.child.kill("SIGKILL");
      expect(await writer.exited).toBe("SIGKILL");
      partFilesSeen += readdirSync(join(evidenceRoot(), user.userId)).filter((n) => n.endsWith(".part")).length;
      for (const kind of ["events", "evidence", "checks"] as const) reported[kind].push(...writer.committed[kind]);
    }
    console.log(
      `crash: ${rounds} SIGKILLs; committed ${reported.events.length} events, ${reported.evidence.length} uploads, ${reported.checks.length} checks; ${partFilesSeen} .part files left by kills`,
    );

    // After the "restart" (new processes gone, a fresh look at the data):
    const markers = await eventMarkers(db, user.caseId);
    expect(reported.events.filter((m) => !markers.has(m))).toEqual([]);
    const uploads = new Set((await db.evidence.findMany({ where: { userId: user.userId, kind: "UPLOAD" }, select: { id: true } })).map((e) => e.id));
    expect(reported.evidence.filter((id) => !uploads.has(id))).toEqual([]);
    const checks = new Set((await db.check.findMany({ where: { registrationId: user.registrationIds[0] }, select: { id: true } })).map((c) => c.id));
    expect(reported.checks.filter((id) => !checks.has(id))).toEqual([]);

    const files = await evidenceProblems(db, user.userId, evidenceRoot());
    expect(files.problems).toEqual([]);
    expect(files.checked).toBeGreaterThanOrEqual(reported.evidence.length);
    expect(await integrityProblems(db, provider)).toEqual([]);

    // The clean-up after a crash removes only files no row points to; every row still has its whole file.
    const rowsKeys = new Set((await db.evidence.findMany({ where: { userId: user.userId }, select: { storageKey: true } })).map((e) => e.storageKey));
    const removed = await removeOrphans(user.userId);
    expect(removed.filter((name) => rowsKeys.has(name))).toEqual([]);
    expect((await evidenceProblems(db, user.userId, evidenceRoot())).problems).toEqual([]);
    // The job of the registration is still exactly one row, released.
    expect(await db.job.count({ where: { uniqueKey: `check:${user.registrationIds[0]}`, lockedBy: null } })).toBe(1);
  }, 60_000);
});
