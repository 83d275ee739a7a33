// AES-256-GCM for sensitive fields. The additional authenticated data binds a value to its model, field and row,
// so a ciphertext copied into another row or field does not decrypt.
// Format: v1.<keyId>.<iv>.<tag>.<ciphertext> (base64url parts); keyId lets rotated keys keep old data readable.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { getSecrets } from "../config/secrets";

export type FieldContext = { model: string; field: string; id: string };

function keyId(key: Buffer): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, 8);
}

function aad({ model, field, id }: FieldContext): Buffer {
  return Buffer.from(`${model}.${field}.${id}`, "utf8");
}

export function encryptField(plain: string, context: FieldContext, key = getSecrets().dataKey): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(aad(context));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const parts = [keyId(key), iv, cipher.getAuthTag(), body].map((p) => (typeof p === "string" ? p : p.toString("base64url")));
  return `v1.${parts.join(".")}`;
}

export function decryptField(stored: string, context: FieldContext, keys = allKeys()): string {
  const [version, id, iv, tag, body] = stored.split(".");
  if (version !== "v1" || !body) throw new Error("Not an encrypted field value");
  const key = keys.find((k) => keyId(k) === id);
  if (!key) throw new Error("No key for this value (was a data key removed?)");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(aad(context));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

export function encryptOptional(plain: string | null | undefined, context: FieldContext): string | null {
  return plain == null || plain === "" ? null : encryptField(plain, context);
}

export function decryptOptional(stored: string | null | undefined, context: FieldContext): string | null {
  return stored == null ? null : decryptField(stored, context);
}

function allKeys(): Buffer[] {
  const { dataKey, previousDataKeys } = getSecrets();
  return [dataKey, ...previousDataKeys];
}
