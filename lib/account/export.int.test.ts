import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { unlink } from "node:fs/promises";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { userEvidenceDir } from "../evidence/storage";
import { provider } from "../testing/databases";
import { buildAccountExport } from "./export";
import { userOwnedModelNames } from "./export-data";
import { createAccountWorld } from "./test-world";

type World = Awaited<ReturnType<typeof createAccountWorld>>;
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** Read from the one source of truth, not from the code under test. */
function userOwnedModels(): string[] {
  const models = readFileSync("prisma/models.prisma", "utf8")
    .split(/^model /m)
    .slice(1);
  return models.filter((m) => /^\s+userId\s+String/m.test(m)).map((m) => m.split(/\s/)[0]);
}

type IdDelegate = { findMany(args: unknown): Promise<{ id: string }[]> };
async function idsOf(userId: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const model of userOwnedModels()) {
    const delegate = (db as unknown as Record<string, IdDelegate>)[model[0].toLowerCase() + model.slice(1)];
    out[model] = (await delegate.findMany({ where: { userId }, select: { id: true } })).map((r) => r.id);
  }
  return out;
}

async function exportOf(userId: string) {
  const built = await buildAccountExport(userId, new Date("2026-02-01T00:00:00Z"));
  if (!built) throw new Error("no export");
  const parts: Uint8Array[] = [];
  for await (const chunk of built.stream) parts.push(chunk);
  const files = unzipSync(Buffer.concat(parts));
  const text = new TextDecoder().decode(files["data.json"]);
  return { fileName: built.fileName, files, text, data: JSON.parse(text) };
}

describe(`account export (${provider})`, () => {
  let her: World;
  let other: World;
  let exported: Awaited<ReturnType<typeof exportOf>>;
  beforeAll(async () => {
    her = await createAccountWorld();
    other = await createAccountWorld();
    exported = await exportOf(her.userId);
  });
  afterAll(() => db.$disconnect());

  it("exports every table with a userId column", () => {
    expect(userOwnedModelNames().sort()).toEqual(userOwnedModels().sort());
    expect(Object.keys(exported.data.tables).sort()).toEqual(userOwnedModels().sort());
  });

  it("holds every row of hers in every user-owned table, and no row of anyone else's", async () => {
    const mine = await idsOf(her.userId);
    for (const [model, ids] of Object.entries(mine)) {
      expect(ids.length, model).toBeGreaterThan(0);
      expect(exported.data.tables[model].map((r: { id: string }) => r.id).sort(), model).toEqual([...ids].sort());
    }
    expect(exported.data.user.id).toBe(her.userId);
    const theirs = Object.values(await idsOf(other.userId)).flat();
    expect(theirs.length).toBeGreaterThan(10);
    const everything =
      Object.values(exported.files)
        .map((f) => Buffer.from(f).toString("latin1"))
        .join("\n") + exported.text;
    for (const id of [other.userId, ...theirs]) expect(everything.includes(id), id).toBe(false);
  });

  it("gives her evidence files back decrypted, with the SHA-256 recorded for each", () => {
    const listed = exported.data.files as { path: string; evidenceId: string; sha256: string }[];
    expect(listed).toHaveLength(3);
    for (const upload of her.uploads) {
      const entry = listed.find((f) => f.evidenceId === upload.id)!;
      expect(sha(exported.files[entry.path])).toBe(sha(upload.data));
      expect(entry.sha256).toBe(sha(upload.data));
    }
    const snapshot = listed.find((f) => f.evidenceId === her.snapshot.id)!;
    expect(new TextDecoder().decode(exported.files[snapshot.path])).toBe(her.snapshot.text);
    expect(sha(exported.files[snapshot.path])).toBe(snapshot.sha256);
    expect(exported.files["problems.json"]).toBeUndefined();
  });

  it("opens every encrypted field and leaves out her secrets", () => {
    const { tables, user } = exported.data;
    const registration = tables.Registration.find((r: { handle: string }) => r.handle === her.handle);
    expect(registration).toMatchObject({ profileUrl: `https://example.test/p/${her.marker}` });
    expect(tables.Agency.find((a: { name: string }) => a.name === `事務所${her.marker}`)).toMatchObject({ phone: "03-1234-5678", notes: `メモ ${her.marker}` });
    expect(tables.Case[0]).toMatchObject({ senderName: "山田花子", senderAddress: "東京都", registrationIds: [her.registration.id] });
    expect(tables.CaseEvent[0]).toMatchObject({ note: "電話で断られた" });
    expect(tables.Check.find((c: { excerpt: string | null }) => c.excerpt)).toMatchObject({
      finalUrl: "https://example.test/final",
      excerpt: "ひまりのプロフィール",
    });
    expect(tables.Evidence.find((e: { id: string }) => e.id === her.uploads[0].id)).toMatchObject({
      fileName: "line.pdf",
      description: "LINEのスクリーンショット",
    });
    expect(tables.Evidence.find((e: { id: string }) => e.id === her.snapshot.id).snapshot).toMatchObject({ verdict: "VISIBLE", excerpt: "ひまり" });
    expect(tables.Document.find((d: { id: string }) => d.id === her.letterId)).toMatchObject({ letter: { title: "催告書" } });
    expect(user).toMatchObject({ loginName: her.user.login, totpEnabled: false });
    // The factory's placeholder document text is not a sealed value: reported, not fatal.
    expect(tables.Document.find((d: { id: string }) => d.id === her.document.id)).toMatchObject({ text: null, unreadableFields: ["text"] });
    expect(exported.text).not.toMatch(/"v1\.[A-Za-z0-9_-]{8}\./);
    expect(exported.text).not.toMatch(/passwordHash|totpSecret|codeHash|argon2/);
    // Found on her phone, the file must not say which app made it.
    expect(exported.data.format).toBe("account-export/1");
    expect(`${exported.data.note}${new TextDecoder().decode(exported.files["README.txt"])}`).not.toMatch(/taikai/i);
  });

  it("adds letters as text", () => {
    const name = Object.keys(exported.files).find((n) => n.startsWith("letters/") && n.includes(her.letterId))!;
    expect(new TextDecoder().decode(exported.files[name])).toContain("退会を求めます。");
    expect(exported.fileName).toBe("account-export-2026-02-01.zip");
  });

  it("still exports everything else when a file is missing, and says which", async () => {
    const row = await db.evidence.findUniqueOrThrow({ where: { id: her.uploads[1].id } });
    await unlink(join(userEvidenceDir(her.userId), row.storageKey!));
    const again = await exportOf(her.userId);
    expect(JSON.parse(new TextDecoder().decode(again.files["problems.json"]))).toEqual([
      expect.objectContaining({ evidenceId: her.uploads[1].id, error: "file missing" }),
    ]);
    const first = again.data.files.find((f: { evidenceId: string }) => f.evidenceId === her.uploads[0].id);
    expect(sha(again.files[first.path])).toBe(sha(her.uploads[0].data));
  });

  it("gives nothing for a user who does not exist", async () => {
    expect(await buildAccountExport("cnosuchuser")).toBeNull();
  });
});
