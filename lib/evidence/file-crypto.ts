// Evidence files at rest: AES-256-GCM with the app's data key, in chunks, so files of any size are encrypted and
// decrypted as they stream, with memory bounded by one chunk.
//
// Format (version 1):
//   header  "TKEV" | 0x01 | keyId (8 ASCII bytes, as lib/db/crypto.ts names keys)
//   chunks  flag (1 byte: 0 = more follow, 1 = final) | nonce (12 random bytes) | length (uint32 BE) | ciphertext | tag (16)
// Each chunk's additional data is: "Evidence.file.<evidence id>" | header | chunk index (uint64 BE) | flag.
// So a chunk moved to another position or file, a file cut after any chunk (no final chunk), bytes after the final
// chunk, or a file copied to another evidence row all fail to decrypt. The key id lets rotated keys open old files.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { getSecrets } from "../config/secrets";

export const chunkSize = 64 * 1024;
const magic = Buffer.from([0x54, 0x4b, 0x45, 0x56, 0x01]); // "TKEV", version 1
const headerLength = 13;
const chunkHeaderLength = 1 + 12 + 4;
const tagLength = 16;

export class EvidenceDecryptError extends Error {}

/** Same derivation as lib/db/crypto.ts, so one key has one id everywhere. */
export function keyIdOf(key: Buffer): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, 8);
}

function chunkAad(evidenceId: string, header: Buffer, index: number, final: boolean): Buffer {
  const position = Buffer.alloc(9);
  position.writeBigUInt64BE(BigInt(index));
  position[8] = final ? 1 : 0;
  return Buffer.concat([Buffer.from(`Evidence.file.${evidenceId}`, "utf8"), header, position]);
}

function sealChunk(key: Buffer, evidenceId: string, header: Buffer, index: number, final: boolean, plain: Buffer): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  cipher.setAAD(chunkAad(evidenceId, header, index, final));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  const head = Buffer.alloc(chunkHeaderLength);
  head[0] = final ? 1 : 0;
  nonce.copy(head, 1);
  head.writeUInt32BE(body.length, 13);
  return Buffer.concat([head, body, cipher.getAuthTag()]);
}

/** Encrypts a stream of plaintext chunks; yields the file's bytes. */
export async function* encryptStream(source: AsyncIterable<Uint8Array>, evidenceId: string, key = getSecrets().dataKey): AsyncGenerator<Buffer> {
  const header = Buffer.concat([magic, Buffer.from(keyIdOf(key), "latin1")]);
  yield header;
  let index = 0;
  let buffered: Buffer[] = [];
  let length = 0;
  for await (const piece of source) {
    buffered.push(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
    length += piece.byteLength;
    // A chunk is written only once more data is known to follow, so the last one can carry the final flag.
    if (length > chunkSize) {
      const all = buffered.length === 1 ? buffered[0] : Buffer.concat(buffered);
      let offset = 0;
      for (; all.length - offset > chunkSize; offset += chunkSize)
        yield sealChunk(key, evidenceId, header, index++, false, all.subarray(offset, offset + chunkSize));
      buffered = [all.subarray(offset)];
      length = all.length - offset;
    }
  }
  yield sealChunk(key, evidenceId, header, index, true, Buffer.concat(buffered));
}

/** Decrypts a file's bytes; yields plaintext one authenticated chunk at a time and throws on any tampering. */
export async function* decryptStream(source: AsyncIterable<Uint8Array>, evidenceId: string, keys = allKeys()): AsyncGenerator<Buffer> {
  let pending: Buffer = Buffer.alloc(0);
  let header: Buffer | null = null;
  let key: Buffer | undefined;
  let index = 0;
  let finished = false;
  for await (const piece of source) {
    pending = pending.length ? Buffer.concat([pending, piece]) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    if (!header) {
      if (pending.length < headerLength) continue;
      header = Buffer.from(pending.subarray(0, headerLength));
      if (!header.subarray(0, 5).equals(magic)) throw new EvidenceDecryptError("not an evidence file");
      const id = header.toString("latin1", 5, 13);
      key = keys.find((k) => keyIdOf(k) === id);
      if (!key) throw new EvidenceDecryptError("no key for this file (was a data key removed?)");
      pending = pending.subarray(headerLength);
    }
    while (pending.length >= chunkHeaderLength) {
      if (finished) throw new EvidenceDecryptError("data after the final chunk");
      const flag = pending[0];
      const bodyLength = pending.readUInt32BE(13);
      if (flag > 1 || bodyLength > chunkSize) throw new EvidenceDecryptError("bad chunk header");
      const total = chunkHeaderLength + bodyLength + tagLength;
      if (pending.length < total) break;
      const decipher = createDecipheriv("aes-256-gcm", key!, pending.subarray(1, 13));
      decipher.setAAD(chunkAad(evidenceId, header, index++, flag === 1));
      decipher.setAuthTag(pending.subarray(total - tagLength, total));
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(pending.subarray(chunkHeaderLength, total - tagLength)), decipher.final()]);
      } catch {
        throw new EvidenceDecryptError("a chunk failed authentication");
      }
      pending = pending.subarray(total);
      finished = flag === 1;
      if (plain.length > 0) yield plain;
    }
  }
  if (!header || !finished || pending.length > 0) throw new EvidenceDecryptError("the file is truncated");
}

function allKeys(): Buffer[] {
  const { dataKey, previousDataKeys } = getSecrets();
  return [dataKey, ...previousDataKeys];
}
