// File names are only ever shown and offered back on download: never used as a path. Still, they are cleaned so a
// name like "../../etc/passwd.png" or one with control characters is harmless wherever it ends up.
import type { SniffedType } from "./sniff";

const maxNameLength = 120;
const extensionsFor: Record<string, string[]> = {
  "image/jpeg": ["jpg", "jpeg", "jfif"],
  "image/png": ["png"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "image/heic": ["heic", "heif"],
  "image/heif": ["heif", "heic"],
  "image/avif": ["avif"],
  "application/pdf": ["pdf"],
  "video/mp4": ["mp4", "m4v"],
  "video/quicktime": ["mov", "qt"],
  "video/webm": ["webm"],
  "audio/mpeg": ["mp3"],
  "audio/mp4": ["m4a", "m4b", "mp4"],
  "audio/wav": ["wav"],
  "audio/ogg": ["ogg", "oga", "opus"],
};

/** The last path segment, without control characters or characters Windows refuses, with the extension the
 *  content really has (a JPEG named "note.txt" becomes "note.txt.jpg"). */
export function cleanFileName(raw: string, type: Pick<SniffedType, "mime" | "ext">): string {
  const base = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  let name = base.replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").replace(/^[.\s]+|[.\s]+$/g, "");
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  if (!(extensionsFor[type.mime] ?? [type.ext]).includes(ext)) name = name ? `${name}.${type.ext}` : `evidence.${type.ext}`;
  if (name.length > maxNameLength) {
    const suffix = name.slice(name.lastIndexOf("."));
    name = name.slice(0, maxNameLength - suffix.length) + suffix;
  }
  return name;
}

/** `attachment` with an ASCII fallback and the real (UTF-8) name, so no browser ever shows the file inline. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
