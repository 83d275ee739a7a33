// Many registrations with long check histories for one user: for the dashboard benchmark and the e2e test of a
// long dashboard. Rows are written in batches; nothing here runs in the app itself.
import type { Db } from "../db/client";
import type { RegistrationStatus, Verdict } from "../db/enums";
import { newId } from "../db/new-id";
import { sealRegistration } from "../registrations/crypto-fields";

const statuses: RegistrationStatus[] = ["VISIBLE", "WITHDRAWAL_REQUESTED", "CONFIRMED_GONE", "REAPPEARED", "UNCHECKABLE", "VISIBLE"];
const verdictOf: Record<RegistrationStatus, Verdict> = {
  PENDING: "VISIBLE",
  VISIBLE: "VISIBLE",
  WITHDRAWAL_REQUESTED: "VISIBLE",
  CONFIRMED_GONE: "GONE",
  REAPPEARED: "VISIBLE",
  UNCHECKABLE: "BLOCKED",
};

export async function seedDemoRegistrations(
  db: Db,
  { userId, count, checksEach, baseUrl }: { userId: string; count: number; checksEach: number; baseUrl: string },
) {
  const sites = await db.site.findMany({ select: { id: true }, take: 12 });
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    const id = newId();
    const handle = `ひまり${i + 1}`;
    const status = statuses[i % statuses.length];
    const lastCheckedAt = new Date(now - (i % 24) * 3600_000);
    await db.registration.create({
      data: {
        id,
        userId,
        siteId: sites.length ? sites[i % sites.length].id : null,
        customSiteNameEnc: sites.length ? null : sealRegistration.customSiteName(id, "Demo"),
        handleEnc: sealRegistration.handle(id, handle),
        profileUrlEnc: sealRegistration.profileUrl(id, `${baseUrl}/profile/${encodeURIComponent(handle)}`),
        status,
        lastVerdict: verdictOf[status],
        lastReason: verdictOf[status] === "GONE" ? "http_404" : verdictOf[status] === "BLOCKED" ? "challenge_page" : "handle_found",
        lastCheckedAt,
        lastHttpStatus: 200,
        consecutiveFailures: status === "UNCHECKABLE" ? 3 : 0,
        withdrawalRequestedAt: status === "WITHDRAWAL_REQUESTED" ? new Date(now - 20 * 86_400_000) : null,
        nextCheckAt: new Date(now + 86_400_000),
      },
    });
    const checks = Array.from({ length: checksEach }, (_, k) => ({
      userId,
      registrationId: id,
      checkedAt: new Date(lastCheckedAt.getTime() - k * 86_400_000),
      verdict: verdictOf[status],
      reason: "handle_found",
      httpStatus: 200,
      durationMs: 150,
    }));
    for (let start = 0; start < checks.length; start += 500) await db.check.createMany({ data: checks.slice(start, start + 500) });
  }
}
