// Evidence files on disk: <data dir>/evidence/<user id>/<random storage key>, encrypted (file-crypto.ts). A file is
// written under a temporary name and renamed only when complete, so a half-written upload is never served; names
// never come from the user.
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { dataDir } from "../config/paths";
import { decryptStream, encryptStream } from "./file-crypto";

const safeSegment = /^[A-Za-z0-9_-]{1,64}$/;
const storageKeyPattern = /^[a-f0-9]{32}$/;
const partSuffix = ".part";
/** A temporary file older than this belongs to an upload that died with its process. */
const stalePartMs = 60 * 60 * 1000;

export function evidenceRoot(): string {
  return join(dataDir(), "evidence");
}

export function userEvidenceDir(userId: string): string {
  if (!safeSegment.test(userId)) throw new Error("unexpected user id");
  return join(evidenceRoot(), userId);
}

function filePath(userId: string, storageKey: string): string {
  if (!storageKeyPattern.test(storageKey)) throw new Error("unexpected storage key");
  return join(userEvidenceDir(userId), storageKey);
}

/** Encrypts `plain` into a new file and returns its storage key; nothing is left behind when `plain` throws. */
export async function writeEvidenceFile(userId: string, evidenceId: string, plain: AsyncIterable<Uint8Array>): Promise<string> {
  const dir = userEvidenceDir(userId);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const storageKey = randomBytes(16).toString("hex");
  const temp = join(dir, `${storageKey}${partSuffix}`);
  // Opened before the stream starts: a write stream opens its file in the background, so an upload refused at once
  // could otherwise be cleaned up before its file existed, and the file would appear after the cleanup.
  const file = await open(temp, "wx", 0o600);
  try {
    await pipeline(Readable.from(encryptStream(plain, evidenceId)), file.createWriteStream());
    await rename(temp, filePath(userId, storageKey));
  } catch (error) {
    await file.close().catch(() => {});
    await unlink(temp).catch(() => {});
    throw error;
  }
  return storageKey;
}

/** The decrypted bytes of a stored file; throws EvidenceDecryptError when the file was altered or cut. */
export function readEvidenceFile(userId: string, storageKey: string, evidenceId: string): AsyncGenerator<Buffer> {
  return decryptStream(createReadStream(filePath(userId, storageKey), { highWaterMark: 256 * 1024 }), evidenceId);
}

export async function removeEvidenceFile(userId: string, storageKey: string): Promise<void> {
  await unlink(filePath(userId, storageKey)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
}

/** Every evidence file of hers, at once (account deletion). */
export async function removeUserEvidenceFiles(userId: string): Promise<void> {
  await rm(userEvidenceDir(userId), { recursive: true, force: true });
}

/** Names of the files in her folder (complete files and temporary ones). */
export async function listUserFiles(userId: string): Promise<string[]> {
  try {
    return await readdir(userEvidenceDir(userId));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** Removes files no row points to (a crash between the file and its row) and stale temporary files. */
export async function removeOrphanFiles(userId: string, knownKeys: Set<string>, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await listUserFiles(userId)) {
    const path = join(userEvidenceDir(userId), name);
    const orphan = storageKeyPattern.test(name) ? !knownKeys.has(name) : name.endsWith(partSuffix) && now - (await stat(path)).mtimeMs > stalePartMs;
    if (orphan) {
      await rm(path, { force: true });
      removed.push(name);
    }
  }
  return removed;
}
