// Key rotation, step two: after TAIKAI_DATA_KEY is the new key and the old one is in TAIKAI_PREVIOUS_DATA_KEYS,
// `npm run db:reencrypt` rewrites everything sealed under an old key with the new one: every *Enc field of every
// model (found from the generated client, so a field added later is covered), the login-name hashes, and the
// evidence files. Each row is rewritten only if it still holds the value read, so it can run while the app does.
// Recovery-code hashes cannot be redone (the codes themselves are not stored): they keep working while the old
// key stays in TAIKAI_PREVIOUS_DATA_KEYS, and a user's codes move to the new key when she makes new ones.
import { open } from "node:fs/promises";
import { join } from "node:path";
import { getSecrets } from "../config/secrets";
import { keyIdOf } from "../evidence/file-crypto";
import { readEvidenceFile, removeEvidenceFile, userEvidenceDir, writeEvidenceFile } from "../evidence/storage";
import type { Db } from "./client";
import { decryptField, encryptField } from "./crypto";
import { Prisma } from "./generated/sqlite/client";
import { lookupHash } from "./lookup-hash";

/** unreadable: values no key opens (damaged, or sealed with a key that is gone); left as they are. */
/** missingFiles: evidence rows whose file is not on disk (nothing to re-encrypt; reported, never a crash). */
export type ReencryptCounts = { fields: number; loginHashes: number; files: number; stillOld: number; unreadable: number; missingFiles: number };
type Row = Record<string, unknown> & { id: string };
type Delegate = {
  findMany(args: object): Promise<Row[]>;
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
};

/** Models and their encrypted fields, from the generated client. */
export function encryptedFields(): { model: string; fields: string[] }[] {
  const namespace = Prisma as unknown as Record<string, Record<string, string> | undefined>;
  return Object.values(Prisma.ModelName)
    .map((model) => ({ model, fields: Object.keys(namespace[`${model}ScalarFieldEnum`] ?? {}).filter((f) => f.endsWith("Enc")) }))
    .filter((m) => m.fields.length > 0);
}

const keyIdOfValue = (value: string) => value.split(".")[1];

/** With dryRun, only counts what still uses an old key (stillOld), changing nothing. */
export async function reencryptAll(db: Db, { dryRun = false } = {}): Promise<ReencryptCounts> {
  const current = keyIdOf(getSecrets().dataKey);
  const counts: ReencryptCounts = { fields: 0, loginHashes: 0, files: 0, stillOld: 0, unreadable: 0, missingFiles: 0 };
  for (const { model, fields } of encryptedFields()) {
    const delegate = (db as unknown as Record<string, Delegate>)[model[0].toLowerCase() + model.slice(1)];
    let cursor: string | undefined;
    for (;;) {
      const rows = await delegate.findMany({
        select: Object.fromEntries(["id", ...fields].map((f) => [f, true])),
        orderBy: { id: "asc" },
        take: 200,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      if (!rows.length) break;
      cursor = rows[rows.length - 1].id;
      for (const row of rows) {
        const old = fields.filter((f) => typeof row[f] === "string" && keyIdOfValue(row[f] as string) !== current);
        const opened = old.flatMap((f) => {
          try {
            return [[f, decryptField(row[f] as string, { model, field: f, id: row.id })] as const];
          } catch {
            counts.unreadable++;
            return [];
          }
        });
        counts.stillOld += opened.length;
        if (dryRun || !opened.length) continue;
        const data = Object.fromEntries(opened.map(([f, plain]) => [f, encryptField(plain, { model, field: f, id: row.id })]));
        const { count } = await delegate.updateMany({ where: { id: row.id, ...Object.fromEntries(opened.map(([f]) => [f, row[f]])) }, data });
        if (count === 1) counts.fields += opened.length;
      }
    }
  }
  for (const user of await db.user.findMany({ where: { loginNameEnc: { not: null } }, select: { id: true, loginNameEnc: true, loginNameHash: true } })) {
    const login = decryptField(user.loginNameEnc!, { model: "User", field: "loginNameEnc", id: user.id });
    const hash = lookupHash("login", login);
    if (hash === user.loginNameHash) continue;
    counts.stillOld++;
    if (dryRun) continue;
    const { count } = await db.user.updateMany({ where: { id: user.id, loginNameHash: user.loginNameHash }, data: { loginNameHash: hash } });
    counts.loginHashes += count;
  }
  for (const evidence of await db.evidence.findMany({ where: { storageKey: { not: null } }, select: { id: true, userId: true, storageKey: true } })) {
    const keyId = await fileKeyId(evidence.userId, evidence.storageKey!);
    if (keyId === current) continue;
    if (keyId === null) {
      counts.missingFiles++;
      continue;
    }
    counts.stillOld++;
    if (dryRun) continue;
    const fresh = await writeEvidenceFile(evidence.userId, evidence.id, readEvidenceFile(evidence.userId, evidence.storageKey!, evidence.id));
    const { count } = await db.evidence.updateMany({ where: { id: evidence.id, storageKey: evidence.storageKey }, data: { storageKey: fresh } });
    // The row changed or went meanwhile: keep what it points at, drop the copy.
    await removeEvidenceFile(evidence.userId, count === 1 ? evidence.storageKey! : fresh);
    counts.files += count;
  }
  if (!dryRun) counts.stillOld -= counts.fields + counts.loginHashes + counts.files;
  return counts;
}

/** The key id in an evidence file's header (file-crypto.ts: "TKEV", version, 8 ASCII bytes of key id). */
async function fileKeyId(userId: string, storageKey: string): Promise<string | null> {
  const handle = await open(join(userEvidenceDir(userId), storageKey), "r").catch(() => null);
  if (!handle) return null;
  try {
    const header = Buffer.alloc(13);
    await handle.read(header, 0, 13, 0);
    return header.subarray(5).toString("latin1");
  } finally {
    await handle.close();
  }
}
