// A report to the site operator about a customer: who he is on the site (his ID), when, what he did, the evidence
// she keeps (with SHA-256), and what she asks: block him, keep the logs, act under the site's own rules. It names
// no law (the site's rules are its own, and the references give none for this), and never names the app.
import {
  continuation,
  field,
  formatDate,
  formatDateTime,
  morePlaceholders,
  noteLines,
  placeholders,
  sha256Hex,
  type LetterDocument,
  type Locale,
} from "../escalation/letter-parts";
import { troubleKindLabels } from "./kind-labels";
import type { SiteReportAsk, TroubleKind } from "./schema";
import type { TroubleCitation } from "./sources";

export type TroubleLetter = LetterDocument & { citations: TroubleCitation[] };
export type LetterEvidence = { fileName: string; capturedAt: string; sha256: string; description?: string };

export type SiteReportInput = {
  siteName: string;
  operatorName?: string;
  customerId: string;
  kind: TroubleKind;
  whatHappened: string;
  firstContactOn?: string;
  lastIncidentOn?: string;
  evidence: readonly LetterEvidence[];
  asks: readonly SiteReportAsk[];
  sender?: { name?: string; handle?: string; email?: string };
  today: string;
};

const askOrder: readonly SiteReportAsk[] = ["block", "preserve_logs", "rule_action"];

const askText: Record<Locale, Record<SiteReportAsk, string>> = {
  ja: {
    block: "この利用者が、今後、私に連絡したり、私の配信やプロフィールを見たりできないようにすること（ブロック）。",
    preserve_logs:
      "この利用者と私とのメッセージ・チャットの記録、及びこの利用者の登録情報・接続の記録を削除せずに保存すること（警察等に相談する際に必要になることがあるため）。",
    rule_action: "この利用者の行為が貴サイトの利用規約に反する場合は、規約に基づく措置（警告、利用停止など）をとること。",
  },
  en: {
    block: "stop this user from contacting me or viewing my broadcasts and profile from now on (block him).",
    preserve_logs:
      "keep, and not delete, the messages and chats between this user and me, and his registration and access records (they may be needed when I consult the police or others).",
    rule_action: "if what this user did breaks your terms of use, act under those terms (a warning, suspension of his account, and so on).",
  },
};

/** Her evidence as numbered lines, each with its full SHA-256; user text is kept to one line and indented. */
export function evidenceLines(evidence: readonly LetterEvidence[], loc: Locale): string[] {
  const c = continuation[loc];
  return evidence.map((e, i) => {
    const when = formatDateTime(e.capturedAt, loc);
    const desc = noteLines(e.description).join(" ");
    const head = `${i + 1}. ${field(e.fileName, morePlaceholders[loc].fileName)}${loc === "ja" ? `（${when}）` : ` (${when})`}${desc ? `${loc === "ja" ? "：" : ": "}${desc}` : ""}`;
    return `${head}${c}SHA-256${loc === "ja" ? "：" : ": "}${sha256Hex(e.sha256) ?? morePlaceholders[loc].hash}`;
  });
}

function dateOrUnknown(date: string | undefined, loc: Locale): string | null {
  return date ? formatDate(date, loc) : null;
}

export function siteReport(input: SiteReportInput, locale: Locale = "ja"): TroubleLetter {
  const loc = locale;
  const ja = loc === "ja";
  const c = continuation[loc];
  const site = field(input.siteName, morePlaceholders[loc].siteName);
  const customer = field(input.customerId, ja ? "【相手のID】" : "[his user ID]");
  const handle = field(input.sender?.handle, morePlaceholders[loc].handle);
  const first = dateOrUnknown(input.firstContactOn, loc);
  const last = dateOrUnknown(input.lastIncidentOn, loc);
  const happened = noteLines(input.whatHappened);
  const asks = askOrder.filter((a) => input.asks.includes(a));
  const email = field(input.sender?.email, "");
  const evidence = evidenceLines(input.evidence, loc);
  const paragraphs = ja
    ? [
        `私は、貴社が運営する${site}で配信をしている者です（表示名：${handle}）。貴サイトの利用者の一人について、次のとおり報告し、対応をお願いいたします。`,
        `相手の利用者ID（表示名）：${customer}${c}困っていること：${troubleKindLabels.ja[input.kind]}${first ? `${c}最初に連絡があった日：${first}` : ""}${last ? `${c}最後に被害があった日：${last}` : ""}`,
        `起きたこと：${happened.length ? `${c}${happened.join(c)}` : "【起きたこと】"}`,
        ...(evidence.length ? [`私は、次の記録を保存しています（SHA-256は各ファイルのハッシュ値です）。${c}${evidence.join(c)}`] : []),
        "つきましては、次の対応をお願いいたします。",
        ...asks.map((a, i) => `(${i + 1})${askText.ja[a]}`),
        `対応の結果を、${email ? `メール（${email}）で` : "メール又は書面で"}お知らせください。私の登録情報の確認が必要な場合は、お知らせください。`,
      ]
    : [
        `I broadcast on ${site}, which you operate (display name: ${handle}). I am reporting one of your users, as follows, and ask you to act.`,
        `His user ID (display name): ${customer}${c}The problem: ${troubleKindLabels.en[input.kind]}${first ? `${c}First contact: ${first}` : ""}${last ? `${c}Latest incident: ${last}` : ""}`,
        `What happened:${happened.length ? `${c}${happened.join(c)}` : " [what happened]"}`,
        ...(evidence.length ? [`I keep the following records (each SHA-256 is the hash of the file).${c}${evidence.join(c)}`] : []),
        "I ask you to:",
        ...asks.map((a, i) => `(${i + 1}) ${askText.en[a]}`),
        `Please tell me what you have done${email ? ` by email (${email})` : ", by email or in writing"}. If you need to confirm my account details, please let me know.`,
      ];
  return {
    title: ja ? "利用者についての報告と対応のお願い" : "Report about a user, and a request to act",
    date: formatDate(input.today, loc),
    sender: { name: field(input.sender?.name, placeholders[loc].name), address: email || morePlaceholders[loc].contact },
    recipient: { name: field(input.operatorName, `${site}${ja ? " 運営者 御中" : " operator"}`), address: "" },
    paragraphs,
    citations: [],
  };
}
