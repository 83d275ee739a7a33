import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readEvidenceFile, userEvidenceDir } from "./storage";
import { storeUpload, UploadRefusedError } from "./upload-pipeline";
import { jpegWithExif } from "./test-images";

beforeAll(() => {
  process.env.TAIKAI_DATA_DIR = mkdtempSync(join(tmpdir(), "taikai-evidence-"));
  process.env.TAIKAI_DATA_KEY = randomBytes(32).toString("base64");
  process.env.NEXTAUTH_SECRET = "test";
});

async function* pieces(data: Buffer, size = 10_000) {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
async function readBack(userId: string, key: string, id: string) {
  const parts: Buffer[] = [];
  for await (const p of readEvidenceFile(userId, key, id)) parts.push(p);
  return Buffer.concat(parts);
}
const store = (userId: string, body: Buffer, options: { strip?: boolean; maxBytes?: number; expectedBytes?: number } = {}) =>
  storeUpload({
    userId,
    evidenceId: "ev1",
    body: pieces(body),
    maxBytes: options.maxBytes ?? 10_000_000,
    stripMetadata: options.strip ?? false,
    expectedBytes: options.expectedBytes,
  });

describe("storing an upload", () => {
  it("stores the file encrypted; the hash is of what is stored and what comes back", async () => {
    const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(200_000)]);
    const stored = await store("u1", pdf);
    expect(stored).toMatchObject({
      sha256: sha(pdf),
      storedBytes: pdf.length,
      receivedBytes: pdf.length,
      metadataRemoved: false,
      type: { mime: "application/pdf" },
    });
    const onDisk = readFileSync(join(userEvidenceDir("u1"), stored.storageKey));
    expect(onDisk.includes(pdf.subarray(0, 64))).toBe(false);
    expect(await readBack("u1", stored.storageKey, "ev1")).toEqual(pdf);
  });

  it("removes image metadata on request and hashes the stripped file", async () => {
    const jpeg = await jpegWithExif();
    const stored = await store("u2", jpeg, { strip: true });
    const back = await readBack("u2", stored.storageKey, "ev1");
    expect(stored.metadataRemoved).toBe(true);
    expect(back.includes("TestPhone")).toBe(false);
    expect(stored.sha256).toBe(sha(back));
    expect(stored.storedBytes).toBeLessThan(jpeg.length);
    const kept = await store("u2", jpeg, { strip: false });
    expect(kept.sha256).toBe(sha(jpeg));
  });

  it.each([
    ["a renamed program", Buffer.concat([Buffer.from("MZ"), randomBytes(1000)]), "executable"],
    ["a zip posing as a PDF", Buffer.concat([Buffer.from("PK\x03\x04"), randomBytes(1000)]), "archive"],
    ["an SVG", Buffer.from("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"), "unsupportedType"],
    ["an empty file", Buffer.alloc(0), "emptyFile"],
  ])("refuses %s and leaves nothing on disk", async (_name, body, reason) => {
    await expect(store("u3", body)).rejects.toEqual(new UploadRefusedError(reason as never));
    expect(readdirSync(join(process.env.TAIKAI_DATA_DIR!, "evidence", "u3"))).toEqual([]);
  });

  it("stops a file over the limit while it streams, and one that arrives cut short", async () => {
    const big = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(50_000)]);
    await expect(store("u4", big, { maxBytes: 20_000 })).rejects.toEqual(new UploadRefusedError("fileTooLarge"));
    await expect(store("u4", big, { expectedBytes: big.length + 1 })).rejects.toEqual(new UploadRefusedError("incomplete"));
    await expect(store("u4", (await jpegWithExif()).subarray(0, 300), { strip: true })).rejects.toEqual(new UploadRefusedError("stripFailed"));
    expect(readdirSync(userEvidenceDir("u4"))).toEqual([]);
  });

  it("leaves no temporary file behind when uploads are refused at once, many in a row", async () => {
    // A refusal on the first bytes used to race the opening of the temporary file (seen once in CI).
    const program = Buffer.concat([Buffer.from("MZ"), randomBytes(5_000)]);
    for (let i = 0; i < 40; i++) await expect(store("u5", program)).rejects.toBeInstanceOf(UploadRefusedError);
    expect(readdirSync(userEvidenceDir("u5"))).toEqual([]);
  });
});
