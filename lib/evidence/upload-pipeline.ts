// One upload, as it streams in: counted against the limit, its type decided by its first bytes, its metadata
// removed when she asked and the format allows it, hashed as stored, then encrypted to disk. Nothing is buffered
// beyond a chunk.
import { createHash } from "node:crypto";
import { sniff, sniffLength, type SniffedType, type SniffRefusal } from "./sniff";
import { MetadataStripError, stripperFor } from "./strip-metadata";
import { writeEvidenceFile } from "./storage";

export type UploadRefusal = SniffRefusal | "fileTooLarge" | "stripFailed" | "incomplete";
export class UploadRefusedError extends Error {
  constructor(readonly reason: UploadRefusal) {
    super(reason);
  }
}

export type StoredUpload = { storageKey: string; sha256: string; storedBytes: number; receivedBytes: number; type: SniffedType; metadataRemoved: boolean };

type Options = { userId: string; evidenceId: string; body: AsyncIterable<Uint8Array>; maxBytes: number; stripMetadata: boolean; expectedBytes?: number };

export async function storeUpload({ userId, evidenceId, body, maxBytes, stripMetadata, expectedBytes }: Options): Promise<StoredUpload> {
  let receivedBytes = 0;
  let storedBytes = 0;
  let type: SniffedType | undefined;
  let metadataRemoved = false;
  const hash = createHash("sha256");

  async function* limited(): AsyncGenerator<Uint8Array> {
    for await (const chunk of body) {
      receivedBytes += chunk.byteLength;
      if (receivedBytes > maxBytes) throw new UploadRefusedError("fileTooLarge");
      yield chunk;
    }
    // A body cut short (a dropped connection, or a proxy that truncates) must not be kept as if whole.
    if (expectedBytes !== undefined && receivedBytes !== expectedBytes) throw new UploadRefusedError("incomplete");
  }

  async function* typed(): AsyncGenerator<Uint8Array> {
    const head: Uint8Array[] = [];
    let headBytes = 0;
    const decide = () => {
      const result = sniff(Buffer.concat(head).subarray(0, sniffLength));
      if (!result.ok) throw new UploadRefusedError(result.reason);
      type = result.type;
    };
    for await (const chunk of limited()) {
      if (type) {
        yield chunk;
        continue;
      }
      head.push(chunk);
      headBytes += chunk.byteLength;
      if (headBytes >= sniffLength) {
        decide();
        yield* head;
      }
    }
    if (!type) {
      decide();
      yield* head;
    }
  }

  async function* stripped(): AsyncGenerator<Uint8Array> {
    const source = typed();
    const first = await source.next();
    if (first.done) return;
    const stripper = stripMetadata && type ? stripperFor(type.mime) : null;
    metadataRemoved = stripper !== null;
    try {
      if (!stripper) {
        yield first.value;
        yield* source;
        return;
      }
      yield* stripper.push(first.value);
      for await (const chunk of source) yield* stripper.push(chunk);
      yield* stripper.end();
    } catch (error) {
      if (error instanceof MetadataStripError) throw new UploadRefusedError("stripFailed");
      throw error;
    }
  }

  async function* hashed(): AsyncGenerator<Uint8Array> {
    for await (const chunk of stripped()) {
      if (chunk.byteLength === 0) continue;
      hash.update(chunk);
      storedBytes += chunk.byteLength;
      yield chunk;
    }
  }

  const storageKey = await writeEvidenceFile(userId, evidenceId, hashed());
  return { storageKey, sha256: hash.digest("hex"), storedBytes, receivedBytes, type: type!, metadataRemoved };
}
