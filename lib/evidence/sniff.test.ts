import { describe, expect, it } from "vitest";
import { sniff } from "./sniff";

const b = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));
const ftyp = (brand: string) => b([0, 0, 0, 0x20], "ftyp", brand, [0, 0, 0, 0], "isommp41");

describe("sniff", () => {
  it.each([
    ["JPEG", b([0xff, 0xd8, 0xff, 0xe0]), "image/jpeg", true],
    ["PNG", b([0x89], "PNG\r\n", [0x1a, 0x0a], "rest"), "image/png", true],
    ["GIF", b("GIF89a..."), "image/gif", false],
    ["WebP", b("RIFF", [1, 2, 3, 4], "WEBPVP8 "), "image/webp", false],
    ["HEIC", ftyp("heic"), "image/heic", false],
    ["AVIF", ftyp("avif"), "image/avif", false],
    ["PDF", b("%PDF-1.7\n"), "application/pdf", false],
    ["MP4", ftyp("isom"), "video/mp4", false],
    ["MOV", ftyp("qt  "), "video/quicktime", false],
    ["old MOV", b([0, 0, 0, 8], "wide"), "video/quicktime", false],
    ["M4A", ftyp("M4A "), "audio/mp4", false],
    ["WebM", b([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01], "B\x82\x84webm"), "video/webm", false],
    ["MP3 with ID3", b("ID3\x04\0"), "audio/mpeg", false],
    ["MP3 frame", b([0xff, 0xfb, 0x90, 0x64]), "audio/mpeg", false],
    ["WAV", b("RIFF", [1, 2, 3, 4], "WAVEfmt "), "audio/wav", false],
    ["Ogg", b("OggS\0"), "audio/ogg", false],
  ])("recognises %s", (_name, head, mime, strippable) => {
    expect(sniff(head)).toEqual({ ok: true, type: expect.objectContaining({ mime, strippable }) });
  });

  it.each([
    ["a Windows program", b("MZ\x90\0"), "executable"],
    ["an ELF program", b([0x7f], "ELF\x02"), "executable"],
    ["a Mach-O program", b([0xcf, 0xfa, 0xed, 0xfe]), "executable"],
    ["a shell script", b("#!/bin/sh\n"), "executable"],
    ["a zip (also one named .pdf)", b("PK\x03\x04"), "archive"],
    ["a RAR", b("Rar!\x1a\x07"), "archive"],
    ["a 7z", b([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), "archive"],
    ["a gzip", b([0x1f, 0x8b, 8]), "archive"],
    ["HTML", b("<!doctype html><script>"), "unsupportedType"],
    ["SVG", b("<?xml version='1.0'?><svg"), "unsupportedType"],
    ["SVG after spaces", b("  \n<svg onload=alert(1)>"), "unsupportedType"],
    ["plain text", b("hello"), "unsupportedType"],
    ["a PDF header not at the start", b(" %PDF-1.7"), "unsupportedType"],
    ["an unknown ftyp brand", ftyp("xxxx"), "unsupportedType"],
    ["nothing", b(""), "emptyFile"],
  ])("refuses %s", (_name, head, reason) => {
    expect(sniff(head)).toEqual({ ok: false, reason });
  });
});
