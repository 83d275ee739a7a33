import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rename } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { sealAgencyName } from "../agencies/crypto-fields";
import { authenticate } from "../auth/authenticate";
import { rateLimitKey } from "../auth/rate-limit";
import { totpCodeAt } from "../auth/totp";
import { confirmTotpSetup, startTotpSetup } from "../auth/two-factor";
import { databaseUrl, sqliteFile } from "../config/paths";
import { db } from "../db/client";
import { evidenceRoot, listUserFiles, userEvidenceDir } from "../evidence/storage";
import { provider } from "../testing/databases";
import { deleteAccount, eraseAccount, sweepEvidenceTrash } from "./delete-account";
import { createAccountWorld, worldPassword } from "./test-world";

function userOwnedModels(): string[] {
  const models = readFileSync("prisma/models.prisma", "utf8")
    .split(/^model /m)
    .slice(1);
  return models.filter((m) => /^\s+userId\s+String/m.test(m)).map((m) => m.split(/\s/)[0]);
}
type CountDelegate = { count(args: { where: { userId: string } }): Promise<number> };
const count = (model: string, userId: string) =>
  (db as unknown as Record<string, CountDelegate>)[model[0].toLowerCase() + model.slice(1)].count({ where: { userId } });

/** The SQLite database file and whatever journal or WAL sits beside it, as raw bytes. */
function rawDatabaseFiles(): Buffer {
  const file = sqliteFile(databaseUrl());
  return Buffer.concat([file, `${file}-wal`, `${file}-journal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
}

const confirm = (password: string, totpCode = "") => ({ password, totpCode, confirm: true as const });

describe(`deleting an account (${provider})`, () => {
  afterAll(() => db.$disconnect());

  it("with the right password erases every row and file of hers, at once, and nothing of anyone else's", async () => {
    const her = await createAccountWorld();
    const other = await createAccountWorld();
    for (const model of userOwnedModels()) expect(await count(model, her.userId), model).toBeGreaterThan(0);
    expect((await listUserFiles(her.userId)).length).toBe(2);
    await authenticate({ login: her.user.login, password: "wrong-password-1" }, "203.0.113.9");
    const signInCounter = rateLimitKey("signin:account", her.user.login);
    expect(await db.rateLimit.count({ where: { key: signInCounter } })).toBe(1);

    expect(await deleteAccount(her.userId, confirm(worldPassword))).toEqual({ ok: true });

    expect(await db.user.count({ where: { id: her.userId } })).toBe(0);
    for (const model of userOwnedModels()) {
      expect(await count(model, her.userId), model).toBe(0);
      expect(await count(model, other.userId), model).toBeGreaterThan(0);
    }
    expect(existsSync(userEvidenceDir(her.userId))).toBe(false);
    expect((await readdir(evidenceRoot())).filter((n) => n.includes(her.userId))).toEqual([]);
    expect((await listUserFiles(other.userId)).length).toBe(2);
    // Her sign-in failure counter (a keyed hash of her login name) goes too.
    expect(await db.rateLimit.count({ where: { key: signInCounter } })).toBe(0);
    expect((await authenticate({ login: her.user.login, password: worldPassword }, "203.0.113.9")).ok).toBe(false);
  });

  it.runIf(provider === "sqlite")("leaves neither her login name, her id nor her plaintext values anywhere in the SQLite file", async () => {
    const [{ secure_delete: secureDelete }] = await db.$queryRawUnsafe<{ secure_delete: number | bigint }[]>("PRAGMA secure_delete");
    expect(Number(secureDelete)).toBe(1);
    const her = await createAccountWorld();
    await createAccountWorld();
    // Her data goes through the usual updates first, which free old copies of her rows inside pages.
    await db.user.update({
      where: { id: her.userId },
      data: { lastLoginAt: new Date(), sessionVersion: { increment: 1 }, quickExitUrl: "https://example.test/weather" },
    });
    const agency = await db.agency.findFirstOrThrow({ where: { userId: her.userId } });
    await db.agency.update({ where: { id: agency.id }, data: { nameEnc: sealAgencyName(agency.id, `事務所${her.marker}-更新`) } });
    const needles = [her.user.login, her.userId, her.marker].map((s) => Buffer.from(s, "utf8"));
    // Her id is the one value of hers stored in clear (the rest is encrypted: lib/db/at-rest.int.test.ts).
    expect(rawDatabaseFiles().includes(Buffer.from(her.userId)), "her id before").toBe(true);

    expect(await deleteAccount(her.userId, confirm(worldPassword))).toEqual({ ok: true });
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");

    const after = rawDatabaseFiles();
    for (const needle of needles) expect(after.includes(needle), needle.toString()).toBe(false);
  });

  it("refuses a wrong password, keeps everything, logs it, and limits the attempts", async () => {
    const her = await createAccountWorld();
    expect(await deleteAccount(her.userId, confirm("not-her-password"))).toEqual({ ok: false, error: "wrongPassword" });
    expect(await db.user.count({ where: { id: her.userId } })).toBe(1);
    expect((await listUserFiles(her.userId)).length).toBe(2);
    expect(await db.auditEvent.count({ where: { userId: her.userId, type: "PASSWORD_CHECK_FAILED" } })).toBe(1);
    for (let i = 0; i < 4; i++) await deleteAccount(her.userId, confirm(`wrong-${i}`));
    const limited = await deleteAccount(her.userId, confirm(worldPassword));
    expect(limited).toMatchObject({ ok: false, error: "rateLimited" });
    expect(await db.user.count({ where: { id: her.userId } })).toBe(1);
  });

  it("asks for the second factor when two-step sign-in is on, and takes a current code", async () => {
    const her = await createAccountWorld();
    const setup = await startTotpSetup(her.userId);
    const enabled = await confirmTotpSetup(her.userId, totpCodeAt(setup!.secret, new Date()));
    expect(enabled.ok).toBe(true);
    expect(await deleteAccount(her.userId, confirm(worldPassword))).toEqual({ ok: false, error: "totpRequired" });
    expect(await deleteAccount(her.userId, confirm(worldPassword, "000000"))).toEqual({ ok: false, error: "totpInvalid" });
    expect(await db.user.count({ where: { id: her.userId } })).toBe(1);
    // The code used to turn TOTP on cannot be replayed: the next time step's code.
    const next = totpCodeAt(setup!.secret, new Date(Date.now() + 30_000));
    expect(await deleteAccount(her.userId, confirm(worldPassword, next))).toEqual({ ok: true });
    expect(await db.user.count({ where: { id: her.userId } })).toBe(0);
  });

  it("puts her files back when the database refuses the deletion", async () => {
    const her = await createAccountWorld();
    const spy = vi.spyOn(db, "$transaction").mockRejectedValueOnce(new Error("database unavailable"));
    await expect(eraseAccount(her.userId)).rejects.toThrow("database unavailable");
    spy.mockRestore();
    expect(await db.user.count({ where: { id: her.userId } })).toBe(1);
    expect((await listUserFiles(her.userId)).length).toBe(2);
    expect((await readdir(evidenceRoot())).filter((n) => n.startsWith(".deleting-"))).toEqual([]);
  });

  it("finishes a deletion a crash interrupted: trash of a deleted user goes, an abandoned one of a live user comes back", async () => {
    const gone = await createAccountWorld();
    const alive = await createAccountWorld();
    const recent = await createAccountWorld();
    const now = Date.now();
    const goneTrash = join(evidenceRoot(), `.deleting-${gone.userId}.${now - 60_000}.aa`);
    await rename(userEvidenceDir(gone.userId), goneTrash);
    await db.user.delete({ where: { id: gone.userId } });
    await rename(userEvidenceDir(alive.userId), join(evidenceRoot(), `.deleting-${alive.userId}.${now - 3_600_000}.bb`));
    const recentTrash = join(evidenceRoot(), `.deleting-${recent.userId}.${now - 1_000}.cc`);
    await rename(userEvidenceDir(recent.userId), recentTrash);
    await mkdir(join(evidenceRoot(), ".deleting-not a user.x"), { recursive: true });

    await sweepEvidenceTrash(now);

    expect(existsSync(goneTrash)).toBe(false);
    expect((await listUserFiles(alive.userId)).length).toBe(2);
    // Still being deleted, perhaps by another process: left alone.
    expect(existsSync(recentTrash)).toBe(true);
    await rename(recentTrash, userEvidenceDir(recent.userId));
  });

  it("answers false for a user who is already gone", async () => {
    expect(await eraseAccount("cnosuchuserzz")).toBe(false);
  });
});
