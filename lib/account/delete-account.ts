// Deleting an account: every row of hers (the user row cascades to every table she owns, her security log
// included) and every evidence file, with nothing kept. Her evidence folder is first renamed to a trash name, so
// from that moment no file of hers is at a path the app reads; then the row goes; then the trash. A crash at any
// step leaves either her whole account (the rename is undone on failure, or later by the sweep) or nothing
// reachable (a trash folder of a user who no longer exists, which the next deletion's sweep removes).
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { signInAccountKey } from "../auth/authenticate";
import { openLoginName } from "../auth/user-fields";
import { forgetTotpReplayState, secondFactorKey } from "../auth/two-factor";
import { db, isPostgres } from "../db/client";
import { deleteAllEvidenceFiles } from "../evidence/mutations";
import { evidenceRoot, userEvidenceDir } from "../evidence/storage";
import { confirmIdentity } from "./confirm-identity";
import { confirmationKey } from "./confirm-password";
import type { DeleteAccountOutput } from "./schema";

export type DeleteAccountResult =
  | { ok: true }
  | { ok: false; error: "wrongPassword" | "totpRequired" | "totpInvalid" | "notFound" }
  | { ok: false; error: "rateLimited"; retryAfterSeconds: number };

const trashPrefix = ".deleting-";
/** A trash folder this old whose user still exists belongs to a deletion that died before the row went. */
const abandonedAfterMs = 10 * 60 * 1000;

/** Checks her password (and second factor when on), then erases the account. */
export async function deleteAccount(userId: string, input: DeleteAccountOutput): Promise<DeleteAccountResult> {
  const check = await confirmIdentity(userId, input);
  if (!check.ok) return check;
  return (await eraseAccount(userId)) ? { ok: true } : { ok: false, error: "notFound" };
}

/** Erases the account without asking (the caller has confirmed it is her). False when there was no such user. */
export async function eraseAccount(userId: string, now = Date.now()): Promise<boolean> {
  await sweepEvidenceTrash(now);
  const user = await db.user.findUnique({ where: { id: userId }, select: { loginNameEnc: true } });
  if (!user) return false;
  const trash = join(evidenceRoot(), `${trashPrefix}${userId}.${now}.${randomBytes(4).toString("hex")}`);
  const moved = await moveFolder(userEvidenceDir(userId), trash);
  try {
    // Her rate-limit counters hold only hashes, but nothing of hers is kept.
    await db.$transaction([
      db.user.deleteMany({ where: { id: userId } }),
      db.rateLimit.deleteMany({
        where: { key: { in: [signInAccountKey(openLoginName(userId, user.loginNameEnc)), confirmationKey(userId), secondFactorKey(userId)] } },
      }),
    ]);
  } catch (error) {
    if (moved) await restoreFolder(trash, userEvidenceDir(userId));
    throw error;
  }
  await rm(trash, { recursive: true, force: true });
  // An upload that was running during the deletion may have made her folder again.
  await deleteAllEvidenceFiles(userId);
  await forgetTotpReplayState(userId);
  await flushDatabaseFile();
  return true;
}

/** SQLite in WAL mode keeps page copies in the -wal file until a checkpoint; this moves them into the main file
 *  (where secure_delete has zeroed her freed cells) and empties the -wal. A no-op in rollback-journal mode. */
async function flushDatabaseFile(): Promise<void> {
  if (isPostgres()) return;
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)").catch(() => {});
}

async function moveFolder(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}

/** Puts the folder back; files an upload wrote meanwhile into a new folder are kept beside them. */
async function restoreFolder(trash: string, home: string): Promise<void> {
  try {
    await rename(trash, home);
  } catch {
    await mkdir(home, { recursive: true, mode: 0o700 });
    for (const name of await readdir(trash)) await rename(join(trash, name), join(home, name));
    await rm(trash, { recursive: true, force: true });
  }
}

/** Finishes deletions a crash interrupted: trash of users who are gone is removed; trash of a user who still exists
 *  (the row was never deleted) is put back once it is clearly abandoned. */
export async function sweepEvidenceTrash(now = Date.now()): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(evidenceRoot())).filter((n) => n.startsWith(trashPrefix));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  for (const name of names) {
    const [userId, startedAt] = name.slice(trashPrefix.length).split(".");
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(userId) || !Number.isFinite(Number(startedAt))) continue;
    const path = join(evidenceRoot(), name);
    if ((await db.user.count({ where: { id: userId } })) === 0) await rm(path, { recursive: true, force: true });
    else if (now - Number(startedAt) > abandonedAfterMs) await restoreFolder(path, userEvidenceDir(userId));
  }
}
