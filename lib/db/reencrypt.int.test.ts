// Key rotation: with the new key current and the old one still accepted, `npm run db:reencrypt` leaves nothing that
// needs the old key (fields, login hashes, evidence files), so the old key can go. Rotated back at the end, so the
// other test files keep reading this shared database with their key.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { getAccountData } from "../account/export-data";
import { createAccountWorld, worldPassword } from "../account/test-world";
import { authenticate } from "../auth/authenticate";
import { getSecrets } from "../config/secrets";
import { listEvidence } from "../evidence/data";
import { readEvidenceFile } from "../evidence/storage";
import { provider } from "../testing/databases";
import { db } from "./client";
import { reencryptAll } from "./reencrypt";

const secrets = getSecrets();
const original = { dataKey: secrets.dataKey, previousDataKeys: secrets.previousDataKeys };
function useKeys(dataKey: Buffer, previousDataKeys: Buffer[]) {
  secrets.dataKey = dataKey;
  secrets.previousDataKeys = previousDataKeys;
}

async function readsEverything(userId: string, login: string) {
  const data = await getAccountData(userId);
  // (The factory's document holds a placeholder, not ciphertext.)
  const unreadable = Object.values(data!.tables)
    .flat()
    .filter((r) => r.unreadableFields && !(r.type === "NOTICE" && r.language === "ja"));
  expect(unreadable).toEqual([]);
  expect(data!.user.loginName).toBe(login);
  expect((await authenticate({ login, password: worldPassword }, "192.0.2.7")).ok).toBe(true);
  const upload = (await listEvidence(userId)).find((e) => e.kind === "UPLOAD")!;
  const row = await db.evidence.findUniqueOrThrow({ where: { id: upload.id } });
  let bytes = 0;
  for await (const chunk of readEvidenceFile(userId, row.storageKey!, row.id)) bytes += chunk.length;
  expect(bytes).toBeGreaterThan(0);
}

describe(`re-encryption after a key rotation (${provider})`, () => {
  afterAll(async () => {
    useKeys(original.dataKey, original.previousDataKeys);
    await db.$disconnect();
  });

  it("moves every field, login hash and evidence file to the new key, so the old key can be dropped", async () => {
    const her = await createAccountWorld();
    const oldKey = original.dataKey;
    const newKey = randomBytes(32);
    useKeys(newKey, [oldKey]);
    // Before: still readable through the previous key, and the check says what needs doing.
    await readsEverything(her.userId, her.user.login);
    expect((await reencryptAll(db, { dryRun: true })).stillOld).toBeGreaterThan(0);

    // An evidence row whose file is not on disk (lost, or left by another test) is counted, never a crash.
    const lost = await db.evidence.create({
      data: { userId: her.userId, kind: "UPLOAD", storageKey: "f".repeat(32), sha256: "0".repeat(64), capturedAt: new Date() },
    });

    const done = await reencryptAll(db);
    expect(done.missingFiles).toBeGreaterThanOrEqual(1);
    await db.evidence.delete({ where: { id: lost.id } });
    expect(done.fields).toBeGreaterThan(0);
    expect(done.loginHashes).toBeGreaterThan(0);
    expect(done.files).toBeGreaterThan(0);
    expect((await reencryptAll(db, { dryRun: true })).stillOld).toBe(0);

    useKeys(newKey, []);
    await readsEverything(her.userId, her.user.login);

    // And back, for the test files that run after this one.
    useKeys(oldKey, [newKey]);
    await reencryptAll(db);
    useKeys(oldKey, []);
    await readsEverything(her.userId, her.user.login);
  });
});
