// Catalog names are cast to text: @prisma/adapter-pg cannot read PostgreSQL's `name` type.
// A provider-neutral description of a live database's tables, columns, indexes and foreign keys, used to prove
// that applying the migrations gives exactly the schema in prisma/<provider>/schema.prisma.
import type { Db } from "./client";

type Row = Record<string, unknown>;

export async function schemaSnapshot(db: Db, provider: "sqlite" | "postgresql"): Promise<string[]> {
  return provider === "sqlite" ? sqliteSnapshot(db) : postgresSnapshot(db);
}

async function sqliteSnapshot(db: Db): Promise<string[]> {
  const tables = await db.$queryRawUnsafe<Row[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name",
  );
  const lines: string[] = [];
  for (const { name } of tables) {
    const table = String(name);
    for (const c of await db.$queryRawUnsafe<Row[]>(`PRAGMA table_info("${table}")`)) {
      lines.push(`column ${table}.${c.name} ${c.type} notnull=${c.notnull} default=${c.dflt_value} pk=${c.pk}`);
    }
    for (const i of await db.$queryRawUnsafe<Row[]>(`PRAGMA index_list("${table}")`)) {
      const cols = (await db.$queryRawUnsafe<Row[]>(`PRAGMA index_info("${i.name}")`)).map((c) => c.name).join(",");
      lines.push(`index ${table}.${i.name} unique=${i.unique} (${cols})`);
    }
    for (const f of await db.$queryRawUnsafe<Row[]>(`PRAGMA foreign_key_list("${table}")`)) {
      lines.push(`fk ${table}.${f.from} -> ${f.table}.${f.to} delete=${f.on_delete} update=${f.on_update}`);
    }
  }
  return lines.sort();
}

async function postgresSnapshot(db: Db): Promise<string[]> {
  const columns = await db.$queryRawUnsafe<Row[]>(
    `SELECT table_name::text, column_name::text, data_type::text, udt_name::text, is_nullable::text, column_default::text FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name != '_prisma_migrations'`,
  );
  const indexes = await db.$queryRawUnsafe<Row[]>(
    "SELECT tablename::text, indexname::text, indexdef::text FROM pg_indexes WHERE schemaname = current_schema() AND tablename != '_prisma_migrations'",
  );
  const foreignKeys = await db.$queryRawUnsafe<Row[]>(
    `SELECT conrelid::regclass::text AS table_name, conname::text, pg_get_constraintdef(oid)::text AS def FROM pg_constraint
     WHERE contype = 'f' AND connamespace = current_schema()::regnamespace`,
  );
  const enums = await db.$queryRawUnsafe<Row[]>(
    `SELECT t.typname::text, e.enumlabel::text FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
     WHERE t.typnamespace = current_schema()::regnamespace ORDER BY t.typname, e.enumsortorder`,
  );
  return [
    ...columns.map((c) => `column ${c.table_name}.${c.column_name} ${c.data_type}/${c.udt_name} null=${c.is_nullable} default=${c.column_default}`),
    ...indexes.map((i) => `index ${i.tablename}.${i.indexname} ${i.indexdef}`),
    ...foreignKeys.map((f) => `fk ${f.table_name}.${f.conname} ${f.def}`),
    ...enums.map((e) => `enum ${e.typname}.${e.enumlabel}`),
  ].sort();
}
