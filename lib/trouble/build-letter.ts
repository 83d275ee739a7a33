import "server-only";
// Fills a customer-trouble letter from what her record holds: its facts, its evidence and the letters made before.
import { db } from "../db/client";
import type { EscalationLetter } from "../escalation/letter-parts";
import { addDays, inputFromDate, todayInTokyo } from "../time/tokyo-date";
import { getTrouble } from "./data";
import { troubleMemo } from "./memo";
import type { TroubleLetterInput } from "./schema";
import { siteReport, type TroubleLetter } from "./site-report";
import { troubleTakedown } from "./takedown";

export async function buildTroubleLetter(
  userId: string,
  troubleId: string,
  request: TroubleLetterInput,
  locale: "ja" | "en" = "ja",
): Promise<TroubleLetter | EscalationLetter | null> {
  const record = await getTrouble(userId, troubleId);
  if (!record) return null;
  const today = todayInTokyo();
  const evidence = record.evidence.map((e) => ({
    fileName: e.fileName,
    capturedAt: e.capturedAt.toISOString(),
    sha256: e.sha256,
    description: e.description || undefined,
  }));
  const sender = { name: request.senderName || undefined, email: request.contactEmail || undefined };
  // What the record says, the same in the site report and the memo.
  const facts = {
    siteName: record.siteName,
    customerId: record.customerId,
    kind: record.kind,
    whatHappened: record.whatHappened,
    firstContactOn: record.firstContactOn || undefined,
    lastIncidentOn: record.lastIncidentOn || undefined,
    evidence,
  };
  switch (request.kind) {
    case "site_report":
      return siteReport(
        {
          ...facts,
          asks: request.asks,
          sender: { ...sender, handle: request.myHandle || undefined },
          today,
        },
        locale,
      );
    case "takedown":
      return troubleTakedown(
        {
          platformName: request.platformName,
          postUrl: request.postUrl,
          originSiteName: record.siteName || undefined,
          privateImages: request.privateImages,
          evidence,
          sender,
          deadline: addDays(today, 7),
          today,
        },
        locale,
      );
    case "memo": {
      const letters = await db.document.findMany({
        where: { userId, troubleId, type: { in: ["trouble_site_report", "trouble_takedown"] } },
        select: { type: true, createdAt: true },
      });
      return troubleMemo(
        {
          ...facts,
          letters: letters.map((l) => ({ date: inputFromDate(l.createdAt), kind: l.type === "trouble_takedown" ? "takedown" : "site_report" })),
        },
        { wants: request.wants, today, senderName: sender.name },
        locale,
      );
    }
  }
}
