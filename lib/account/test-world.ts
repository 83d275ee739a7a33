// A user with a real password, a row in every table she can own, readable values in the encrypted fields and
// evidence files on disk, for the export and deletion tests. `marker` is in her login name, agency name, custom
// site name and address and her answers about her work, so a raw search of the database file has each to look for.
import { randomBytes } from "node:crypto";
import { hashPassword } from "../auth/password";
import { sealAgencyName } from "../agencies/crypto-fields";
import { sealLoginName } from "../auth/user-fields";
import { sealCase, sealEventNote, sealFacts } from "../cases/crypto-fields";
import type { WorkFactsInput } from "../cases/facts-schema";
import { saveLetterDocument } from "../cases/documents";
import { db } from "../db/client";
import { encryptField } from "../db/crypto";
import { newId } from "../db/new-id";
import { pdfBytes, snapshotEvidence, uploadEvidence } from "../evidence/test-factory";
import { sealCheck, sealRegistration } from "../registrations/crypto-fields";
import { createUserWithEverything } from "../testing/factories";
import { sealTrouble } from "../trouble/crypto-fields";

export const worldPassword = "yoru-no-kouen-de-sanpo-77";

/** Answers that say she is leaving over harassment: the kind of fact that must never sit in the file in clear. */
export const worldFacts: WorkFactsInput = {
  fixedShifts: "yes",
  attendanceChecks: "yes",
  finesForLateness: "yes",
  workplace: "agency_premises",
  canRefuseWork: "no",
  payBasis: "hourly",
  writtenContract: "yes",
  contractTitle: "outsourcing",
  fixedTerm: "yes",
  termMonths: 12,
  unavoidableReason: "harassment",
};

export async function createAccountWorld() {
  const world = await createUserWithEverything(db);
  const userId = world.user.id;
  const marker = `mk${randomBytes(6).toString("hex")}`;
  const login = `hanako-${marker}`;
  await db.user.update({ where: { id: userId }, data: { ...sealLoginName(userId, login), passwordHash: await hashPassword(worldPassword) } });

  const agencyId = newId();
  await db.agency.create({
    data: {
      id: agencyId,
      userId,
      nameEnc: sealAgencyName(agencyId, `事務所${marker}`),
      phoneEnc: encryptField("03-1234-5678", { model: "Agency", field: "phoneEnc", id: agencyId }),
      notesEnc: encryptField(`メモ ${marker}`, { model: "Agency", field: "notesEnc", id: agencyId }),
    },
  });
  const registrationId = newId();
  await db.registration.create({
    data: {
      id: registrationId,
      userId,
      agencyId,
      customSiteNameEnc: sealRegistration.customSiteName(registrationId, `site-${marker}`),
      customBaseUrlEnc: sealRegistration.customBaseUrl(registrationId, `https://${marker}.example.test`),
      handleEnc: encryptField(`handle-${marker}`, { model: "Registration", field: "handleEnc", id: registrationId }),
      profileUrlEnc: encryptField(`https://example.test/p/${marker}`, { model: "Registration", field: "profileUrlEnc", id: registrationId }),
    },
  });
  const checkId = newId();
  await db.check.create({
    data: {
      id: checkId,
      userId,
      registrationId,
      verdict: "VISIBLE",
      reason: "handle_found",
      durationMs: 5,
      finalUrlEnc: sealCheck.finalUrl(checkId, "https://example.test/final"),
      excerptEnc: sealCheck.excerpt(checkId, "ひまりのプロフィール"),
    },
  });
  const caseId = world.withdrawal.id;
  await db.case.update({
    where: { id: caseId },
    data: {
      factsJsonEnc: sealFacts(caseId, worldFacts),
      senderNameEnc: sealCase.senderName(caseId, "山田花子"),
      senderAddressEnc: sealCase.senderAddress(caseId, "東京都"),
    },
  });
  await db.caseEvent.update({ where: { id: world.event.id }, data: { noteEnc: sealEventNote(world.event.id, "電話で断られた") } });
  const letterId = await saveLetterDocument(userId, caseId, "reminder", {
    title: "催告書",
    date: "2026年1月5日",
    paragraphs: ["退会を求めます。"],
    sender: { name: "山田花子", address: "東京都" },
    recipient: { name: "テスト事務所", address: "大阪府" },
  });
  const uploads = [
    await uploadEvidence(userId, { data: pdfBytes(3000), description: "LINEのスクリーンショット", fileName: "line.pdf", caseId }),
    await uploadEvidence(userId, { data: pdfBytes(200_000), fileName: "契約書.pdf" }),
  ];
  const snapshot = await snapshotEvidence(userId, caseId);
  await db.customerTrouble.update({
    where: { id: world.trouble.id },
    data: {
      customerIdEnc: sealTrouble.customerId(world.trouble.id, `customer-${marker}`),
      whatHappenedEnc: sealTrouble.whatHappened(world.trouble.id, `脅された ${marker}`),
      siteNameEnc: sealTrouble.siteName(world.trouble.id, `trouble-site-${marker}`),
    },
  });
  return { ...world, user: { ...world.user, login }, userId, marker, letterId: letterId!, uploads, snapshot, handle: `handle-${marker}` };
}
