// Test data shared by integration tests (and usable by seeds of demo data). Every user gets a unique login name.
import { randomBytes } from "node:crypto";
import { sealAgencyName } from "../agencies/crypto-fields";
import { sealDocumentText } from "../cases/crypto-fields";
import { sealLoginName } from "../auth/user-fields";
import type { Db } from "../db/client";
import { encryptField } from "../db/crypto";
import { newId } from "../db/new-id";
import { sealRegistration } from "../registrations/crypto-fields";
import { sealTrouble } from "../trouble/crypto-fields";

/** A user row and the login name she signs in with. */
export async function createUser(db: Db, overrides: { login?: string } = {}) {
  const login = overrides.login ?? `user-${randomBytes(6).toString("hex")}`;
  const id = newId();
  // A fixed argon2id hash is enough here: integration tests do not sign in through the password.
  const user = await db.user.create({ data: { id, ...sealLoginName(id, login), passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$test$test" } });
  return { ...user, login };
}

/** One row in every table a user owns, so deletion and isolation tests cover the whole model. */
export async function createUserWithEverything(db: Db) {
  const user = await createUser(db);
  const userId = user.id;
  const agencyId = newId();
  const agency = await db.agency.create({
    data: {
      id: agencyId,
      userId,
      nameEnc: sealAgencyName(agencyId, "テスト事務所"),
      emailEnc: encryptField("agency@example.test", { model: "Agency", field: "emailEnc", id: agencyId }),
    },
  });
  const site = await db.site.findFirst();
  const registrationId = newId();
  const registration = await db.registration.create({
    data: {
      id: registrationId,
      userId,
      agencyId: agency.id,
      siteId: site?.id,
      customSiteNameEnc: site ? null : sealRegistration.customSiteName(registrationId, "Other"),
      handleEnc: encryptField("himari", { model: "Registration", field: "handleEnc", id: registrationId }),
      profileUrlEnc: encryptField("https://example.test/profile/himari", { model: "Registration", field: "profileUrlEnc", id: registrationId }),
    },
  });
  const check = await db.check.create({ data: { userId, registrationId, verdict: "VISIBLE", reason: "handle_found", httpStatus: 200, durationMs: 120 } });
  const withdrawal = await db.case.create({ data: { userId, agencyId: agency.id, registrations: { connect: { id: registration.id } } } });
  const event = await db.caseEvent.create({ data: { userId, caseId: withdrawal.id, type: "SENT", occurredAt: new Date() } });
  const evidence = await db.evidence.create({
    data: {
      userId,
      kind: "CHECK_SNAPSHOT",
      caseId: withdrawal.id,
      caseEventId: event.id,
      registrationId,
      checkId: check.id,
      sha256: "0".repeat(64),
      capturedAt: new Date(),
    },
  });
  const document = await db.document.create({ data: { userId, caseId: withdrawal.id, type: "NOTICE", language: "ja", textEnc: "x" } });
  const troubleId = newId();
  const trouble = await db.customerTrouble.create({
    data: {
      id: troubleId,
      userId,
      siteSlug: site?.slug ?? null,
      customerIdEnc: sealTrouble.customerId(troubleId, "taro_123"),
      kind: "THREATENS_TO_POST",
      whatHappenedEnc: sealTrouble.whatHappened(troubleId, "録画を載せると言われた"),
    },
  });
  const troubleEvidence = await db.evidence.create({ data: { userId, kind: "CHECK_SNAPSHOT", troubleId, sha256: "1".repeat(64), capturedAt: new Date() } });
  const troubleDocumentId = newId();
  const troubleDocument = await db.document.create({
    data: { id: troubleDocumentId, userId, troubleId, type: "trouble_site_report", language: "ja", textEnc: sealDocumentText(troubleDocumentId, "報告書") },
  });
  await db.auditEvent.create({ data: { userId, type: "SIGN_IN" } });
  await db.recoveryCode.create({ data: { userId, codeHash: "hash" } });
  await db.job.create({ data: { userId, type: "check", runAt: new Date(), uniqueKey: `check:${registrationId}` } });
  const session = await db.session.create({ data: { id: randomBytes(24).toString("base64url"), userId } });
  return { user, agency, registration, check, withdrawal, event, evidence, document, session, trouble, troubleEvidence, troubleDocument };
}
