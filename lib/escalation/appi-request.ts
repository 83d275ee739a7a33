// 個人情報の利用停止・消去請求書 to the agency (個人情報保護法35条), with the 39条 two-week rule. What the references
// support (legal-bases-and-bodies.md §1): 35 lets her ask for 利用停止/消去, since the 2020 amendment (in force
// 2022-04-01) also where the data is no longer needed; if the request is justified the business must act 遅滞なく;
// 39: a lawsuit only two weeks after the request arrives, or after a refusal. The paragraph numbers of the 2020
// additions are UNVERIFIED, so the letter cites "第35条" without a paragraph.
import { citationsFor, field, formatDate, morePlaceholders, placeholders, type EscalationLetter, type Locale } from "./letter-parts";

export const appiDataKinds = ["id_copies", "photos", "address", "bank_details", "recordings", "other"] as const;
export type AppiDataKind = (typeof appiDataKinds)[number];

export type AppiRequestInput = {
  agencyName: string;
  agencyAddress?: string;
  sender?: { name?: string; address?: string };
  data: readonly AppiDataKind[];
  /** Used only when `data` has "other". */
  otherText?: string;
  /** The date the contract ended, if it has. */
  endedOn?: string;
  deadline: string;
  today: string;
};

const dataLabels: Record<Locale, Record<Exclude<AppiDataKind, "other">, string>> = {
  ja: {
    id_copies: "私の身分証明書の写し",
    photos: "私の写真及びプロフィール画像",
    address: "私の住所その他の連絡先",
    bank_details: "私の報酬の振込先口座の情報（未払いの報酬がある場合は、その支払の完了後に消去してください）",
    recordings: "私が出演した配信の録画、アーカイブ及び画像",
  },
  en: {
    id_copies: "the copies of my ID documents",
    photos: "my photographs and profile images",
    address: "my address and other contact details",
    bank_details: "the details of the bank account my pay went to (if pay is still owed to me, erase them once it has been paid)",
    recordings: "the recordings, archives and images of broadcasts I performed in",
  },
};

/** The chosen kinds in the canonical order, each once, as sentences without the final 。/full stop. */
function dataItems(input: AppiRequestInput, loc: Locale): string[] {
  return appiDataKinds
    .filter((k) => input.data.includes(k))
    .map((k) => {
      if (k !== "other") return dataLabels[loc][k];
      const other = field(input.otherText, morePlaceholders[loc].other);
      return loc === "ja" ? `その他、${other}` : `other data: ${other}`;
    });
}

export function appiRequest(input: AppiRequestInput, locale: Locale = "ja"): EscalationLetter {
  const loc = locale;
  const ja = loc === "ja";
  const d = (s: string | undefined) => formatDate(s, loc);
  const ended = input.endedOn ? d(input.endedOn) : null;
  const numbered = dataItems(input, loc).map((s, i, all) => (ja ? `(${i + 1})${s}` : `(${i + 1}) ${s}${i === all.length - 1 ? "." : ";"}`));
  const any = numbered.length > 0;
  const paragraphs = ja
    ? [
        `私は、貴社を通じてライブ配信を行ってまいりましたが、${ended ? `貴社との契約は${ended}をもって終了しております` : "貴社との契約の終了（退会）を申し入れております"}。`,
        "個人情報保護法第35条は、本人が保有個人データの利用停止又は消去を請求できる場合として、目的外の利用、不適正な利用又は不正な取得の場合のほか、事業者がその保有個人データを利用する必要がなくなった場合などを定めています。",
        `貴社が保有する私の${any ? "次の" : ""}個人データ（その写し及び複製を含みます。）は、契約の終了により、貴社が利用する必要がなくなったものです。そこで、同条に基づき、その利用を停止し、消去することを請求します。`,
        ...numbered,
        "あわせて、これらの個人データを第三者に提供している場合は、その提供を停止することを求めます。",
        `同条により、請求に理由があるときは、貴社は遅滞なく必要な措置を講じなければならないとされています。${d(input.deadline)}までに、講じた措置の内容を書面又はメールにてお知らせください。`,
        "なお、同法第39条により、本請求が貴社に到達した日から2週間を経過した後（貴社が請求を拒んだときは、その後）は、本請求に係る訴えを提起することができるとされています。",
        "本人確認のための資料が必要な場合は、お知らせください。",
      ]
    : [
        `Through your agency I have been performing live on streaming sites. ${ended ? `My contract with you ended on ${ended}.` : "I have given notice to end my contract with you and withdraw."}`,
        "Article 35 of the Act on the Protection of Personal Information lets a person ask for her retained personal data to stop being used or to be erased where it is used beyond its purpose, used improperly or obtained unlawfully, and also where the business no longer needs to use it, among other cases.",
        `${any ? "The following personal data" : "The personal data"} of mine that you hold (including copies of it) are no longer needed by you now that the contract has ended. Under that article I therefore request that you stop using them and erase them${any ? ":" : "."}`,
        ...numbered,
        "I also ask you to stop providing these data to any third party you provide them to.",
        `Under that article, if a request is justified the business must take the necessary measures without delay. Please tell me in writing (letter or email) by ${d(input.deadline)} what you have done.`,
        "Under art. 39 of the same Act, a lawsuit over this request may be brought once two weeks have passed from the day it reaches you (or after you refuse it).",
        "If you need documents to confirm my identity, please let me know.",
      ];
  return {
    title: ja ? "個人情報の利用停止・消去請求書" : "Request to stop using and to erase personal data",
    date: d(input.today),
    sender: { name: field(input.sender?.name, placeholders[loc].name), address: field(input.sender?.address, placeholders[loc].address) },
    recipient: { name: field(input.agencyName, placeholders[loc].agencyName), address: field(input.agencyAddress, placeholders[loc].agencyAddress) },
    paragraphs,
    citations: citationsFor(["appi_35", "appi_39"], loc),
  };
}
