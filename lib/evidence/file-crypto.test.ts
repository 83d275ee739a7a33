import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chunkSize, decryptStream, encryptStream, EvidenceDecryptError } from "./file-crypto";

const key = randomBytes(32);
const oldKey = randomBytes(32);

async function collect(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const p of source) parts.push(Buffer.from(p));
  return Buffer.concat(parts);
}
async function* pieces(data: Buffer, size: number) {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}
const seal = (plain: Buffer, id = "ev1", k = key, size = 1000) => collect(encryptStream(pieces(plain, size), id, k));
const open = (file: Buffer, id = "ev1", keys = [key], size = 777) => collect(decryptStream(pieces(file, size), id, keys));

describe("evidence file encryption", () => {
  it.each([0, 1, chunkSize - 1, chunkSize, chunkSize + 1, 3 * chunkSize + 5])("round-trips %i bytes in any piece size", async (length) => {
    const plain = randomBytes(length);
    const file = await seal(plain);
    expect(file.includes(plain.subarray(0, Math.min(32, length))) && length >= 16).toBe(false);
    expect(await open(file)).toEqual(plain);
    expect(await open(file, "ev1", [key], 1)).toEqual(plain);
  });

  it("opens files sealed with a previous key and names the key in the header", async () => {
    const plain = randomBytes(5000);
    const file = await seal(plain, "ev1", oldKey);
    expect(await open(file, "ev1", [key, oldKey])).toEqual(plain);
    await expect(open(file, "ev1", [key])).rejects.toThrow(/no key/);
  });

  it("detects a truncated file, even cut exactly at a chunk boundary", async () => {
    const file = await seal(randomBytes(3 * chunkSize));
    const firstChunkEnd = 13 + 17 + chunkSize + 16;
    for (const cut of [firstChunkEnd, file.length - 1, 20, 13]) await expect(open(file.subarray(0, cut))).rejects.toThrow(EvidenceDecryptError);
  });

  it("detects reordered or duplicated chunks, flipped bits and extra data", async () => {
    const file = await seal(randomBytes(2 * chunkSize + 10));
    const c = 17 + chunkSize + 16;
    const [head, one, two, last] = [file.subarray(0, 13), file.subarray(13, 13 + c), file.subarray(13 + c, 13 + 2 * c), file.subarray(13 + 2 * c)];
    await expect(open(Buffer.concat([head, two, one, last]))).rejects.toThrow(EvidenceDecryptError);
    await expect(open(Buffer.concat([head, one, one, last]))).rejects.toThrow(EvidenceDecryptError);
    const flipped = Buffer.from(file);
    flipped[100] ^= 1;
    await expect(open(flipped)).rejects.toThrow(EvidenceDecryptError);
    await expect(open(Buffer.concat([file, last]))).rejects.toThrow(EvidenceDecryptError);
    // A final chunk relabelled "more follow" (or the reverse) fails authentication.
    const relabelled = Buffer.from(file);
    relabelled[13 + 2 * c] = 0;
    await expect(open(relabelled)).rejects.toThrow(EvidenceDecryptError);
  });

  it("binds a file to its evidence row", async () => {
    const file = await seal(randomBytes(100), "ev1");
    await expect(open(file, "ev2")).rejects.toThrow(EvidenceDecryptError);
  });
});
