// Removes the metadata that can give her away (GPS position, device, owner name, edit history) from JPEG and PNG
// images as they stream past, without decoding or re-encoding the picture. Anything after the image's end marker
// is dropped too (it is where data is hidden in "polyglot" files).
//
// JPEG: keeps SOI, JFIF (APP0), Adobe (APP14: tells a decoder how to read CMYK colours) and every non-APP segment;
//       drops APP1 (EXIF, XMP), APP2 (ICC, FlashPix), the other APPn and COM.
// PNG:  drops eXIf, tEXt, iTXt, zTXt and tIME chunks; keeps the rest.

export class MetadataStripError extends Error {}

/** Push bytes in, get the kept bytes out; `end` throws when the image was cut short. */
export type Stripper = { push(chunk: Uint8Array): Buffer[]; end(): Buffer[] };

type JpegState =
  | { t: "soi" }
  | { t: "marker" }
  | { t: "entropy" }
  | { t: "done" }
  | { t: "copy"; n: number; then: "marker" | "entropy" }
  | { t: "skip"; n: number };

function keepJpegSegment(marker: number, payload: Buffer): boolean {
  if (marker === 0xe0) return payload.subarray(0, 5).equals(Buffer.from("JFIF\0"));
  if (marker === 0xee) return payload.subarray(0, 5).equals(Buffer.from("Adobe"));
  return !(marker >= 0xe1 && marker <= 0xef) && marker !== 0xfe;
}

/** A streaming JPEG segment filter: a state machine over markers, never holding more than a few bytes back. */
export function jpegStripper(): Stripper {
  let state: JpegState = { t: "soi" };
  let pending = Buffer.alloc(0);

  function push(chunk: Uint8Array): Buffer[] {
    const out: Buffer[] = [];
    const buf = pending.length ? Buffer.concat([pending, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let i = 0;
    while (i < buf.length) {
      if (state.t === "done") {
        i = buf.length;
      } else if (state.t === "copy" || state.t === "skip") {
        const n = Math.min(state.n, buf.length - i);
        if (state.t === "copy") out.push(buf.subarray(i, i + n));
        i += n;
        const left = state.n - n;
        state = left > 0 ? { ...state, n: left } : state.t === "copy" ? { t: state.then } : { t: "marker" };
      } else if (state.t === "soi") {
        if (buf.length - i < 2) break;
        if (buf[i] !== 0xff || buf[i + 1] !== 0xd8) throw new MetadataStripError("not a JPEG");
        out.push(buf.subarray(i, i + 2));
        i += 2;
        state = { t: "marker" };
      } else if (state.t === "entropy") {
        // Scan data: 0xFF00 is a stuffed byte, 0xFFD0-D7 a restart marker, 0xFFFF fill; any other marker ends it.
        let j = buf.indexOf(0xff, i);
        while (j !== -1 && j + 1 < buf.length && (buf[j + 1] === 0x00 || (buf[j + 1] >= 0xd0 && buf[j + 1] <= 0xd7))) j = buf.indexOf(0xff, j + 2);
        if (j === -1) {
          out.push(buf.subarray(i));
          i = buf.length;
        } else if (j + 1 >= buf.length) {
          out.push(buf.subarray(i, j)); // keep the lone 0xFF until its partner arrives
          i = j;
          break;
        } else {
          out.push(buf.subarray(i, j));
          i = j;
          state = { t: "marker" };
        }
      } else {
        if (buf[i] !== 0xff) throw new MetadataStripError("expected a JPEG marker");
        let j = i;
        while (j < buf.length && buf[j] === 0xff) j++;
        if (j >= buf.length) break;
        const marker = buf[j];
        if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
          out.push(Buffer.from([0xff, marker]));
          i = j + 1;
          state = marker === 0xd9 ? { t: "done" } : marker === 0xd8 ? { t: "marker" } : { t: "entropy" };
          continue;
        }
        if (buf.length - j < 3) break;
        const length = buf.readUInt16BE(j + 1);
        if (length < 2) throw new MetadataStripError("bad JPEG segment length");
        const peek = Math.min(length - 2, 5);
        if (buf.length - (j + 3) < peek) break;
        const keep = keepJpegSegment(marker, buf.subarray(j + 3, j + 3 + peek));
        if (keep) out.push(Buffer.from([0xff, marker]));
        i = j + 1;
        state = keep ? { t: "copy", n: length, then: marker === 0xda ? "entropy" : "marker" } : { t: "skip", n: length };
      }
    }
    pending = Buffer.from(buf.subarray(i));
    return out;
  }

  return {
    push,
    end() {
      if (state.t !== "done") throw new MetadataStripError("the JPEG ends before its end marker");
      return [];
    },
  };
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const droppedPngChunks = new Set(["eXIf", "tEXt", "iTXt", "zTXt", "tIME"]);

/** A streaming PNG chunk filter. */
export function pngStripper(): Stripper {
  type PngState = { t: "signature" } | { t: "chunk" } | { t: "done" } | { t: "copy"; n: number; last: boolean } | { t: "skip"; n: number };
  let state: PngState = { t: "signature" };
  let pending = Buffer.alloc(0);

  function push(chunk: Uint8Array): Buffer[] {
    const out: Buffer[] = [];
    const buf = pending.length ? Buffer.concat([pending, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let i = 0;
    while (i < buf.length) {
      if (state.t === "done") {
        i = buf.length;
      } else if (state.t === "copy" || state.t === "skip") {
        const n = Math.min(state.n, buf.length - i);
        if (state.t === "copy") out.push(buf.subarray(i, i + n));
        i += n;
        const left = state.n - n;
        state = left > 0 ? { ...state, n: left } : state.t === "copy" && state.last ? { t: "done" } : { t: "chunk" };
      } else if (state.t === "signature") {
        if (buf.length - i < 8) break;
        if (!buf.subarray(i, i + 8).equals(pngSignature)) throw new MetadataStripError("not a PNG");
        out.push(buf.subarray(i, i + 8));
        i += 8;
        state = { t: "chunk" };
      } else {
        if (buf.length - i < 8) break;
        const length = buf.readUInt32BE(i);
        if (length > 0x7fffffff) throw new MetadataStripError("bad PNG chunk length");
        const type = buf.toString("latin1", i + 4, i + 8);
        const total = 12 + length; // length, type, data, CRC
        state = droppedPngChunks.has(type) ? { t: "skip", n: total } : { t: "copy", n: total, last: type === "IEND" };
      }
    }
    pending = Buffer.from(buf.subarray(i));
    return out;
  }

  return {
    push,
    end() {
      if (state.t !== "done") throw new MetadataStripError("the PNG ends before its IEND chunk");
      return [];
    },
  };
}

export function stripperFor(mime: string): Stripper | null {
  if (mime === "image/jpeg") return jpegStripper();
  if (mime === "image/png") return pngStripper();
  return null;
}
