import "server-only";
import { openAgencyName } from "../agencies/crypto-fields";
import { db } from "../db/client";
import { daysLeft } from "./deadline-state";

export type CaseAlert = { caseId: string; agencyName: string; daysLeft: number };

/** Open cases whose reply deadline is within three days or already past, for the dashboard. */
export async function getCaseAlerts(userId: string, now = new Date()): Promise<CaseAlert[]> {
  const soon = new Date(now.getTime() + 3 * 86_400_000);
  const cases = await db.case.findMany({
    where: { userId, status: { in: ["SENT", "NO_REPLY"] }, deadline: { lte: soon } },
    select: { id: true, deadline: true, agency: { select: { id: true, nameEnc: true } } },
    orderBy: { deadline: "asc" },
  });
  return cases.map((c) => ({ caseId: c.id, agencyName: c.agency ? openAgencyName(c.agency.id, c.agency.nameEnc) : "", daysLeft: daysLeft(c.deadline!, now) }));
}
