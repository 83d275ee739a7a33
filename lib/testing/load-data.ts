// Users for the load benchmark (scripts/bench-load.ts): each with a password she can sign in with, a few
// registrations pointing at the loopback fixture sites, and a sent case with one event, written straight to the
// database. Nothing here runs in the app itself.
import type { Db } from "../db/client";
import { newId } from "../db/new-id";
import { sealEventNote } from "../cases/crypto-fields";
import { sealAgencyName } from "../agencies/crypto-fields";
import { sealLoginName } from "../auth/user-fields";
import { sealRegistration } from "../registrations/crypto-fields";

export type LoadUser = { login: string; userId: string; registrationIds: string[]; caseId: string };

export async function createLoadUser(
  db: Db,
  { login, passwordHash, registrations, baseUrl }: { login: string; passwordHash: string; registrations: number; baseUrl: string },
): Promise<LoadUser> {
  const userId = newId();
  await db.user.create({ data: { id: userId, ...sealLoginName(userId, login), passwordHash } });
  const agencyId = newId();
  await db.agency.create({ data: { id: agencyId, userId, nameEnc: sealAgencyName(agencyId, "負荷テスト事務所") } });
  const registrationIds: string[] = [];
  const sentAt = new Date(Date.now() - 3 * 86_400_000);
  for (let i = 0; i < registrations; i++) {
    const id = newId();
    const handle = `load-${i + 1}`;
    await db.registration.create({
      data: {
        id,
        userId,
        agencyId,
        customSiteNameEnc: sealRegistration.customSiteName(id, "Fixture"),
        customBaseUrlEnc: sealRegistration.customBaseUrl(id, baseUrl),
        handleEnc: sealRegistration.handle(id, handle),
        profileUrlEnc: sealRegistration.profileUrl(id, `${baseUrl}/profile/${handle}`),
        status: "WITHDRAWAL_REQUESTED",
        lastVerdict: "VISIBLE",
        lastReason: "handle_found",
        lastCheckedAt: sentAt,
        lastHttpStatus: 200,
        withdrawalRequestedAt: sentAt,
        nextCheckAt: new Date(Date.now() + 6 * 3600_000),
      },
    });
    registrationIds.push(id);
  }
  const caseId = newId();
  await db.case.create({
    data: {
      id: caseId,
      userId,
      agencyId,
      status: "SENT",
      wizardStep: 6,
      contractType: "EMPLOYEE",
      legalBasis: "civil_627_1",
      channel: "LINE",
      noticeDate: sentAt,
      sentAt,
      deadline: new Date(sentAt.getTime() + 14 * 86_400_000),
      registrations: { connect: registrationIds.map((id) => ({ id })) },
    },
  });
  const eventId = newId();
  await db.caseEvent.create({ data: { id: eventId, userId, caseId, type: "SENT", occurredAt: sentAt, noteEnc: sealEventNote(eventId, "") } });
  return { login, userId, registrationIds, caseId };
}
