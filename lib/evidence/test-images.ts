// Real images with location metadata, for tests (sharp comes with Next; tests only, never the app).
import sharp from "sharp";

const gps = {
  IFD0: { Make: "TestPhone", Model: "Pocket 9", Artist: "Himari" },
  IFD3: { GPSLatitudeRef: "N", GPSLatitude: "35/1 39/1 29/1", GPSLongitudeRef: "E", GPSLongitude: "139/1 44/1 28/1" },
};

export async function jpegWithExif(width = 64, height = 48, options: { progressive?: boolean } = {}): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 120 } } })
    .jpeg({ quality: 80, progressive: options.progressive ?? false })
    .withExif(gps)
    .toBuffer();
}

export async function pngWithText(width = 32, height = 32): Promise<Buffer> {
  const png = await sharp({ create: { width, height, channels: 4, background: { r: 10, g: 120, b: 200, alpha: 1 } } })
    .png()
    .withExif(gps)
    .toBuffer();
  // Add tEXt and tIME chunks by hand, before IEND.
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const iend = png.length - 12;
  return Buffer.concat([
    png.subarray(0, iend),
    chunk("tEXt", Buffer.from("Comment\0GPS 35.6581,139.7414", "latin1")),
    chunk("tIME", Buffer.from([7, 234, 1, 2, 3, 4, 5])),
    png.subarray(iend),
  ]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
}

export async function imageMetadata(image: Buffer) {
  return sharp(image).metadata();
}

export async function decodedPixels(image: Buffer): Promise<Buffer> {
  return sharp(image).raw().toBuffer();
}
