import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadSecrets } from "./secrets";

const saved = process.env.TAIKAI_DATA_DIR;
afterEach(() => {
  process.env.TAIKAI_DATA_DIR = saved;
});

describe("secrets", () => {
  it("generates a secrets file readable only by its owner on first run, and reuses it", () => {
    const dir = mkdtempSync(join(tmpdir(), "taikai-secrets-"));
    process.env.TAIKAI_DATA_DIR = dir;
    const first = loadSecrets({});
    expect(statSync(join(dir, "secrets.json")).mode & 0o777).toBe(0o600);
    const second = loadSecrets({});
    expect(second.nextAuthSecret).toBe(first.nextAuthSecret);
    expect(second.dataKey.equals(first.dataKey)).toBe(true);
    expect(first.dataKey).toHaveLength(32);
  });

  it("takes secrets from the environment when given, with previous keys for rotation", () => {
    const key = Buffer.alloc(32, 1).toString("base64");
    const old = Buffer.alloc(32, 2).toString("base64");
    const secrets = loadSecrets({ NEXTAUTH_SECRET: "s", TAIKAI_DATA_KEY: key, TAIKAI_PREVIOUS_DATA_KEYS: old });
    expect(secrets.nextAuthSecret).toBe("s");
    expect(secrets.previousDataKeys[0].equals(Buffer.alloc(32, 2))).toBe(true);
  });

  it("refuses a key of the wrong length", () => {
    expect(() => loadSecrets({ NEXTAUTH_SECRET: "s", TAIKAI_DATA_KEY: "c2hvcnQ=" })).toThrow(/32 bytes/);
  });
});
