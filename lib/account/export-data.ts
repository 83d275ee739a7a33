// Everything the app holds about her, as readable records: every row of every table with a userId column (found
// from the generated client, so a table added later is exported without anyone remembering to), with encrypted
// fields opened. Only her own secrets are left out: the password hash, the TOTP secret and recovery-code hashes.
import "server-only";
import { db } from "../db/client";
import { decryptField } from "../db/crypto";
import { Prisma } from "../db/generated/sqlite/client";
import { letterPlainText } from "../cases/documents";
import type { LetterDocument } from "../cases/letter-text";

type Row = Record<string, unknown> & { id: string };
export type ExportRecord = Record<string, unknown> & { id: string };
export type AccountData = {
  format: "account-export/1";
  exportedAt: string;
  note: string;
  user: ExportRecord;
  tables: Record<string, ExportRecord[]>;
};

/** Never exported: they would let whoever holds the file sign in as her. */
const secretFields: Record<string, readonly string[]> = { User: ["passwordHash", "totpSecretEnc"], RecoveryCode: ["codeHash"] };

/** Models with a userId column, in the generated client's order. */
export function userOwnedModelNames(): string[] {
  const namespace = Prisma as unknown as Record<string, Record<string, string> | undefined>;
  return Object.values(Prisma.ModelName).filter((model) => "userId" in (namespace[`${model}ScalarFieldEnum`] ?? {}));
}

type FindMany = { findMany(args: { where: { userId: string }; orderBy: { id: "asc" } }): Promise<Row[]> };
function delegate(model: string): FindMany {
  return (db as unknown as Record<string, FindMany>)[model[0].toLowerCase() + model.slice(1)];
}

/** A row with `xxxEnc` fields replaced by `xxx` in clear; a value that cannot be opened is null and listed. */
export function openRow(model: string, row: Row): ExportRecord {
  const out: ExportRecord = { id: row.id };
  const unreadable: string[] = [];
  for (const [key, value] of Object.entries(row)) {
    if (secretFields[model]?.includes(key)) continue;
    if (!key.endsWith("Enc")) {
      out[key] = value instanceof Date ? value.toISOString() : typeof value === "bigint" ? Number(value) : value;
      continue;
    }
    const name = key.slice(0, -3);
    if (typeof value !== "string") {
      out[name] = null;
      continue;
    }
    try {
      out[name] = decryptField(value, { model, field: key, id: row.id });
    } catch {
      out[name] = null;
      unreadable.push(name);
    }
  }
  if (unreadable.length) out.unreadableFields = unreadable;
  return readable(model, out);
}

// A snapshot's text exactly as sealed (its SHA-256 is of this text), for the export's file of it.
const snapshotTexts = new WeakMap<ExportRecord, string>();
export function snapshotTextOf(record: ExportRecord): string | null {
  return snapshotTexts.get(record) ?? null;
}

/** Stored JSON shown as JSON, and letters also as plain text. */
function readable(model: string, record: ExportRecord): ExportRecord {
  if (model === "Evidence" && typeof record.snapshot === "string") {
    snapshotTexts.set(record, record.snapshot);
    record.snapshot = parseJson(record.snapshot) ?? record.snapshot;
  }
  if (model === "Document" && typeof record.text === "string") {
    const stored = parseJson(record.text) as { format?: string; letter?: LetterDocument } | null;
    if (stored?.format === "letter" && stored.letter) {
      record.letter = stored.letter;
      record.text = letterPlainText(stored.letter);
    }
  }
  for (const key of Object.keys(record)) {
    if (key.endsWith("Json") && typeof record[key] === "string") record[key] = parseJson(record[key] as string) ?? record[key];
  }
  return record;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Her account and every record of hers; null when there is no such user. */
export async function getAccountData(userId: string, now = new Date()): Promise<AccountData | null> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) return null;
  const tables: Record<string, ExportRecord[]> = {};
  for (const model of userOwnedModelNames()) {
    tables[model] = (await delegate(model).findMany({ where: { userId }, orderBy: { id: "asc" } })).map((row) => openRow(model, row));
  }
  await addLinks(userId, tables);
  return {
    format: "account-export/1",
    exportedAt: now.toISOString(),
    note: "Every record kept for this account, with encrypted fields decrypted. Password hash, TOTP secret and recovery-code hashes are left out.",
    user: { ...openRow("User", user as unknown as Row), totpEnabled: user.totpEnabledAt !== null },
    tables,
  };
}

/** What the rows alone do not say: which registrations a case covers, and the catalogue name of each site. */
async function addLinks(userId: string, tables: Record<string, ExportRecord[]>): Promise<void> {
  const links = await db.case.findMany({ where: { userId }, select: { id: true, registrations: { select: { id: true }, orderBy: { id: "asc" } } } });
  const byCase = new Map(links.map((c) => [c.id, c.registrations.map((r) => r.id)]));
  for (const record of tables.Case ?? []) record.registrationIds = byCase.get(record.id) ?? [];
  const siteIds = [...new Set((tables.Registration ?? []).map((r) => r.siteId).filter((id): id is string => typeof id === "string"))];
  const sites = await db.site.findMany({ where: { id: { in: siteIds } }, select: { id: true, name: true } });
  const names = new Map(sites.map((s) => [s.id, s.name]));
  for (const record of tables.Registration ?? []) if (typeof record.siteId === "string") record.siteName = names.get(record.siteId) ?? null;
}
