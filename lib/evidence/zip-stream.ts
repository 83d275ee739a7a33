// A ZIP written as it is read: files are stored (media is already compressed), one after another, and the bytes
// come out as each piece of each file goes in, so a bundle of any size needs memory for one chunk only.
import { Zip, ZipPassThrough } from "fflate";

export type ZipEntry = { name: string; modified?: Date; data: () => AsyncIterable<Uint8Array> | Uint8Array };

export async function* zipStream(entries: Iterable<ZipEntry>): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  const drain = function* () {
    if (failure) throw failure;
    while (out.length) yield out.shift()!;
  };
  for (const entry of entries) {
    const file = new ZipPassThrough(entry.name);
    if (entry.modified) file.mtime = entry.modified;
    zip.add(file);
    const data = entry.data();
    if (data instanceof Uint8Array) file.push(data);
    else
      for await (const chunk of data) {
        file.push(chunk);
        yield* drain();
      }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
