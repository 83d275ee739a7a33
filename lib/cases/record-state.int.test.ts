import { afterAll, describe, expect, it } from "vitest";
import { sealAgencyName } from "../agencies/crypto-fields";
import { db } from "../db/client";
import { newId } from "../db/new-id";
import { deleteEvidence } from "../evidence/mutations";
import { uploadEvidence } from "../evidence/test-factory";
import { createUser } from "../testing/factories";
import { provider } from "../testing/databases";
import { caseRecordState } from "./documents";

// A saved letter says "the record changed since" when this stamp differs from the one it was written with.
describe(`case record state (${provider})`, () => {
  afterAll(() => db.$disconnect());

  it("changes when evidence is added or removed, or the deadline moves, and not otherwise", async () => {
    const user = await createUser(db);
    const agencyId = newId();
    await db.agency.create({ data: { id: agencyId, userId: user.id, nameEnc: sealAgencyName(agencyId, "テスト事務所") } });
    const withdrawal = await db.case.create({ data: { userId: user.id, agencyId } });
    const first = await caseRecordState(user.id, withdrawal.id);
    expect(first?.stamp).toMatch(/^[0-9a-f]{32}$/);
    expect((await caseRecordState(user.id, withdrawal.id))?.stamp).toBe(first?.stamp);

    const { id } = await uploadEvidence(user.id, { caseId: withdrawal.id });
    const withEvidence = await caseRecordState(user.id, withdrawal.id);
    expect(withEvidence?.stamp).not.toBe(first?.stamp);
    expect(withEvidence!.changedAt.getTime()).toBeGreaterThanOrEqual(first!.changedAt.getTime());

    await db.case.update({ where: { id: withdrawal.id }, data: { deadline: new Date("2027-01-20T00:00:00+09:00") } });
    const moved = await caseRecordState(user.id, withdrawal.id);
    expect(moved?.stamp).not.toBe(withEvidence?.stamp);

    expect(await deleteEvidence(user.id, id)).toBe(true);
    expect((await caseRecordState(user.id, withdrawal.id))?.stamp).not.toBe(moved?.stamp);
  });
});
