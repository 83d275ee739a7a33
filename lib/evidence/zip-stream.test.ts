import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipStream } from "./zip-stream";

async function* slowly(data: Uint8Array, size: number) {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

describe("zipStream", () => {
  it("writes a ZIP that unzips to the same files, Japanese names included", async () => {
    const big = new Uint8Array(300_000).map((_, i) => i % 251);
    const parts: Uint8Array[] = [];
    for await (const p of zipStream([
      { name: "manifest.json", data: () => new TextEncoder().encode("{}") },
      { name: "files/001-写真.jpg", modified: new Date("2026-01-02T03:04:05Z"), data: () => slowly(big, 7000) },
      { name: "相談メモ.txt", data: () => new TextEncoder().encode("メモ") },
    ]))
      parts.push(p);
    const files = unzipSync(Buffer.concat(parts));
    expect(Object.keys(files)).toEqual(["manifest.json", "files/001-写真.jpg", "相談メモ.txt"]);
    expect(files["files/001-写真.jpg"]).toEqual(big);
    expect(new TextDecoder().decode(files["相談メモ.txt"])).toBe("メモ");
  });

  it("yields as it goes rather than at the end", async () => {
    const big = new Uint8Array(1_000_000);
    let pieces = 0;
    for await (const _ of zipStream([{ name: "a.bin", data: () => slowly(big, 10_000) }])) pieces++;
    expect(pieces).toBeGreaterThan(50);
  });
});
