// What a file is, from its first bytes: the name and the browser's claimed type are never trusted. Only the kinds
// of proof she keeps (images, PDFs, audio, video) are accepted; programs, scripts, archives and markup are refused
// whatever they are called. Runs in the browser too (the upload form checks before sending), so no Node APIs.
export type SniffedType = { mime: string; ext: string; kind: "image" | "pdf" | "audio" | "video"; strippable: boolean };
export type SniffRefusal = "executable" | "archive" | "unsupportedType" | "emptyFile";
export type SniffResult = { ok: true; type: SniffedType } | { ok: false; reason: SniffRefusal };

/** Bytes needed to decide; fewer is fine when the file is shorter. */
export const sniffLength = 64;

const ascii = (b: Uint8Array, at: number, text: string) => text.split("").every((c, i) => b[at + i] === c.charCodeAt(0));
const bytes = (b: Uint8Array, at: number, values: number[]) => values.every((v, i) => b[at + i] === v);
const type = (mime: string, ext: string, kind: SniffedType["kind"], strippable = false): SniffResult => ({ ok: true, type: { mime, ext, kind, strippable } });

const refusals: { test: (b: Uint8Array) => boolean; reason: SniffRefusal }[] = [
  { test: (b) => ascii(b, 0, "MZ"), reason: "executable" }, // Windows .exe / .dll
  { test: (b) => bytes(b, 0, [0x7f, 0x45, 0x4c, 0x46]), reason: "executable" }, // ELF
  {
    test: (b) =>
      [
        [0xfe, 0xed, 0xfa, 0xce],
        [0xfe, 0xed, 0xfa, 0xcf],
        [0xce, 0xfa, 0xed, 0xfe],
        [0xcf, 0xfa, 0xed, 0xfe],
        [0xca, 0xfe, 0xba, 0xbe],
      ].some((m) => bytes(b, 0, m)),
    reason: "executable",
  }, // Mach-O
  { test: (b) => ascii(b, 0, "#!"), reason: "executable" }, // scripts
  { test: (b) => ascii(b, 0, "dex\n"), reason: "executable" }, // Android
  { test: (b) => ascii(b, 0, "PK"), reason: "archive" }, // zip, docx, apk, jar
  { test: (b) => ascii(b, 0, "Rar!"), reason: "archive" },
  { test: (b) => bytes(b, 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), reason: "archive" }, // 7z
  { test: (b) => bytes(b, 0, [0x1f, 0x8b]), reason: "archive" }, // gzip
  { test: (b) => ascii(b, 0, "BZh"), reason: "archive" },
  { test: (b) => bytes(b, 0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), reason: "archive" }, // xz
  { test: (b) => bytes(b, 0, [0x28, 0xb5, 0x2f, 0xfd]), reason: "archive" }, // zstd
];

function isoMedia(b: Uint8Array): SniffResult | null {
  if (!ascii(b, 4, "ftyp")) {
    // QuickTime files from before the ftyp box start straight with one of these atoms.
    return ["moov", "mdat", "wide", "free", "skip"].some((atom) => ascii(b, 4, atom)) ? type("video/quicktime", "mov", "video") : null;
  }
  const brand = String.fromCharCode(...b.slice(8, 12));
  if (["heic", "heix", "hevc", "hevx", "heim", "heis"].includes(brand)) return type("image/heic", "heic", "image");
  if (brand === "mif1" || brand === "msf1") return type("image/heif", "heif", "image");
  if (brand === "avif" || brand === "avis") return type("image/avif", "avif", "image");
  if (brand === "M4A " || brand === "M4B ") return type("audio/mp4", "m4a", "audio");
  if (brand === "qt  ") return type("video/quicktime", "mov", "video");
  if (/^(isom|iso[2-9]|mp4[12]|avc1|dash|M4V |MSNV|3gp[4-6]|3g2a|mmp4|f4v )$/.test(brand)) return type("video/mp4", "mp4", "video");
  return null;
}

function isMp3Frame(b: Uint8Array): boolean {
  // Frame sync (11 bits), MPEG version not reserved, layer III, bitrate not "bad".
  return b[0] === 0xff && (b[1] & 0xe0) === 0xe0 && (b[1] & 0x18) !== 0x08 && (b[1] & 0x06) === 0x02 && (b[2] & 0xf0) !== 0xf0;
}

export function sniff(head: Uint8Array): SniffResult {
  if (head.length === 0) return { ok: false, reason: "emptyFile" };
  for (const r of refusals) if (r.test(head)) return { ok: false, reason: r.reason };
  if (bytes(head, 0, [0xff, 0xd8, 0xff])) return type("image/jpeg", "jpg", "image", true);
  if (bytes(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return type("image/png", "png", "image", true);
  if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) return type("image/gif", "gif", "image");
  if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) return type("image/webp", "webp", "image");
  if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) return type("audio/wav", "wav", "audio");
  if (ascii(head, 0, "%PDF-")) return type("application/pdf", "pdf", "pdf");
  if (ascii(head, 0, "OggS")) return type("audio/ogg", "ogg", "audio");
  if (bytes(head, 0, [0x1a, 0x45, 0xdf, 0xa3]) && head.some((_, i) => ascii(head, i, "webm"))) return type("video/webm", "webm", "video");
  if (ascii(head, 0, "ID3") || isMp3Frame(head)) return type("audio/mpeg", "mp3", "audio");
  return isoMedia(head) ?? { ok: false, reason: "unsupportedType" };
}
