// The Debian packages the test layers drive, and how to tell whether each is present. One list, read by
// `npm test`'s set-up (scripts/provision.ts) and by the unit tests that need a system tool.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export type SystemRequirement = {
  /** Debian package name. */
  pkg: string;
  /** The test layers that need it. */
  layers: string;
  why: string;
  present: () => boolean;
};

export function hasCommand(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

/** Where Playwright finds Chromium: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  return existsSync(path) ? path : undefined;
}

/** The newest PostgreSQL server binaries: PG_BIN, else Debian's /usr/lib/postgresql/<version>/bin. */
export function postgresBinDir(): string | undefined {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, "initdb"))) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((x, y) => Number(y) - Number(x));
  return versions.map((v) => join(root, v, "bin")).find((dir) => existsSync(join(dir, "initdb")));
}

function hasJapaneseFont(): boolean {
  const fc = spawnSync("fc-list", [":lang=ja", "family"], { encoding: "utf8" });
  return fc.status === 0 && fc.stdout.trim().length > 0;
}

export const POPPLER: SystemRequirement = {
  pkg: "poppler-utils",
  layers: "unit",
  why: "pdftoppm, pdftotext and pdfinfo render the letters' PDFs to prove their Japanese glyphs are drawn",
  present: () => ["pdftoppm", "pdftotext", "pdfinfo"].every(hasCommand),
};

export const SYSTEM_REQUIREMENTS: SystemRequirement[] = [
  POPPLER,
  {
    pkg: "chromium",
    layers: "e2e",
    why: "the browser Playwright drives (Playwright's own download is not reachable)",
    present: () => chromiumPath() !== undefined,
  },
  { pkg: "fonts-noto-cjk", layers: "e2e", why: "Japanese text in the pages and screenshots (boxes without it)", present: hasJapaneseFont },
  {
    pkg: "postgresql",
    layers: "integration, e2e and load on PostgreSQL",
    why: "initdb and pg_ctl start a throw-away cluster on loopback",
    present: () => postgresBinDir() !== undefined,
  },
  { pkg: "openssl", layers: "e2e behind HTTPS", why: "makes the throw-away TLS certificate", present: () => hasCommand("openssl") },
];
