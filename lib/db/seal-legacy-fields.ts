// Run by `npm run db:migrate` after the SQL migrations: encrypts what an older version stored in clear (the
// legacy* columns of prisma/models.prisma) and empties those columns. An account made with an email gets that
// email as its login name (as a keyed hash to find it by, and encrypted to show her), so she signs in as before.
// Idempotent and safe to interrupt: each row is rewritten only if its legacy value is still the one read.
// Afterwards the file (SQLite) or the tables (PostgreSQL) are rewritten so no old copy survives in free space.
import { sealAgencyName } from "../agencies/crypto-fields";
import { normaliseLogin } from "../auth/login-name";
import { sealLoginName } from "../auth/user-fields";
import { encryptField } from "./crypto";
import type { Db } from "./client";

const batch = 200;
export type SealCounts = { users: number; agencies: number; registrations: number; cases: number };

export async function sealLegacyFields(db: Db): Promise<SealCounts> {
  const counts: SealCounts = { users: 0, agencies: 0, registrations: 0, cases: 0 };
  for (;;) {
    const users = await db.user.findMany({ where: { legacyEmail: { not: null } }, select: { id: true, legacyEmail: true }, take: batch });
    if (!users.length) break;
    for (const u of users) {
      const { count } = await db.user.updateMany({
        where: { id: u.id, legacyEmail: u.legacyEmail },
        data: { ...sealLoginName(u.id, normaliseLogin(u.legacyEmail!)), legacyEmail: null },
      });
      counts.users += count;
    }
  }
  for (;;) {
    const agencies = await db.agency.findMany({ where: { legacyName: { not: null } }, select: { id: true, legacyName: true }, take: batch });
    if (!agencies.length) break;
    for (const a of agencies) {
      const { count } = await db.agency.updateMany({
        where: { id: a.id, legacyName: a.legacyName },
        data: { nameEnc: sealAgencyName(a.id, a.legacyName!), legacyName: null },
      });
      counts.agencies += count;
    }
  }
  for (;;) {
    const registrations = await db.registration.findMany({
      where: { OR: [{ legacyCustomSiteName: { not: null } }, { legacyCustomBaseUrl: { not: null } }] },
      select: { id: true, legacyCustomSiteName: true, legacyCustomBaseUrl: true, customSiteNameEnc: true, customBaseUrlEnc: true },
      take: batch,
    });
    if (!registrations.length) break;
    for (const r of registrations) {
      const seal = (field: string, value: string | null, current: string | null) =>
        value === null ? current : encryptField(value, { model: "Registration", field, id: r.id });
      const { count } = await db.registration.updateMany({
        where: { id: r.id, legacyCustomSiteName: r.legacyCustomSiteName, legacyCustomBaseUrl: r.legacyCustomBaseUrl },
        data: {
          customSiteNameEnc: seal("customSiteNameEnc", r.legacyCustomSiteName, r.customSiteNameEnc),
          customBaseUrlEnc: seal("customBaseUrlEnc", r.legacyCustomBaseUrl, r.customBaseUrlEnc),
          legacyCustomSiteName: null,
          legacyCustomBaseUrl: null,
        },
      });
      counts.registrations += count;
    }
  }
  for (;;) {
    const cases = await db.case.findMany({ where: { legacyFactsJson: { not: null } }, select: { id: true, legacyFactsJson: true }, take: batch });
    if (!cases.length) break;
    for (const c of cases) {
      const { count } = await db.case.updateMany({
        where: { id: c.id, legacyFactsJson: c.legacyFactsJson },
        data: { factsJsonEnc: encryptField(c.legacyFactsJson!, { model: "Case", field: "factsJsonEnc", id: c.id }), legacyFactsJson: null },
      });
      counts.cases += count;
    }
  }
  return counts;
}

export function sealedAnything(counts: SealCounts): boolean {
  return Object.values(counts).some((n) => n > 0);
}
