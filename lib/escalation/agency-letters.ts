// Letters to the agency when it does not answer: the 催告書 (lib/cases/letter-text.ts `reminderLetter`, reused as
// is) and a 内容証明 notice to the agency's head office, which repeats the first notice, its legal basis and the
// requests, and asks the head office to answer by a deadline. Same wording and articles as the first notice: under
// agreement_request it asks again for agreement and cites nothing.
import { validateReplyDeadline } from "../cases/deadlines";
import type { ArticleKey } from "../cases/legal-bases";
import { formalNotice, reasonPhrase, reminderLetter, type LetterInput, type ReminderInput } from "../cases/letter-text";
import { orderItems } from "../cases/requested-items";
import { composeNaiyouText } from "../letters/naiyou-layout";
import { citationsFor, field, formatDate, oneLine, placeholders, type EscalationLetter, type Locale } from "./letter-parts";

/** Articles a letter built from the case data cites through its requested items. */
function itemArticles(input: LetterInput): ArticleKey[] {
  const items = orderItems(input.items);
  const out: ArticleKey[] = [];
  if (items.includes("pay_rewards") && input.contractType !== "FREELANCER") out.push("lsa_24");
  if (items.includes("return_id_documents")) out.push("appi_35");
  return out;
}

/** 催告書: `reminderLetter` from the case letters, citing the articles its text names (those of the requested items;
 *  it refers to the first notice rather than restating the legal basis). Throws RangeError for an invalid new deadline. */
export function reminderToAgency(input: ReminderInput, locale: Locale = "ja"): EscalationLetter {
  return { ...reminderLetter(input, locale), citations: citationsFor(itemArticles(input), locale) };
}

export type HqNoticeInput = LetterInput & {
  /** The date of this notice. */
  today: string;
  /** Reply deadline: after `today`, at most 90 days later. */
  deadline: string;
  /** The head office as addressee; default: the agency's name. */
  hqName?: string;
  hqAddress?: string;
  /** The branch, office or manager she dealt with, if not the head office. */
  branchName?: string;
  /** The date of the 催告書, if one was sent. */
  reminderDate?: string;
};

const basisArticles: Record<LetterInput["legalBasis"], ArticleKey[]> = {
  // civil_140: the end date is counted without the first day; that rule is not in the references (unverified).
  civil_627_1: ["civil_627_1", "civil_140"],
  civil_628: ["civil_628"],
  civil_628_lsa_137: ["lsa_137"],
  civil_651: ["civil_651", "civil_656"],
  agreement_request: [],
};

/** Employment in substance, argued only where she asserts a right (not when asking for agreement). */
function inSubstanceOf(input: LetterInput): boolean {
  return input.contractType === "FREELANCER_IN_SUBSTANCE_EMPLOYEE" && input.legalBasis !== "agreement_request";
}

function hqArticles(input: HqNoticeInput): ArticleKey[] {
  const inSubstance = inSubstanceOf(input);
  return [
    ...(inSubstance ? (["mhlw_worker_status"] as ArticleKey[]) : []),
    ...basisArticles[input.legalBasis],
    ...(inSubstance ? (["civil_651"] as ArticleKey[]) : []),
    ...itemArticles(input),
  ];
}

function sitesText(input: LetterInput, loc: Locale): string {
  const list = input.sites.map((s) => ({ name: oneLine(s.name), handle: oneLine(s.handle) })).filter((s) => s.name || s.handle);
  const one = (s: { name: string; handle: string }) => {
    const name = s.name || (loc === "ja" ? "【サイト名】" : "[site]");
    if (!s.handle) return name;
    return loc === "ja" ? `${name}（表示名：${s.handle}）` : `${name} (as ${s.handle})`;
  };
  return list.map(one).join(loc === "ja" ? "、" : ", ");
}

function basisJa(input: HqNoticeInput, ended: boolean, d: (s: string) => string): string[] {
  if (input.legalBasis === "agreement_request")
    return [
      `本契約には期間の定めがあるため、私は、前記の書面により、${d(input.dates.effectiveDate)}をもって本契約を合意により解約することへのご同意をお願いいたしました。改めて、本契約を合意により解約することにご同意くださいますよう、お願いいたします。`,
    ];
  const out: string[] = [];
  const inSubstance = inSubstanceOf(input);
  const phrase = reasonPhrase(input.unavoidableReason, "ja");
  if (inSubstance) out.push("契約の名称にかかわらず、私の働き方の実態からみて、本契約は雇用契約に当たるものと考えます。");
  switch (input.legalBasis) {
    case "civil_627_1":
      out.push(
        `期間の定めのない雇用は、民法第627条第1項により、解約の申入れの日から2週間を経過することによって終了します。前記の通知により、本契約は${d(input.dates.effectiveDate)}をもって${ended ? "終了しております" : "終了します"}。`,
      );
      break;
    case "civil_628":
      // Without an answer (sent before the question existed) the letter only reports what the first notice did.
      out.push(
        `本契約には期間の定めがありますが、民法第628条により、やむを得ない事由があるときは直ちに契約の解除をすることができます。${
          input.unavoidableReason
            ? `私は、${phrase ? `${phrase}という` : ""}やむを得ない事由により、前記の通知をもって本契約を解除いたしました。`
            : "私は、前記の通知をもって、同条により本契約を解除する旨をお伝えいたしました。"
        }`,
      );
      break;
    case "civil_628_lsa_137":
      out.push(
        "本契約は1年を超える期間の定めのある契約ですが、期間の初日から1年を経過しておりますので、労働基準法第137条により、いつでも退職することができます。私は、前記の通知をもって退職いたしました。",
      );
      break;
    case "civil_651":
      out.push(
        "業務委託（準委任）契約は、民法第651条第1項（同法第656条により準委任に準用）により、各当事者がいつでも解除することができます。私は、前記の通知をもって本契約を解除いたしました。",
      );
      break;
  }
  if (inSubstance) out.push("なお、仮に本契約が業務委託（準委任）契約であるとしても、民法第651条第1項により、いつでも解除することができます。");
  out.push(
    `前記の通知が貴社に到達していない場合に備え、本書面をもって、改めて同じ意思表示をいたします。${input.legalBasis === "civil_627_1" ? "この場合、本契約は、本書面による解約の申入れの日から2週間を経過することによって終了します。" : ""}`,
  );
  return out;
}

function basisEn(input: HqNoticeInput, ended: boolean, d: (s: string) => string): string[] {
  if (input.legalBasis === "agreement_request")
    return [
      `Because the contract has a fixed term, by that letter I asked you to agree to end it by mutual agreement on ${d(input.dates.effectiveDate)}. I ask you again to agree to end the contract by mutual agreement.`,
    ];
  const out: string[] = [];
  const inSubstance = inSubstanceOf(input);
  const phrase = reasonPhrase(input.unavoidableReason, "en");
  if (inSubstance) out.push("Whatever the contract is called, the way I actually work makes it, in my view, a contract of employment.");
  switch (input.legalBasis) {
    case "civil_627_1":
      out.push(
        `Under Civil Code art. 627(1), employment with no fixed term ends when two weeks have passed from the day of notice. By that notice the contract ${ended ? "ended" : "ends"} on ${d(input.dates.effectiveDate)}.`,
      );
      break;
    case "civil_628":
      out.push(
        `The contract has a fixed term, but under Civil Code art. 628 it may be ended immediately when there is an unavoidable reason. ${
          input.unavoidableReason
            ? `For such a reason${phrase ? ` (${phrase})` : ""} I ended the contract by that notice.`
            : "By that notice I told you that I was ending the contract under that article."
        }`,
      );
      break;
    case "civil_628_lsa_137":
      out.push(
        "The contract has a fixed term of more than one year, but more than a year has passed since the first day of its current term, so under Labour Standards Act art. 137 I may quit at any time. I quit by that notice.",
      );
      break;
    case "civil_651":
      out.push(
        "Under Civil Code art. 651(1) (applied to quasi-mandates by art. 656), either party may end an outsourcing (quasi-mandate) contract at any time. I ended the contract by that notice.",
      );
      break;
  }
  if (inSubstance) out.push("Even if the contract were an outsourcing (quasi-mandate) contract, Civil Code art. 651(1) would let me end it at any time.");
  out.push(
    `In case that notice did not reach you, I make the same declaration again with this letter${input.legalBasis === "civil_627_1" ? " (in that case the contract ends when two weeks have passed from the day of this letter's notice)." : "."}`,
  );
  return out;
}

/** The 内容証明 notice to the head office. Throws RangeError when the deadline is not after `today` or too far. */
export function hqNaiyouNotice(input: HqNoticeInput, locale: Locale = "ja"): EscalationLetter {
  const error = validateReplyDeadline(input.today, input.deadline);
  if (error) throw new RangeError(`Invalid reply deadline: ${error}`);
  const loc = locale;
  const ja = loc === "ja";
  const d = (s: string) => formatDate(s, loc);
  const sites = sitesText(input, loc);
  const branch = oneLine(input.branchName);
  const ended = input.today >= input.dates.effectiveDate;
  const reminder = input.reminderDate ? d(input.reminderDate) : null;
  const requests = formalNotice(input, loc).paragraphs.filter((p) => /^\(\d+\)/.test(p));
  const agency = field(input.agencyName, placeholders[loc].agencyName);
  const agreement = input.legalBasis === "agreement_request";
  const office = ja ? `貴社${branch ? `（${branch}）` : ""}` : `your agency${branch ? ` (${branch})` : ""}`;
  const paragraphs = ja
    ? [
        `私は、${office}を通じて、${sites ? `${sites}において` : ""}ライブ配信を行ってまいりました。`,
        agreement
          ? `私は、${d(input.dates.noticeDate)}付けの書面により、${office}に対し、契約を合意により解約して退会することへのご同意をお願いいたしました${reminder ? `。また、${reminder}付けで催告いたしました` : ""}が、本書面の日付までに、ご回答を確認できておりません。そこで、貴社本社に対し、本書面をもって改めてお願いいたします。`
          : `私は、${d(input.dates.noticeDate)}付けの通知により、${office}に対し、契約を終了して退会する旨を通知いたしました${reminder ? `。また、${reminder}付けで催告いたしました` : ""}が、本書面の日付までに、求めた対応が完了したことを確認できておりません。そこで、貴社本社に対し、本書面をもって改めて通知いたします。`,
        ...basisJa(input, ended, d),
        ...(requests.length ? [`${agreement ? "あわせて" : "つきましては"}、貴社に対し、改めて次の事項を求めます。`, ...requests] : []),
        agreement
          ? `ご同意いただけるかどうか${requests.length ? "、及び上記の事項への対応" : ""}について、${d(input.deadline)}までに、書面にてご回答ください。`
          : requests.length
            ? `上記の事項について、${d(input.deadline)}までに対応し、書面にてご回答ください。`
            : `本書面について、${d(input.deadline)}までに、書面にてご回答ください。`,
      ]
    : [
        `Through ${office} I have been performing live${sites ? ` on the following sites: ${sites}` : " on streaming sites"}.`,
        agreement
          ? `By my letter dated ${d(input.dates.noticeDate)} I asked ${office} to agree to end my contract by mutual agreement so that I could withdraw${reminder ? `, and I sent a reminder dated ${reminder}` : ""}. As of the date of this letter I have not been able to confirm a reply. I therefore write again, to your head office.`
          : `By my notice dated ${d(input.dates.noticeDate)} I told ${office} that I was ending my contract and withdrawing${reminder ? `, and I sent a reminder dated ${reminder}` : ""}. As of the date of this letter I have not been able to confirm that what I asked for has been done. I therefore write again, to your head office.`,
        ...basisEn(input, ended, d),
        ...(requests.length ? [agreement ? "I also ask you again to:" : "I therefore ask you again to:", ...requests] : []),
        agreement
          ? `Please tell me in writing by ${d(input.deadline)} whether you agree${requests.length ? ", and what you have done about the above" : ""}.`
          : requests.length
            ? `Please do the above and reply in writing by ${d(input.deadline)}.`
            : `Please reply to this letter in writing by ${d(input.deadline)}.`,
      ];
  return {
    title: ja ? "通知書" : "Notice",
    date: d(input.today),
    sender: { name: field(input.senderName, placeholders[loc].name), address: field(input.senderAddress, placeholders[loc].address) },
    recipient: {
      name: field(input.hqName, agency),
      address: field(input.hqAddress, "") || field(input.agencyAddress, placeholders[loc].agencyAddress),
    },
    paragraphs,
    citations: citationsFor(hqArticles(input), loc),
  };
}

/** The head-office notice as plain 内容証明 text (表題, 本文, 日付, 差出人, 受取人) for layoutNaiyou. */
export function hqNaiyouText(input: HqNoticeInput, locale: Locale = "ja"): string {
  const doc = hqNaiyouNotice(input, locale);
  const body = doc.paragraphs.map((p) => (locale === "ja" && !p.startsWith("(") ? `　${p}` : p)).join("\n");
  return composeNaiyouText({
    title: doc.title,
    body,
    date: doc.date,
    sender: doc.sender,
    recipient: { address: doc.recipient.address, name: locale === "ja" ? `${doc.recipient.name}　御中` : doc.recipient.name },
  });
}
