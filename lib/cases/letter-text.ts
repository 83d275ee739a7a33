// Step 5 of the withdrawal wizard and the 催告書 of escalation: the texts, generated from the case data only.
// Japanese is what she sends; English is for reading alongside. The letters assert her rights under the cited
// articles and ask; they threaten nothing. Under agreement_request they assert no right to end the contract: they ask
// the agency to agree. A やむを得ない事由 is named only as she chose it. User fields are opaque: collapsed to one line (no control characters,
// no line or paragraph separators, no bidi overrides) so they cannot add paragraphs or items; nothing is escaped
// here, rendering is the caller's job. Missing fields become visible placeholders, never invented values.
import type { ContractTypeKey } from "./keys";
import { addDays, isCalendarDate } from "../time/tokyo-date";
import { validateReplyDeadline, type ComputedDates } from "./deadlines";
import { hasGivenReason, type GivenReason, type UnavoidableReason } from "./facts-schema";
import type { LegalBasisKey } from "./keys";
import { orderItems, type RequestedItem } from "./requested-items";

export type Locale = "ja" | "en";

export type LetterInput = {
  agencyName: string;
  sites: { name: string; handle: string }[];
  contractType: ContractTypeKey;
  legalBasis: LegalBasisKey;
  /** Her answer to the unavoidable-reason question (fixed term only); read under civil_628. */
  unavoidableReason?: UnavoidableReason;
  items: readonly RequestedItem[];
  dates: ComputedDates;
  senderName?: string;
  senderAddress?: string;
  agencyAddress?: string;
  amountYen?: number;
  payByDate?: string;
};

export type ReminderInput = LetterInput & {
  /** The date of the reminder itself. The first notice's date is dates.noticeDate. */
  reminderDate: string;
  /** Default: 7 days after reminderDate. Must not be before it nor more than 90 days after it. */
  newDeadline?: string;
};

export type LetterDocument = {
  title: string;
  /** The letter's date, written out ("2026年12月25日" / "25 December 2026"). */
  date: string;
  sender: { name: string; address: string };
  recipient: { name: string; address: string };
  /** Body paragraphs; requested items are paragraphs of their own starting "(1)", "(2)", … */
  paragraphs: string[];
};

export const placeholders = {
  ja: { name: "【氏名】", address: "【住所】", agencyName: "【事務所名】", agencyAddress: "【相手方住所】" },
  en: { name: "[Your name]", address: "[Your address]", agencyName: "[Agency name]", agencyAddress: "[Agency address]" },
} as const;

export const reminderDefaultDays = 7;

const reasonPhrases: Record<Locale, Record<Exclude<GivenReason, "other">, string>> = {
  ja: {
    harassment: "ハラスメント・脅し・暴力",
    coerced_content: "意に反する配信内容や行為の強要",
    unpaid_pay: "報酬の未払い",
    health: "心身の不調",
    family: "家族の事情",
  },
  en: {
    harassment: "harassment, threats or violence",
    coerced_content: "being pressed into content or acts I do not consent to",
    unpaid_pay: "pay that has not been paid",
    health: "my physical or mental health",
    family: "family circumstances",
  },
};

/** The kind of unavoidable reason she chose, as a short phrase; null for "other" (no kind chosen), none or unsure. */
export function reasonPhrase(reason: UnavoidableReason | undefined, locale: Locale): string | null {
  return hasGivenReason(reason) && reason !== "other" ? reasonPhrases[locale][reason] : null;
}

/**
 * Only under civil_628, which needs a reason she chose: 「報酬の未払いというやむを得ない事由がありますので」. The bare
 * form is for "other", and for cases sent before the question existed (their later letters repeat what was sent).
 */
function reasonClause(c: Ctx): string {
  const phrase = reasonPhrase(c.input.unavoidableReason, c.loc);
  if (c.loc === "ja") return phrase ? `${phrase}というやむを得ない事由がありますので` : "私にはやむを得ない事由がありますので";
  return phrase ? `I have such a reason (${phrase})` : "I have such a reason";
}

/** One line of opaque user text: control characters, line/paragraph separators and bidi controls become spaces. */
export function oneLine(value: string | undefined | null): string {
  return (value ?? "")
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function formatDate(date: string, locale: Locale): string {
  if (!isCalendarDate(date)) return locale === "ja" ? "【日付】" : "[date]";
  const [y, m, d] = date.split("-").map(Number);
  if (locale === "ja") return `${y}年${m}月${d}日`;
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${d} ${months[m - 1]} ${y}`;
}

function formatYen(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

type Ctx = {
  input: LetterInput;
  loc: Locale;
  d: (date: string) => string;
  agency: string;
  sites: string;
  shortSites: string;
  employeeLike: boolean;
  amount: string | null;
  payBy: string | null;
};

function context(input: LetterInput, loc: Locale): Ctx {
  const list = input.sites
    .map((s) => ({ name: oneLine(s.name) || (loc === "ja" ? "【サイト名】" : "[site]"), handle: oneLine(s.handle) }))
    .filter((s) => s.handle || !s.name.startsWith(loc === "ja" ? "【" : "["));
  const join = (parts: string[]) => parts.join(loc === "ja" ? "、" : ", ");
  const sites = join(list.map((s) => (!s.handle ? s.name : loc === "ja" ? `${s.name}（表示名：${s.handle}）` : `${s.name} (as ${s.handle})`)));
  const shortSites = join(list.map((s) => (!s.handle ? s.name : loc === "ja" ? `${s.name}（${s.handle}）` : `${s.name} (${s.handle})`)));
  const amountOk = typeof input.amountYen === "number" && Number.isInteger(input.amountYen) && input.amountYen > 0;
  return {
    input,
    loc,
    d: (date) => formatDate(date, loc),
    agency: oneLine(input.agencyName) || placeholders[loc].agencyName,
    sites,
    shortSites,
    employeeLike: input.contractType !== "FREELANCER",
    amount: amountOk ? formatYen(input.amountYen as number) : null,
    payBy: input.payByDate && isCalendarDate(input.payByDate) ? formatDate(input.payByDate, loc) : null,
  };
}

/** The legal basis in words: the declaration (or, under agreement_request, the request), why, and the dates. */
function basisSentences(c: Ctx, short: boolean): string[] {
  const { legalBasis, contractType, dates } = c.input;
  const agreement = legalBasis === "agreement_request";
  // Asking for agreement claims no right, so neither the employment view nor the 651 fallback belongs in it.
  const inSubstance = contractType === "FREELANCER_IN_SUBSTANCE_EMPLOYEE" && !agreement;
  const end = c.d(dates.effectiveDate);
  const last = c.d(dates.lastWorkingDay);
  const out: string[] = [];
  if (c.loc === "ja" && short) {
    if (inSubstance) out.push("契約の名称にかかわらず、働き方の実態から雇用に当たると考えます。");
    if (legalBasis === "civil_627_1")
      out.push(
        `本メッセージをもって契約の解約を申し入れ、退会いたします。民法第627条第1項により、期間の定めのない雇用は申入れの日から2週間の経過により終了しますので、契約は${end}をもって終了します。`,
      );
    if (legalBasis === "civil_628")
      out.push(
        `期間の定めのある契約ですが、やむを得ない事由があるときは、民法第628条により直ちに解除できます。${reasonClause(c)}、本メッセージをもって契約を解除し、退会いたします。`,
      );
    if (legalBasis === "civil_628_lsa_137")
      out.push(
        "1年を超える期間の定めのある契約でも、期間の初日から1年を経過した後はいつでも退職できます（労働基準法第137条）。期間の初日から1年を経過していますので、本メッセージをもって退職し、退会いたします。",
      );
    if (legalBasis === "civil_651")
      out.push(
        "業務委託（準委任）契約は、民法第651条第1項（第656条により準委任に準用）により、各当事者がいつでも解除することができます。本メッセージをもって契約を解除し、退会いたします。",
      );
    if (agreement)
      out.push(`期間の定めのある契約ですが、${end}をもって契約を終了し、退会させていただきたく、合意による解約にご同意くださいますようお願いいたします。`);
    if (inSubstance) out.push("業務委託（準委任）だとしても、民法第651条第1項によりいつでも解除できます。");
    out.push(`最終の${c.employeeLike ? "勤務日" : "配信日"}は${last}と${agreement ? "させてください" : "します"}。`);
    return out;
  }
  if (c.loc === "ja") {
    const self = "本書面";
    if (inSubstance) out.push("契約の名称にかかわらず、私の働き方の実態からみて、本契約は雇用契約に当たるものと考えます。");
    if (legalBasis === "civil_627_1")
      out.push(
        `${self}をもって、貴社との契約の解約を申し入れ、退会いたします。期間の定めのない雇用は、民法第627条第1項により、解約の申入れの日から2週間を経過することによって終了します。したがって、本契約は${end}をもって終了します。`,
      );
    if (legalBasis === "civil_628")
      out.push(
        `本契約には期間の定めがありますが、民法第628条により、やむを得ない事由があるときは直ちに契約を解除することができます。${reasonClause(c)}、${self}をもって、直ちに本契約を解除し、退会いたします。`,
      );
    if (legalBasis === "civil_628_lsa_137")
      out.push(
        `本契約は1年を超える期間の定めのある契約ですが、期間の初日から1年を経過しておりますので、労働基準法第137条により、いつでも退職することができます。${self}をもって退職し、退会いたします。`,
      );
    if (legalBasis === "civil_651")
      out.push(
        `業務委託（準委任）契約は、民法第651条第1項（同法第656条により準委任に準用）により、各当事者がいつでも解除することができます。${self}をもって、本契約を解除し、退会いたします。`,
      );
    if (agreement)
      out.push(
        `本契約には期間の定めがありますが、私は、${end}をもって本契約を終了し、退会することを希望いたします。つきましては、同日をもって本契約を合意により解約することにご同意くださいますよう、お願い申し上げます。`,
      );
    if (inSubstance) out.push("なお、仮に本契約が業務委託（準委任）契約であるとしても、民法第651条第1項により、いつでも解除することができます。");
    out.push(`最終の${c.employeeLike ? "勤務日" : "配信日"}は${last}と${agreement ? "させていただきますよう、お願いいたします" : "します"}。`);
    return out;
  }
  const self = short ? "this message" : "this letter";
  if (inSubstance) out.push("Whatever the contract is called, the way I actually work makes it, in my view, a contract of employment.");
  if (legalBasis === "civil_627_1")
    out.push(
      `With ${self} I give notice to end my contract with you and withdraw. Under Civil Code art. 627(1), employment with no fixed term ends when two weeks have passed from the day of notice. The contract therefore ends on ${end}.`,
    );
  if (legalBasis === "civil_628")
    out.push(
      `The contract has a fixed term, but under Civil Code art. 628 it may be ended immediately when there is an unavoidable reason. ${reasonClause(c)}, and with ${self} I end the contract immediately and withdraw.`,
    );
  if (legalBasis === "civil_628_lsa_137")
    out.push(
      `The contract has a fixed term of more than one year, but more than a year has passed since the first day of its current term, so under Labour Standards Act art. 137 I may quit at any time. With ${self} I quit and withdraw.`,
    );
  if (legalBasis === "civil_651")
    out.push(
      `Under Civil Code art. 651(1) (applied to quasi-mandates by art. 656), either party may end an outsourcing (quasi-mandate) contract at any time. With ${self} I end the contract and withdraw.`,
    );
  if (agreement)
    out.push(
      `The contract has a fixed term, but I would like to end it and withdraw on ${end}. With ${self} I ask you to agree to end the contract by mutual agreement on that day.`,
    );
  if (inSubstance) out.push("Even if the contract were an outsourcing (quasi-mandate) contract, Civil Code art. 651(1) would let me end it at any time.");
  out.push(
    agreement
      ? `I would ask that my last ${c.employeeLike ? "working" : "streaming"} day be ${last}.`
      : `My last ${c.employeeLike ? "working" : "streaming"} day will be ${last}.`,
  );
  return out;
}

/** One request per chosen item, in the canonical order, without the final 。 or full stop. `short` is for the message. */
function itemSentences(c: Ctx, short = false): string[] {
  const ja = c.loc === "ja";
  const byJa = c.payBy ? `${c.payBy}までに` : "速やかに";
  const byEn = c.payBy ? `by ${c.payBy}` : "without delay";
  const whatEn = `${c.employeeLike ? "the unpaid wages (rewards)" : "the unpaid rewards"}${c.amount ? ` of ¥${c.amount}` : ""}`;
  const lsa24 = c.employeeLike ? (ja ? "（労働基準法第24条）" : " (Labour Standards Act art. 24)") : "";
  return orderItems(c.input.items).map((item) => {
    if (!ja) {
      switch (item) {
        case "delete_accounts":
          return `delete my accounts and profiles on every site registered through you (${c.sites ? `${c.sites}, ` : ""}including partner sites)`;
        case "delete_recordings":
          return "delete the recordings, archives and images of my broadcasts";
        case "pay_rewards":
          return `pay ${whatEn} in full ${byEn}${lsa24}`;
        case "return_id_documents":
          return "return or delete the copies of my ID documents and my other personal data (this includes a request under art. 35 of the Personal Information Protection Act to stop using and to erase retained personal data that is no longer needed now that the contract has ended)";
        case "written_contact_only":
          return "contact me from now on only in writing (letter or email), not by phone or in person";
      }
    }
    const whatJa = `未払いの${c.employeeLike ? "賃金（報酬）" : "報酬"}${c.amount ? `である金${c.amount}円` : "の全額"}`;
    if (short) {
      switch (item) {
        case "delete_accounts":
          return `${c.sites ? "上記を含め、" : ""}貴社を通じて登録したすべてのサイト（提携サイトを含みます）の私のアカウントとプロフィールの削除`;
        case "delete_recordings":
          return "私の配信の録画・アーカイブ・画像の削除";
        case "pay_rewards":
          return `${whatJa}の${byJa.replace(/に$/, "")}のお支払い${lsa24}`;
        case "return_id_documents":
          return "身分証の写しなど私の個人情報の返却または消去（個人情報保護法第35条に基づく利用停止・消去の請求を含みます）";
        case "written_contact_only":
          return "今後のご連絡を書面かメールのみとすること（お電話やご訪問はご遠慮ください）";
      }
    }
    switch (item) {
      case "delete_accounts":
        return `貴社を通じて登録したすべてのサイト（${c.sites ? `${c.sites}のほか、` : ""}提携サイトを含む）における私のアカウント及びプロフィールを削除すること`;
      case "delete_recordings":
        return "私が出演した配信の録画、アーカイブ及び画像を削除すること";
      case "pay_rewards":
        return `${whatJa}を、${byJa}支払うこと${lsa24}`;
      case "return_id_documents":
        return "私の身分証明書の写しその他の個人情報を返却し、又は消去すること（契約の終了により利用する必要がなくなった保有個人データについての、個人情報保護法第35条に基づく利用停止及び消去の請求を含む）";
      case "written_contact_only":
        return "今後の私への連絡は、書面又はメールなど記録の残る方法に限り、電話や訪問による連絡は控えること";
    }
  });
}

function parties(c: Ctx) {
  const p = placeholders[c.loc];
  return {
    sender: { name: oneLine(c.input.senderName) || p.name, address: oneLine(c.input.senderAddress) || p.address },
    recipient: { name: c.agency, address: oneLine(c.input.agencyAddress) || p.agencyAddress },
  };
}

function introParagraph(c: Ctx): string {
  if (c.loc === "ja")
    return c.sites ? `私は、貴社を通じて、${c.sites}においてライブ配信を行ってまいりました。` : "私は、貴社を通じてライブ配信を行ってまいりました。";
  return c.sites
    ? `Through your agency I have been performing live on the following sites: ${c.sites}.`
    : "Through your agency I have been performing live on streaming sites.";
}

/** The lead-in and the numbered requests: "(1)…。" in Japanese (no space, as in Japan Post's examples), "(1) ….". */
function requestParagraphs(c: Ctx, leadIn: string): string[] {
  const items = itemSentences(c);
  if (!items.length) return [];
  return [leadIn, ...items.map((s, i) => (c.loc === "ja" ? `(${i + 1})${s}。` : `(${i + 1}) ${s}.`))];
}

/** For email / LINE / contact form: polite (です・ます), firm, the legal basis in plain words and the deadline. */
export function shortMessage(input: LetterInput, locale: Locale = "ja"): string {
  const c = context(input, locale);
  const { sender } = parties(c);
  const items = itemSentences(c, true);
  const deadline = c.d(input.dates.replyDeadline);
  const agreement = input.legalBasis === "agreement_request";
  if (locale === "ja") {
    return [
      `${c.agency} ご担当者様`,
      "",
      `いつもお世話になっております。${c.shortSites ? `${c.shortSites}で配信しております` : ""}${sender.name}です。`,
      "",
      ...basisSentences(c, true),
      "",
      ...(items.length ? ["あわせて、次の対応をお願いいたします。", ...items.map((s) => `・${s}`), ""] : []),
      `${agreement ? "ご同意いただけるかどうかを、" : ""}${deadline}までに、メールなど文字の残る方法でご回答ください。`,
      "これまでありがとうございました。よろしくお願いいたします。",
      "",
      sender.name,
    ].join("\n");
  }
  return [
    `Dear ${c.agency},`,
    "",
    `This is ${sender.name}${c.shortSites ? `, performing on ${c.shortSites}` : ""}. I am writing about ending my contract with you and withdrawing.`,
    "",
    ...basisSentences(c, true),
    "",
    ...(items.length ? ["I also ask you to:", ...items.map((s) => `- ${s}`), ""] : []),
    agreement
      ? `Please let me know by ${deadline}, in writing (for example by email), whether you agree${items.length ? ", and what you have done" : ""}.`
      : `Please reply by ${deadline}, in writing (for example by email)${items.length ? ", with what you have done" : ""}.`,
    "Thank you for everything so far, and for your help with this.",
    "",
    sender.name,
  ].join("\n");
}

/** The formal notice letter (PDF): である/ます調, numbered requests, date, sender and recipient blocks. */
export function formalNotice(input: LetterInput, locale: Locale = "ja"): LetterDocument {
  const c = context(input, locale);
  const deadline = c.d(input.dates.replyDeadline);
  const ja = locale === "ja";
  const any = orderItems(c.input.items).length > 0;
  const agreement = input.legalBasis === "agreement_request";
  let closing: string;
  if (agreement)
    closing = ja
      ? `ご同意いただけるかどうか${any ? "、及び上記の事項への対応の結果" : ""}について、${deadline}までに、書面又はメールにてご回答ください。`
      : `Please tell me in writing (letter or email) by ${deadline} whether you agree${any ? ", and what you have done about the above" : ""}.`;
  else if (!any)
    closing = ja ? `本書面について、${deadline}までに、書面又はメールにてご回答ください。` : `Please reply in writing (letter or email) by ${deadline}.`;
  else
    closing = ja
      ? `上記の事項について、${deadline}までに、書面又はメールにて対応の結果をご回答ください。`
      : `Please reply in writing (letter or email) by ${deadline} with what you have done about the above.`;
  const title = agreement
    ? ja
      ? "退会・合意解約のお願い"
      : "Request to End the Contract by Agreement and Withdraw"
    : ja
      ? "退会・契約解除通知書"
      : "Notice of Withdrawal and Termination of Contract";
  const leadIn = ja
    ? `${agreement ? "あわせて" : "つきましては"}、貴社に対し、次の事項を求めます。`
    : agreement
      ? "I also ask you to:"
      : "I therefore ask you to:";
  return {
    title,
    date: c.d(input.dates.noticeDate),
    ...parties(c),
    paragraphs: [introParagraph(c), ...basisSentences(c, false), ...requestParagraphs(c, leadIn), closing],
  };
}

/** A document as plain text, in the order 表題, 本文, 日付, 差出人, 受取人 (suited to 内容証明). */
export function documentText(doc: LetterDocument, locale: Locale = "ja"): string {
  const ja = locale === "ja";
  const body = doc.paragraphs.map((p) => (ja && !p.startsWith("(") ? `　${p}` : p));
  return [
    doc.title,
    "",
    ...body,
    "",
    doc.date,
    "",
    ja ? "差出人" : "Sender",
    `${ja ? "住所　" : "Address: "}${doc.sender.address}`,
    `${ja ? "氏名　" : "Name: "}${doc.sender.name}`,
    "",
    ja ? "受取人" : "Recipient",
    `${ja ? "住所　" : "Address: "}${doc.recipient.address}`,
    ja ? `${doc.recipient.name}　御中` : `Name: ${doc.recipient.name}`,
  ].join("\n");
}

/** The 内容証明 text: the formal notice as plain text (layout to Japan Post's grid is the letters module's job). */
export function naiyouText(input: LetterInput, locale: Locale = "ja"): string {
  return documentText(formalNotice(input, locale), locale);
}

export type Letters = { shortMessage: string; formalNotice: LetterDocument; naiyouText: string };

export function generateLetters(input: LetterInput, locale: Locale = "ja"): Letters {
  return { shortMessage: shortMessage(input, locale), formalNotice: formalNotice(input, locale), naiyouText: naiyouText(input, locale) };
}

/** The follow-up's name: a 催告書 demands what the notice asserted; agreement cannot be demanded, only asked for again. */
export function reminderTitle(legalBasis: LetterInput["legalBasis"], locale: Locale = "ja"): string {
  if (legalBasis === "agreement_request") return locale === "ja" ? "合意解約についての再度のお願い" : "Second request to agree to end the contract";
  return locale === "ja" ? "催告書" : "Reminder (formal demand)";
}

/** 催告書: refers to the first notice by its date and asks again, by a new deadline (default 7 days later). */
export function reminderLetter(input: ReminderInput, locale: Locale = "ja"): LetterDocument {
  const newDeadline = input.newDeadline || addDays(input.reminderDate, reminderDefaultDays);
  const error = validateReplyDeadline(input.reminderDate, newDeadline);
  if (error) throw new RangeError(`Invalid reminder deadline: ${error}`);
  const c = context(input, locale);
  const { dates } = input;
  const ended = input.reminderDate >= dates.effectiveDate;
  const ja = locale === "ja";
  const first = c.d(dates.noticeDate);
  const any = orderItems(input.items).length > 0;
  const reply = c.d(dates.replyDeadline);
  const proposed = c.d(dates.effectiveDate);
  // Under agreement_request nothing has ended: the first letter asked for agreement, and this one asks again.
  const agreement = input.legalBasis === "agreement_request";
  const paragraphs = ja
    ? [
        agreement
          ? `私は、${first}付けの書面により、${proposed}をもって貴社との契約を合意により解約し、退会することへのご同意をお願いし、${any ? "あわせて下記の事項について" : ""}${reply}までのご回答を求めましたが、本書面の日付までに、ご回答を確認できておりません。`
          : any
            ? `私は、${first}付けの通知により、貴社との契約を終了して退会する旨をお伝えし、あわせて下記の事項について${reply}までのご回答を求めましたが、本書面の日付までに、求めた対応が完了したことを確認できておりません。`
            : `私は、${first}付けの通知により、貴社との契約を終了して退会する旨をお伝えし、${reply}までのご回答を求めましたが、本書面の日付までに、ご回答を確認できておりません。`,
        agreement
          ? "改めて、本契約を合意により解約することにご同意くださいますよう、お願いいたします。"
          : `前回の通知により、本契約は${c.d(dates.effectiveDate)}をもって${ended ? "終了しております" : "終了します"}。`,
        ...requestParagraphs(c, `${agreement ? "あわせて" : "つきましては"}、改めて、次の事項を求めます。`),
        agreement
          ? `ご同意いただけるかどうか${any ? "、及び上記の事項への対応" : ""}について、${c.d(newDeadline)}までに、書面又はメールにてご回答くださいますよう、お願いいたします。`
          : any
            ? `上記の事項について、${c.d(newDeadline)}までに対応し、書面又はメールにてご回答くださいますよう催告いたします。`
            : `${c.d(newDeadline)}までに、書面又はメールにてご回答くださいますよう催告いたします。`,
      ]
    : [
        agreement
          ? `By my letter dated ${first} I asked you to agree to end my contract with you by mutual agreement on ${proposed}, so that I could withdraw, and asked you to reply${any ? " about the requests below" : ""} by ${reply}. As of the date of this letter I have not been able to confirm a reply.`
          : `By my notice dated ${first} I told you that I was ending my contract with you and withdrawing, and asked you to reply${any ? " about the requests below" : ""} by ${reply}. As of the date of this letter I have not been able to confirm ${any ? "that they have been done" : "a reply"}.`,
        agreement
          ? "I ask you again to agree to end the contract by mutual agreement."
          : `Under that notice the contract ${ended ? "ended" : "ends"} on ${c.d(dates.effectiveDate)}.`,
        ...requestParagraphs(c, agreement ? "I also ask you again to:" : "I therefore ask you again to:"),
        agreement
          ? `Please tell me in writing (letter or email) by ${c.d(newDeadline)} whether you agree${any ? ", and what you have done about the above" : ""}.`
          : any
            ? `I formally request that you do the above and reply in writing (letter or email) by ${c.d(newDeadline)}.`
            : `I formally request that you reply in writing (letter or email) by ${c.d(newDeadline)}.`,
      ];
  return { title: reminderTitle(input.legalBasis, locale), date: c.d(input.reminderDate), ...parties(c), paragraphs };
}

export function reminderText(input: ReminderInput, locale: Locale = "ja"): string {
  return documentText(reminderLetter(input, locale), locale);
}
