// Secrets with no set-up: taken from the environment when present (a real deployment), otherwise generated once
// into <data dir>/secrets.json (mode 0600) and reused, so a fresh clone runs with nothing to configure.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir } from "./paths";

type SecretsFile = { nextAuthSecret: string; dataKey: string };

export type Secrets = {
  nextAuthSecret: string;
  /** The key new data is encrypted with. */
  dataKey: Buffer;
  /** Older keys still accepted for decryption (key rotation). */
  previousDataKeys: Buffer[];
};

let cached: Secrets | undefined;

export function getSecrets(): Secrets {
  cached ??= loadSecrets(process.env);
  return cached;
}

export function loadSecrets(env: Record<string, string | undefined>): Secrets {
  const fromEnv = env.NEXTAUTH_SECRET && env.TAIKAI_DATA_KEY;
  const file = fromEnv ? undefined : readOrCreateSecretsFile();
  const nextAuthSecret = env.NEXTAUTH_SECRET || file!.nextAuthSecret;
  const dataKey = decodeKey(env.TAIKAI_DATA_KEY || file!.dataKey, "TAIKAI_DATA_KEY");
  const previousDataKeys = (env.TAIKAI_PREVIOUS_DATA_KEYS ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => decodeKey(k, "TAIKAI_PREVIOUS_DATA_KEYS"));
  return { nextAuthSecret, dataKey, previousDataKeys };
}

export function decodeKey(base64: string, name: string): Buffer {
  const key = Buffer.from(base64, "base64");
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64-encoded`);
  return key;
}

function readOrCreateSecretsFile(): SecretsFile {
  const path = join(dataDir(), "secrets.json");
  try {
    return JSON.parse(readFileSync(path, "utf8")) as SecretsFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dataDir(), { recursive: true, mode: 0o700 });
  const created: SecretsFile = {
    nextAuthSecret: randomBytes(32).toString("base64url"),
    dataKey: randomBytes(32).toString("base64"),
  };
  try {
    // "wx": if another process created the file first, use theirs.
    writeFileSync(path, JSON.stringify(created, null, 2), { mode: 0o600, flag: "wx" });
    return created;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return JSON.parse(readFileSync(path, "utf8")) as SecretsFile;
  }
}
