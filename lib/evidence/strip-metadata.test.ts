import { describe, expect, it } from "vitest";
import { jpegStripper, MetadataStripError, pngStripper, type Stripper } from "./strip-metadata";
import { decodedPixels, imageMetadata, jpegWithExif, pngWithText } from "./test-images";

/** Feeds the image in pieces of `size` bytes, so every boundary case of the state machines is crossed. */
function run(make: () => Stripper, input: Buffer, size: number): Buffer {
  const stripper = make();
  const out: Buffer[] = [];
  for (let i = 0; i < input.length; i += size) out.push(...stripper.push(input.subarray(i, i + size)));
  out.push(...stripper.end());
  return Buffer.concat(out);
}

describe("JPEG metadata removal", () => {
  it("drops EXIF (GPS, device) and keeps the picture identical, whatever the chunk size", async () => {
    const original = await jpegWithExif(120, 90);
    expect((await imageMetadata(original)).exif).toBeDefined();
    expect(original.includes("TestPhone")).toBe(true);
    const expected = run(jpegStripper, original, original.length);
    for (const size of [1, 2, 3, 7, 64, 4096]) expect(run(jpegStripper, original, size)).toEqual(expected);
    expect(expected.includes("TestPhone")).toBe(false);
    expect(expected.includes("Exif")).toBe(false);
    expect((await imageMetadata(expected)).exif).toBeUndefined();
    expect(await decodedPixels(expected)).toEqual(await decodedPixels(original));
  });

  it("handles progressive JPEGs (several scans with tables between them)", async () => {
    const original = await jpegWithExif(200, 150, { progressive: true });
    const stripped = run(jpegStripper, original, 5);
    expect(stripped.includes("TestPhone")).toBe(false);
    expect(await decodedPixels(stripped)).toEqual(await decodedPixels(original));
  });

  it("drops comments and anything after the end marker, keeps JFIF", async () => {
    const original = await jpegWithExif();
    const com = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x0c]), Buffer.from("secret note")]).subarray(0, 14);
    const withCom = Buffer.concat([original.subarray(0, 2), com, original.subarray(2), Buffer.from("PK\x03\x04 hidden zip")]);
    const stripped = run(jpegStripper, withCom, 3);
    expect(stripped.includes("secret")).toBe(false);
    expect(stripped.includes("hidden")).toBe(false);
    expect(stripped.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
  });

  it("refuses a JPEG cut short or not a JPEG at all", async () => {
    const original = await jpegWithExif();
    expect(() => run(jpegStripper, original.subarray(0, original.length - 100), 50)).toThrow(MetadataStripError);
    expect(() => run(jpegStripper, Buffer.from("not a jpeg"), 4)).toThrow(MetadataStripError);
  });
});

describe("PNG metadata removal", () => {
  it("drops eXIf, tEXt and tIME chunks and keeps the pixels, whatever the chunk size", async () => {
    const original = await pngWithText();
    expect(original.includes("tEXt")).toBe(true);
    expect(original.includes("eXIf")).toBe(true);
    const expected = run(pngStripper, original, original.length);
    for (const size of [1, 3, 8, 13, 1000]) expect(run(pngStripper, original, size)).toEqual(expected);
    for (const type of ["tEXt", "eXIf", "tIME", "TestPhone", "GPS 35"]) expect(expected.includes(type), type).toBe(false);
    expect(await decodedPixels(expected)).toEqual(await decodedPixels(original));
  });

  it("refuses a PNG without its end", async () => {
    const original = await pngWithText();
    expect(() => run(pngStripper, original.subarray(0, original.length - 12), 100)).toThrow(MetadataStripError);
  });
});
