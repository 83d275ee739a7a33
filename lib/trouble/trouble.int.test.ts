import { afterAll, describe, expect, it } from "vitest";
import { getDocument } from "../cases/documents";
import { db } from "../db/client";
import { createUploadedEvidence, planUpload } from "../evidence/mutations";
import { createUser } from "../testing/factories";
import { provider } from "../testing/databases";
import { buildTroubleLetter } from "./build-letter";
import { getTrouble, listTroubleDocuments, listTroubles } from "./data";
import { createTrouble, deleteTrouble, saveTroubleDocument, updateTrouble } from "./mutations";
import { emptyTroubleLetter, type TroubleInput } from "./schema";

const record: TroubleInput = {
  siteSlug: "other",
  siteName: "チャットサイトA",
  customerId: "taro_123",
  kind: "THREATENS_TO_POST",
  whatHappened: "録画を載せると言われた",
  firstContactOn: "2026-11-01",
  lastIncidentOn: "2026-11-30",
};
const stored = {
  storageKey: "f".repeat(32),
  sha256: "b".repeat(64),
  storedBytes: 10,
  receivedBytes: 10,
  metadataRemoved: true,
  type: { mime: "image/png", ext: "png", kind: "image", strippable: true },
} as const;

describe(`customer trouble records (${provider})`, () => {
  afterAll(() => db.$disconnect());

  it("keeps a record sealed, lists and reads it back for her only", async () => {
    const her = await createUser(db);
    const saved = await createTrouble(her.id, record);
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.id : "";
    const row = await db.customerTrouble.findUniqueOrThrow({ where: { id } });
    expect(row.customerIdEnc).not.toContain("taro_123");
    expect(row.siteSlug).toBeNull();
    const got = await getTrouble(her.id, id);
    expect(got).toMatchObject({ siteName: "チャットサイトA", customerId: "taro_123", firstContactOn: "2026-11-01", lastIncidentOn: "2026-11-30" });
    expect((await listTroubles(her.id)).map((t) => t.id)).toEqual([id]);
    expect(await updateTrouble(her.id, id, { ...record, siteSlug: "", lastIncidentOn: "2026-12-01", whatHappened: "また連絡が来た" })).toEqual({ ok: true });
    expect(await getTrouble(her.id, id)).toMatchObject({ siteName: "", lastIncidentOn: "2026-12-01", whatHappened: "また連絡が来た" });
  });

  it("refuses a site slug that is not in the catalogue and writes nothing", async () => {
    const her = await createUser(db);
    expect(await createTrouble(her.id, { ...record, siteSlug: "no-such-site" })).toEqual({ ok: false, error: "invalidInput" });
    expect(await db.customerTrouble.count({ where: { userId: her.id } })).toBe(0);
  });

  it("takes evidence into the record; the memo lists it with its hash; letters are kept on the record", async () => {
    const her = await createUser(db);
    const saved = await createTrouble(her.id, record);
    const troubleId = saved.ok ? saved.id : "";
    const plan = await planUpload(her.id, { caseId: "", troubleId, size: 10 });
    expect(plan).toMatchObject({ ok: true, troubleId });
    const meta = {
      fileName: "shot.png",
      size: 10,
      description: "脅しのメッセージ",
      capturedAt: "2026-11-30T10:00:00.000Z",
      caseId: "",
      troubleId,
      stripMetadata: true,
    };
    const evidenceId = `cev${Date.now().toString(36)}`;
    expect(await createUploadedEvidence(her.id, { evidenceId, stored, meta, caseId: null, troubleId, fileName: "shot.png" })).toMatchObject({ ok: true });
    expect((await getTrouble(her.id, troubleId))?.evidence.map((e) => e.fileName)).toEqual(["shot.png"]);

    const memo = await buildTroubleLetter(her.id, troubleId, { ...emptyTroubleLetter, kind: "memo", wants: "警告してほしい" });
    expect(memo?.paragraphs.join("\n")).toContain("b".repeat(64));
    const report = await buildTroubleLetter(her.id, troubleId, emptyTroubleLetter);
    expect(report?.paragraphs.join("\n")).toContain("taro_123");
    const documentId = await saveTroubleDocument(her.id, troubleId, "site_report", report!);
    const documents = await listTroubleDocuments(her.id, troubleId);
    expect(documents.map((d) => d.id)).toEqual([documentId]);
    expect(documents[0].text).toContain("taro_123");
    expect((await getDocument(her.id, documentId!))?.letter?.title).toBe(report?.title);

    // Deleting the record deletes its letters; the evidence stays in her locker, no longer tied to it.
    expect(await deleteTrouble(her.id, troubleId)).toBe(true);
    expect(await db.document.count({ where: { id: documentId! } })).toBe(0);
    expect(await db.evidence.findUnique({ where: { id: evidenceId }, select: { troubleId: true } })).toEqual({ troubleId: null });
  });

  it("goes with her account: deleting the user deletes her records and their letters", async () => {
    const her = await createUser(db);
    const saved = await createTrouble(her.id, record);
    const troubleId = saved.ok ? saved.id : "";
    await saveTroubleDocument(her.id, troubleId, "takedown", {
      title: "x",
      date: "",
      paragraphs: [],
      sender: { name: "", address: "" },
      recipient: { name: "", address: "" },
    });
    await db.user.delete({ where: { id: her.id } });
    expect(await db.customerTrouble.count({ where: { userId: her.id } })).toBe(0);
    expect(await db.document.count({ where: { troubleId } })).toBe(0);
  });
});
