// The 相談メモ for a customer-trouble record (for the police or a counsellor), made by the escalation memo builder:
// this adapter only turns the record into its input. The facts of the record take the place of the agency lines;
// the timeline is the record's dates, each piece of evidence and each letter she made.
import { consultationMemo, type ConsultationMemoInput, type TimelineEntry } from "../escalation/consultation-memo";
import { field, noteLines, type EscalationLetter, type Locale } from "../escalation/letter-parts";
import { todayInTokyo } from "../time/tokyo-date";
import { troubleKindLabels } from "./kind-labels";
import type { TroubleKind } from "./schema";
import type { LetterEvidence } from "./site-report";

export type TroubleMemoRecord = {
  siteName: string;
  customerId: string;
  kind: TroubleKind;
  whatHappened: string;
  firstContactOn?: string;
  lastIncidentOn?: string;
  evidence: readonly LetterEvidence[];
  /** Letters she made from the record: the date and what it was. */
  letters: readonly { date: string; kind: "site_report" | "takedown" }[];
};

const words = {
  ja: {
    site: "サイト",
    customer: "相手のID",
    problem: "困っていること",
    happened: "起きたこと",
    unknownSite: "【サイト名】",
    unknownCustomer: "【相手のID】",
    firstContact: "最初の連絡",
    lastIncident: "最後の被害",
    evidence: "記録を保存",
    site_report: "サイト運営者への報告書を作成",
    takedown: "転載先への削除依頼書を作成",
  },
  en: {
    site: "Site",
    customer: "His ID",
    problem: "Problem",
    happened: "What happened",
    unknownSite: "[site]",
    unknownCustomer: "[his ID]",
    firstContact: "first contact",
    lastIncident: "latest incident",
    evidence: "record kept",
    site_report: "report to the site operator written",
    takedown: "takedown request written",
  },
} as const;

/** The Japan date of a capture time; "" (shown as a placeholder) for anything that is not a time. */
function dayOf(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? "" : todayInTokyo(new Date(time));
}

export function troubleMemoInput(record: TroubleMemoRecord, extra: { wants: string; today: string; senderName?: string }, loc: Locale): ConsultationMemoInput {
  const w = words[loc];
  const colon = loc === "ja" ? "：" : ": ";
  const indent = "\u3000";
  const happened = noteLines(record.whatHappened);
  const timeline: TimelineEntry[] = [
    ...(record.firstContactOn ? [{ date: record.firstContactOn, type: w.firstContact }] : []),
    ...record.evidence.map((e) => ({ date: dayOf(e.capturedAt), type: w.evidence, note: e.fileName })),
    ...record.letters.map((l) => ({ date: l.date, type: w[l.kind] })),
    ...(record.lastIncidentOn ? [{ date: record.lastIncidentOn, type: w.lastIncident }] : []),
  ];
  return {
    sender: { name: extra.senderName },
    agencyName: "",
    employmentType: "UNKNOWN",
    situations: [],
    timeline,
    requests: { items: [] },
    evidence: record.evidence,
    wants: extra.wants,
    today: extra.today,
    about: [
      `${w.site}${colon}${field(record.siteName, w.unknownSite)}${loc === "ja" ? "　" : "; "}${w.customer}${colon}${field(record.customerId, w.unknownCustomer)}`,
      `${w.problem}${colon}${troubleKindLabels[loc][record.kind]}`,
      `${w.happened}${colon}`,
      ...happened.map((line) => `${indent}${line}`),
    ],
  };
}

export function troubleMemo(record: TroubleMemoRecord, extra: { wants: string; today: string; senderName?: string }, loc: Locale = "ja"): EscalationLetter {
  return consultationMemo(troubleMemoInput(record, extra, loc), loc);
}
