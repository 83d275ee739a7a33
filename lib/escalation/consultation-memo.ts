// 相談メモ: one page she can bring to, or read out at, a counselling body. Facts only, from the case: who she is (only
// what she chose to give), the agency, the dated timeline, what she asked and when, what the agency did, the
// evidence with dates and full SHA-256, and what she wants now. It states no law, so it cites nothing.
import type { RequestedItem } from "../cases/requested-items";
import { orderItems } from "../cases/requested-items";
import { isCalendarDate } from "../time/tokyo-date";
import {
  continuation,
  field,
  formatDate,
  formatDateTime,
  morePlaceholders,
  noteLines,
  oneLine,
  placeholders,
  sha256Hex,
  type EscalationLetter,
  type Locale,
} from "./letter-parts";
import { orderSituations, type EmploymentType, type Situation } from "./situations";

export type TimelineEntry = { date: string; type: string; note?: string };
export type EvidenceEntry = { fileName: string; capturedAt: string; sha256: string; description?: string };

export type ConsultationMemoInput = {
  sender?: { name?: string; contact?: string };
  agencyName: string;
  employmentType: EmploymentType;
  situations: readonly Situation[];
  timeline: readonly TimelineEntry[];
  requests: { items: readonly RequestedItem[]; sentOn?: string; channel?: string };
  evidence: readonly EvidenceEntry[];
  wants: string;
  today: string;
  /** The body she brings it to, if she wants it on the memo. */
  bodyName?: string;
  /** She asked the agency to agree to end a fixed-term contract rather than ending it: the memo says so. */
  agreement?: boolean;
  /** What the record itself shows: a reply deadline that passed, reminders sent, refusals logged. */
  record?: RecordFacts;
  /** The day she wrote 困っていること and いま望むこと, when that was before today (a bundle rebuilt later). */
  answeredOn?: string;
  /**
   * A memo about something other than an agency (a customer-trouble record, lib/trouble/memo.ts): these lines take
   * the place of the agency, contract and problems lines, and the sections about the agency are left out. Each
   * line is kept as given (its leading indent too), with any line break made a space.
   */
  about?: readonly string[];
};

export type RecordFacts = {
  deadline?: string;
  /** Whole days since the deadline; set only once it has passed. */
  daysPast?: number;
  /** No reply, refusal or completion from the agency is recorded. */
  unanswered: boolean;
  reminders: readonly string[];
  refusals: readonly string[];
};

type Labels = Record<string, string>;

/** A label for a known key only: user text such as "constructor" must not reach Object.prototype. */
function label(labels: Labels, key: string): string | undefined {
  return Object.hasOwn(labels, key) ? labels[key] : undefined;
}

const situationLabels: Record<Locale, Record<Situation, string>> = {
  ja: {
    cannot_quit: "辞めさせてもらえない",
    penalty: "違約金・損害賠償を請求されている",
    withheld_pay: "報酬の不払い・罰金の天引き",
    threats: "家族や職場に知らせるという脅し・つきまとい",
    profile_online: "退会後もプロフィールや画像が公開されている",
    reposted: "録画や画像が別のサイトに転載されている",
    id_documents: "身分証の写しなど個人情報を持たれたまま",
    sexual_pressure: "性的な行為や撮影を迫られた",
    harassment: "スタッフからのハラスメント",
    cut_off: "予告なく契約を切られた",
    customer_has_contact: "客にLINE・電話番号・本名を知られている",
    customer_stalking: "客からの連絡がやまない・つきまとい",
    customer_threatens_posting: "客から録画や写真を公開すると脅されている",
    customer_posted: "客に録画や写真を公開された",
    customer_money: "客からの金銭の要求・貸したお金、送ったお金",
    customer_meet_offline: "客から会うことを求められている",
    personal_info_posted: "本名や住所をネットに書かれた",
  },
  en: {
    cannot_quit: "won't let me quit",
    penalty: "demands a penalty or damages",
    withheld_pay: "withholds pay or deducts fines",
    threats: "threatens to tell my family or workplace, stalking",
    profile_online: "keeps my profile or images online after I quit",
    reposted: "recordings or images re-posted elsewhere",
    id_documents: "keeps copies of my ID and other personal data",
    sexual_pressure: "pressure into sexual acts or filming",
    harassment: "harassment by staff",
    cut_off: "cut off without notice",
    customer_has_contact: "a customer has my LINE, phone number or real name",
    customer_stalking: "a customer keeps contacting or follows me",
    customer_threatens_posting: "a customer threatens to post my recordings or photos",
    customer_posted: "a customer posted my recordings or photos",
    customer_money: "a customer demands money, or I lent or sent him money",
    customer_meet_offline: "a customer wants to meet me offline",
    personal_info_posted: "my real name or address was posted online",
  },
};

const employmentLabels: Record<Locale, Record<EmploymentType, string>> = {
  ja: {
    EMPLOYEE: "雇用（アルバイト等）",
    FREELANCER: "業務委託",
    FREELANCER_IN_SUBSTANCE_EMPLOYEE: "業務委託（働き方の実態は雇用に近い）",
    UNKNOWN: "わからない",
  },
  en: {
    EMPLOYEE: "employed (part-time etc.)",
    FREELANCER: "freelance (業務委託)",
    FREELANCER_IN_SUBSTANCE_EMPLOYEE: "freelance on paper, but works like an employee",
    UNKNOWN: "not sure",
  },
};

/** The case's event types (CaseEventType); any other type is shown as she wrote it. */
const eventLabels: Record<Locale, Labels> = {
  ja: {
    SENT: "退会の通知を送付",
    REPLY_RECEIVED: "事務所から回答",
    REFUSED: "事務所が拒否",
    NO_RESPONSE: "期限までに回答なし",
    EXTENSION_AGREED: "期限の延長に合意",
    REMINDER_SENT: "催告書を送付",
    ESCALATED: "相談先に相談",
    COMPLETED: "対応が完了",
    NOTE: "メモ",
  },
  en: {
    SENT: "notice of withdrawal sent",
    REPLY_RECEIVED: "agency replied",
    REFUSED: "agency refused",
    NO_RESPONSE: "no reply by the deadline",
    EXTENSION_AGREED: "deadline extension agreed",
    REMINDER_SENT: "reminder sent",
    ESCALATED: "consulted a body",
    COMPLETED: "done",
    NOTE: "note",
  },
};
/** For a request for agreement: what she sent asked, and the follow-up asked again. */
const agreementEventLabels: Record<Locale, Labels> = {
  ja: { SENT: "合意による退会（解約）のお願いを送付", REMINDER_SENT: "合意のお願いを再度送付" },
  en: { SENT: "request to end the contract by agreement sent", REMINDER_SENT: "second request for agreement sent" },
};

const agencyEvents = ["REPLY_RECEIVED", "REFUSED", "NO_RESPONSE", "EXTENSION_AGREED", "COMPLETED"];

const channelLabels: Record<Locale, Labels> = {
  ja: { EMAIL: "メール", LINE: "LINE", FORM: "問い合わせフォーム", POST: "郵便", NAIYOU_SHOUMEI: "内容証明郵便", OTHER: "その他" },
  en: { EMAIL: "email", LINE: "LINE", FORM: "contact form", POST: "post", NAIYOU_SHOUMEI: "registered content-certified mail", OTHER: "other" },
};

const itemLabels: Record<Locale, Record<RequestedItem, string>> = {
  ja: {
    delete_accounts: "アカウント・プロフィールの削除",
    delete_recordings: "録画・画像の削除",
    pay_rewards: "未払い報酬の支払",
    return_id_documents: "身分証の写し等の返却・消去",
    written_contact_only: "連絡は書面のみに",
  },
  en: {
    delete_accounts: "delete my accounts and profiles",
    delete_recordings: "delete recordings and images",
    pay_rewards: "pay what is owed",
    return_id_documents: "return or erase my ID copies and data",
    written_contact_only: "contact me in writing only",
  },
};

const text = {
  ja: {
    title: "相談メモ",
    agency: "事務所",
    contract: "契約の形",
    problems: "困っていること",
    timeline: "【経緯】",
    asked: "【求めたこと】",
    agencyDid: "【事務所の対応】",
    evidence: "【証拠】（SHA-256は全64桁）",
    wants: "【いま望むこと】",
    facts: "【記録からわかること】",
    deadlinePassedUnanswered: "回答期限（{date}）を過ぎても、事務所から回答がありません（{days}日経過）。",
    deadlinePassed: "回答期限（{date}）を過ぎています（{days}日経過）。",
    deadlineOpen: "回答期限は{date}です。",
    reminders: "催告書を送付：{count}回（{dates}）",
    noReminders: "催告書：まだ送っていません。",
    refusals: "事務所が拒否：{count}回（{dates}）",
    answeredOn: "※「困っていること」「いま望むこと」は{date}に本人が記入したものです。",
    none: "記録なし",
    sep: "、",
    colon: "：",
    gap: "　",
    footer: "本人が相談のために作成した事実のメモです。法的な判断や助言ではありません。",
  },
  en: {
    title: "Consultation memo",
    agency: "Agency",
    contract: "Contract",
    problems: "Problems",
    timeline: "Timeline:",
    asked: "What I asked for:",
    agencyDid: "What the agency did:",
    evidence: "Evidence (full SHA-256):",
    wants: "What I want now:",
    facts: "What the record shows:",
    deadlinePassedUnanswered: "The reply deadline ({date}) has passed with no reply from the agency ({days} days ago).",
    deadlinePassed: "The reply deadline ({date}) has passed ({days} days ago).",
    deadlineOpen: "The reply deadline is {date}.",
    reminders: "Reminders sent: {count} ({dates})",
    noReminders: "Reminders: none sent yet.",
    refusals: "Agency refused: {count} ({dates})",
    answeredOn: '* "Problems" and "What I want now" were written by me on {date}.',
    none: "nothing recorded",
    sep: ", ",
    colon: ": ",
    gap: " ",
    footer: "Facts written down by the person herself for a consultation. Not a legal assessment or legal advice.",
  },
} as const;

/** A heading and its lines as one paragraph; user lines are indented so none can begin a line of the memo. */
function block(heading: string, lines: string[]): string {
  return [heading, ...lines].join("\n");
}

function eventLine(e: TimelineEntry, loc: Locale, agreement: boolean): string {
  const t = text[loc];
  const type = oneLine(e.type);
  const name = (agreement ? label(agreementEventLabels[loc], type) : undefined) ?? label(eventLabels[loc], type) ?? (type || morePlaceholders[loc].eventType);
  const [first, ...rest] = noteLines(e.note);
  const head = `${formatDate(e.date, loc)}${t.gap}${name}${first ? `${t.colon}${first}` : ""}`;
  return [head, ...rest].join(continuation[loc]);
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
}

/** The facts the record already knows, so she does not have to say them again. */
function factLines(record: RecordFacts, loc: Locale): string[] {
  const t = text[loc];
  const dates = (list: readonly string[]) => list.map((d) => formatDate(d, loc)).join(t.sep);
  const lines: string[] = [];
  if (record.deadline) {
    const date = formatDate(record.deadline, loc);
    if (record.daysPast !== undefined && record.daysPast > 0)
      lines.push(fill(record.unanswered ? t.deadlinePassedUnanswered : t.deadlinePassed, { date, days: record.daysPast }));
    else lines.push(fill(t.deadlineOpen, { date }));
  }
  lines.push(record.reminders.length ? fill(t.reminders, { count: record.reminders.length, dates: dates(record.reminders) }) : t.noReminders);
  if (record.refusals.length) lines.push(fill(t.refusals, { count: record.refusals.length, dates: dates(record.refusals) }));
  return lines;
}

function byDate(a: TimelineEntry, b: TimelineEntry): number {
  const ka = isCalendarDate(a.date) ? a.date : "9999-99-99";
  const kb = isCalendarDate(b.date) ? b.date : "9999-99-99";
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function consultationMemo(input: ConsultationMemoInput, locale: Locale = "ja"): EscalationLetter {
  const loc = locale;
  const t = text[loc];
  const indent = "\u3000";
  const agency = field(input.agencyName, placeholders[loc].agencyName);
  const problems = orderSituations(input.situations).map((s) => situationLabels[loc][s]);
  const timeline = [...input.timeline].sort(byDate);

  const about = input.about
    ? input.about.map((line) => line.replace(/[\r\n\u2028\u2029]/g, " ")).join("\n")
    : [
        `${t.agency}${t.colon}${agency}${loc === "ja" ? "　" : "; "}${t.contract}${t.colon}${label(employmentLabels[loc], input.employmentType) ?? employmentLabels[loc].UNKNOWN}`,
        `${t.problems}${t.colon}${problems.length ? problems.join(t.sep) : t.none}`,
      ].join("\n");

  const events = timeline.map((e) => `${indent}${eventLine(e, loc, Boolean(input.agreement))}`);

  const consent = loc === "ja" ? "合意による退会（解約）への同意" : "agreement to end the contract";
  const items = [...(input.agreement ? [consent] : []), ...orderItems(input.requests.items).map((i) => itemLabels[loc][i])];
  const channel = oneLine(input.requests.channel);
  const channelText = channel ? (label(channelLabels[loc], channel) ?? channel) : "";
  const when = input.requests.sentOn ? formatDate(input.requests.sentOn, loc) : "";
  const howWhen = loc === "ja" ? `${when}${channelText ? `（${channelText}）` : ""}` : [when, channelText].filter(Boolean).join(", ");
  const asked = items.length
    ? `${howWhen ? `${howWhen}${t.colon}` : ""}${items.join(t.sep)}`
    : howWhen
      ? `${howWhen}${loc === "ja" ? "に退会を通知" : ": notice of withdrawal"}`
      : t.none;

  const did = timeline
    .filter((e) => agencyEvents.includes(oneLine(e.type)))
    .map((e) => `${label(eventLabels[loc], oneLine(e.type))}${loc === "ja" ? `（${formatDate(e.date, loc)}）` : ` (${formatDate(e.date, loc)})`}`);

  const agencySections = input.about
    ? []
    : [`${t.asked}${loc === "ja" ? "" : " "}${asked}`, `${t.agencyDid}${loc === "ja" ? "" : " "}${did.length ? did.join(t.sep) : t.none}`];

  const evidence = input.evidence.flatMap((e, i) => {
    const desc = oneLine(e.description);
    const when = formatDateTime(e.capturedAt, loc);
    return [
      `${indent}${i + 1}. ${field(e.fileName, morePlaceholders[loc].fileName)}${loc === "ja" ? `（${when}）` : ` (${when})`}${desc ? `${t.colon}${desc}` : ""}`,
      `${indent}${indent}SHA-256${t.colon}${sha256Hex(e.sha256) ?? morePlaceholders[loc].hash}`,
    ];
  });

  const wants = noteLines(input.wants);
  const indentAll = (lines: string[]) => lines.map((l) => `${indent}${l}`);
  const answeredOn = input.answeredOn && input.answeredOn !== input.today ? [fill(t.answeredOn, { date: formatDate(input.answeredOn, loc) })] : [];

  return {
    title: t.title,
    date: formatDate(input.today, loc),
    sender: {
      name: field(input.sender?.name, placeholders[loc].name),
      address: field(input.sender?.contact, morePlaceholders[loc].contact),
    },
    recipient: { name: oneLine(input.bodyName), address: "" },
    paragraphs: [
      about,
      ...(input.record ? [block(t.facts, indentAll(factLines(input.record, loc)))] : []),
      block(t.timeline, events.length ? events : [`${indent}${t.none}`]),
      ...agencySections,
      block(t.evidence, evidence.length ? evidence : [`${indent}${t.none}`]),
      `${t.wants}${loc === "ja" ? "" : " "}${wants.length ? wants.join(continuation[loc]) : morePlaceholders[loc].wants}`,
      ...answeredOn,
      t.footer,
    ],
    citations: [],
  };
}

/** The memo as plain text (title, date, who she is, body): to read out, copy, or check against the one-page bound. */
export function consultationMemoText(input: ConsultationMemoInput, locale: Locale = "ja"): string {
  const doc = consultationMemo(input, locale);
  const ja = locale === "ja";
  const body = oneLine(input.bodyName);
  return [
    doc.title,
    doc.date,
    ...(body ? [`${ja ? "相談先：" : "To: "}${body}`] : []),
    `${ja ? "氏名：" : "Name: "}${doc.sender.name}${ja ? "　連絡先：" : "; contact: "}${doc.sender.address}`,
    ...doc.paragraphs,
  ].join("\n");
}
