import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { sealAgencyName } from "../agencies/crypto-fields";
import { db } from "../db/client";
import { newId } from "../db/new-id";
import { createUser } from "../testing/factories";
import { provider } from "../testing/databases";
import { buildCaseBundle } from "./bundle";
import { getEvidenceDownload, listEvidence } from "./data";
import { createUploadedEvidence, deleteAllEvidenceFiles, deleteEvidence, planUpload, removeOrphans, updateEvidence } from "./mutations";
import { listUserFiles, readEvidenceFile, userEvidenceDir } from "./storage";
import { once, pdfBytes, snapshotEvidence, uploadEvidence } from "./test-factory";
import { jpegWithExif } from "./test-images";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
async function readAll(source: AsyncIterable<Uint8Array>) {
  const parts: Buffer[] = [];
  for await (const p of source) parts.push(Buffer.from(p));
  return Buffer.concat(parts);
}

describe(`evidence locker (${provider})`, () => {
  afterAll(() => db.$disconnect());

  it("keeps an upload encrypted, lists it with its details and gives the same bytes back", async () => {
    const user = await createUser(db);
    const { id, data } = await uploadEvidence(user.id, { description: "事務所からのLINE", fileName: "line.pdf" });
    const [item] = await listEvidence(user.id);
    expect(item).toMatchObject({
      id,
      kind: "UPLOAD",
      fileName: "line.pdf",
      description: "事務所からのLINE",
      mime: "application/pdf",
      sizeBytes: data.length,
      sha256: sha(data),
    });
    const row = await db.evidence.findUniqueOrThrow({ where: { id } });
    expect(row.descriptionEnc).not.toContain("LINE");
    const download = await getEvidenceDownload(user.id, id);
    expect(download?.kind).toBe("UPLOAD");
    if (download?.kind !== "UPLOAD") return;
    expect(sha(await readAll(readEvidenceFile(user.id, download.storageKey, id)))).toBe(download.sha256);
  });

  it("says when metadata was removed, and the hash matches the stored file", async () => {
    const user = await createUser(db);
    const { id } = await uploadEvidence(user.id, { data: await jpegWithExif(), fileName: "shot.jpg", strip: true });
    const [item] = await listEvidence(user.id);
    expect(item).toMatchObject({ mime: "image/jpeg", metadataRemoved: true });
    const download = await getEvidenceDownload(user.id, id);
    if (download?.kind !== "UPLOAD") throw new Error("expected an upload");
    const back = await readAll(readEvidenceFile(user.id, download.storageKey, id));
    expect(back.includes("TestPhone")).toBe(false);
    expect(sha(back)).toBe(item.sha256);
  });

  it("lists check snapshots beside uploads", async () => {
    const user = await createUser(db);
    await uploadEvidence(user.id);
    const snapshot = await snapshotEvidence(user.id, null);
    const items = await listEvidence(user.id);
    expect(items.map((i) => i.kind).sort()).toEqual(["CHECK_SNAPSHOT", "UPLOAD"]);
    expect(items.find((i) => i.kind === "CHECK_SNAPSHOT")).toMatchObject({
      id: snapshot.id,
      snapshot: { url: "https://example.test/p/himari", verdict: "VISIBLE" },
    });
    const download = await getEvidenceDownload(user.id, snapshot.id);
    expect(download).toMatchObject({ kind: "CHECK_SNAPSHOT", text: snapshot.text, sha256: sha(Buffer.from(snapshot.text)) });
  });

  it("deleting an item deletes its file, and nothing is left on disk", async () => {
    const user = await createUser(db);
    const first = await uploadEvidence(user.id);
    const second = await uploadEvidence(user.id);
    expect((await listUserFiles(user.id)).sort()).toEqual([first.stored.storageKey, second.stored.storageKey].sort());
    expect(await deleteEvidence(user.id, first.id)).toBe(true);
    expect(await listUserFiles(user.id)).toEqual([second.stored.storageKey]);
    expect(await deleteEvidence(user.id, first.id)).toBe(false);
    expect(await deleteEvidence(user.id, second.id)).toBe(true);
    expect(await listUserFiles(user.id)).toEqual([]);
    expect(await db.evidence.count({ where: { userId: user.id } })).toBe(0);
  });

  it("removes the file when its row cannot be written", async () => {
    const user = await createUser(db);
    const existing = await uploadEvidence(user.id);
    const again = await uploadEvidence(user.id).catch(() => null);
    expect(again).not.toBeNull();
    // A second row with the same id fails: the new file must go.
    const { storeUpload } = await import("./upload-pipeline");
    const stored = await storeUpload({ userId: user.id, evidenceId: existing.id, body: once(pdfBytes()), maxBytes: 1e6, stripMetadata: false });
    const meta = { fileName: "x.pdf", size: stored.receivedBytes, description: "", capturedAt: new Date().toISOString(), caseId: "", stripMetadata: false };
    await expect(createUploadedEvidence(user.id, { evidenceId: existing.id, stored, meta, caseId: null, fileName: "x.pdf" })).rejects.toThrow();
    expect(await listUserFiles(user.id)).not.toContain(stored.storageKey);
    expect((await listUserFiles(user.id)).length).toBe(2);
  });

  it("enforces the per-user space before and after receiving a file", async () => {
    const user = await createUser(db);
    await uploadEvidence(user.id, { data: pdfBytes(3000) });
    const limits = { maxFileBytes: 4000, maxUserBytes: 5000 };
    expect(await planUpload(user.id, { caseId: "", size: 1000 }, limits)).toEqual({ ok: true, caseId: null, troubleId: null, maxBytes: 2000 });
    expect(await planUpload(user.id, { caseId: "", size: 2500 }, limits)).toEqual({ ok: false, error: "quotaExceeded" });
    expect(await planUpload(user.id, { caseId: "", size: 4500 }, { ...limits, maxUserBytes: 1e9 })).toEqual({ ok: false, error: "fileTooLarge" });
    const { storeUpload } = await import("./upload-pipeline");
    const stored = await storeUpload({ userId: user.id, evidenceId: newId(), body: once(pdfBytes(2500)), maxBytes: 1e6, stripMetadata: false });
    const meta = { fileName: "x.pdf", size: 2500, description: "", capturedAt: new Date().toISOString(), caseId: "", stripMetadata: false };
    expect(await createUploadedEvidence(user.id, { evidenceId: newId(), stored, meta, caseId: null, fileName: "x.pdf" }, limits)).toEqual({
      ok: false,
      error: "quotaExceeded",
    });
    expect(await listUserFiles(user.id)).not.toContain(stored.storageKey);
  });

  it("links evidence only to her own cases", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    const herCase = await db.case.create({ data: { userId: user.id } });
    const otherCase = await db.case.create({ data: { userId: other.id } });
    expect(await planUpload(user.id, { caseId: otherCase.id, size: 10 })).toEqual({ ok: false, error: "caseNotFound" });
    const { id } = await uploadEvidence(user.id);
    expect(await updateEvidence(user.id, id, { description: "新しい説明", caseId: otherCase.id })).toBe(false);
    expect(await updateEvidence(user.id, id, { description: "新しい説明", caseId: herCase.id })).toBe(true);
    expect((await listEvidence(user.id))[0]).toMatchObject({ description: "新しい説明", caseId: herCase.id });
  });

  it("clears orphaned files and stale half-written ones, never kept files or fresh uploads", async () => {
    const user = await createUser(db);
    const kept = await uploadEvidence(user.id);
    const dir = userEvidenceDir(user.id);
    await mkdir(dir, { recursive: true });
    const orphan = "ab".repeat(16);
    await writeFile(join(dir, orphan), "x");
    await writeFile(join(dir, `${"cd".repeat(16)}.part`), "x");
    await writeFile(join(dir, `${"ef".repeat(16)}.part`), "x");
    const old = new Date(Date.now() - 2 * 3600_000);
    await utimes(join(dir, `${"cd".repeat(16)}.part`), old, old);
    expect((await removeOrphans(user.id)).sort()).toEqual([`${"cd".repeat(16)}.part`, orphan].sort());
    expect((await listUserFiles(user.id)).sort()).toEqual([kept.stored.storageKey, `${"ef".repeat(16)}.part`].sort());
  });

  it("exports a case bundle whose manifest hashes match the files in the ZIP", async () => {
    const user = await createUser(db);
    const agencyId = newId();
    const agency = await db.agency.create({ data: { id: agencyId, userId: user.id, nameEnc: sealAgencyName(agencyId, "テスト事務所") } });
    const withdrawal = await db.case.create({ data: { userId: user.id, agencyId: agency.id } });
    await uploadEvidence(user.id, { caseId: withdrawal.id, fileName: "../../etc/passwd.pdf", description: "退会を断るメール" });
    await uploadEvidence(user.id, { caseId: withdrawal.id, data: await jpegWithExif(), fileName: "写真.jpg", strip: true });
    await snapshotEvidence(user.id, withdrawal.id);
    await uploadEvidence(user.id, { fileName: "not-in-case.pdf" });

    const bundle = await buildCaseBundle(user.id, withdrawal.id);
    if (!bundle) throw new Error("expected a bundle");
    const files = unzipSync(await readAll(bundle.stream));
    const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
    expect(manifest.case).toMatchObject({ id: withdrawal.id, agency: "テスト事務所" });
    expect(manifest.items).toHaveLength(3);
    for (const item of manifest.items) {
      expect(files[item.file], item.file).toBeDefined();
      expect(sha(files[item.file])).toBe(item.sha256);
      expect(item.capturedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(item.uploadedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    expect(manifest.items.map((i: { file: string }) => i.file)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^files\/\d{3}-passwd\.pdf$/), expect.stringMatching(/^files\/\d{3}-写真\.jpg$/)]),
    );
    expect(manifest.items.find((i: { description: string }) => i.description === "退会を断るメール")).toBeDefined();
    expect(Object.keys(files).some((f) => f.includes("not-in-case") || f.includes(".."))).toBe(false);
    expect(new TextDecoder().decode(files["相談メモ.txt"])).toContain("相談メモ");
    // She may hand the bundle to a counsellor, a lawyer or the agency itself: nothing in it names the app.
    for (const [name, data] of Object.entries(files)) expect(Buffer.from(data).toString("latin1"), name).not.toMatch(/taikai/i);

    const withMemo = await buildCaseBundle(user.id, withdrawal.id, { extraFiles: [{ name: "相談メモ.pdf", data: new Uint8Array([37, 80, 68, 70]) }] });
    const memoFiles = unzipSync(await readAll(withMemo!.stream));
    expect(memoFiles["相談メモ.pdf"]).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(memoFiles["相談メモ.txt"]).toBeUndefined();
  });

  it("never exports another user's case", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    const otherCase = await db.case.create({ data: { userId: other.id } });
    await uploadEvidence(other.id, { caseId: otherCase.id });
    expect(await buildCaseBundle(user.id, otherCase.id)).toBeNull();
  });

  it("account deletion can take every file of hers at once", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    await uploadEvidence(user.id);
    const kept = await uploadEvidence(other.id);
    await db.user.delete({ where: { id: user.id } });
    await deleteAllEvidenceFiles(user.id);
    expect(existsSync(userEvidenceDir(user.id))).toBe(false);
    expect(await listUserFiles(other.id)).toEqual([kept.stored.storageKey]);
  });
});
