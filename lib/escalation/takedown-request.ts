// 削除依頼 / 送信防止措置依頼 to a site operator for a profile that stays up after she quit. The app's check
// snapshots (time, final URL, HTTP status, SHA-256) show it is still public. Legal content is limited to what the
// references state: under the 情報流通プラットフォーム対処法 (formerly プロバイダ責任制限法) she can send the site a
// 送信防止措置依頼. No article number is given (none in the references), and no right (肖像権, privacy) is claimed,
// because the references ground none for this case.
import {
  citationsFor,
  continuation,
  field,
  formatDate,
  formatDateTime,
  morePlaceholders,
  oneLine,
  placeholders,
  sha256Hex,
  type EscalationLetter,
  type Locale,
} from "./letter-parts";

export type ProfileSnapshot = { checkedAt: string; finalUrl?: string; httpStatus?: number; sha256: string };

export type TakedownRequestInput = {
  operatorName?: string;
  operatorAddress?: string;
  siteName: string;
  profileUrl: string;
  handle: string;
  snapshots: readonly ProfileSnapshot[];
  sender?: { name?: string; address?: string; email?: string };
  /** The agency she was registered through, if any. */
  agencyName?: string;
  /** When she asked to withdraw, if known. */
  withdrawnOn?: string;
  /** Reply deadline, if she sets one. */
  deadline?: string;
  today: string;
};

function statusText(status: number | undefined): string | null {
  return typeof status === "number" && Number.isInteger(status) && status >= 100 && status <= 599 ? String(status) : null;
}

function snapshotParagraph(s: ProfileSnapshot, i: number, loc: Locale): string {
  const ja = loc === "ja";
  const url = oneLine(s.finalUrl);
  const status = statusText(s.httpStatus);
  const head = ja
    ? `確認${i + 1}：${formatDateTime(s.checkedAt, loc)}${status ? `　HTTPステータス：${status}` : ""}`
    : `Check ${i + 1}: ${formatDateTime(s.checkedAt, loc)}${status ? `; HTTP status ${status}` : ""}`;
  const lines = [
    head,
    ...(url ? [ja ? `表示されたURL：${url}` : `Page shown: ${url}`] : []),
    `SHA-256${ja ? "：" : ": "}${sha256Hex(s.sha256) ?? morePlaceholders[loc].hash}`,
  ];
  return lines.join(continuation[loc]);
}

export function takedownRequest(input: TakedownRequestInput, locale: Locale = "ja"): EscalationLetter {
  const loc = locale;
  const ja = loc === "ja";
  const p = morePlaceholders[loc];
  const site = field(input.siteName, p.siteName);
  const handle = field(input.handle, p.handle);
  const url = field(input.profileUrl, p.url);
  const agency = oneLine(input.agencyName);
  const withdrawn = input.withdrawnOn ? formatDate(input.withdrawnOn, loc) : null;
  const email = oneLine(input.sender?.email);
  const deadline = input.deadline ? formatDate(input.deadline, loc) : null;
  const snapshots = input.snapshots.map((s, i) => snapshotParagraph(s, i, loc));
  const paragraphs = ja
    ? [
        `私は、貴社が運営する${site}に掲載されている次のプロフィールに写っている本人です。${continuation.ja}表示名：${handle}${continuation.ja}URL：${url}`,
        `私は、${agency ? `事務所（${agency}）を通じて、` : ""}このプロフィールで配信を行っておりましたが、${withdrawn ? `${withdrawn}に` : "すでに"}退会を申し入れており、このプロフィール及びこれに含まれる私の写真・画像の掲載に同意しておりません。`,
        ...(snapshots.length
          ? [
              "しかし、次のとおり、退会の申入れの後も、このプロフィールは公開されたままです（SHA-256は、各確認の時に保存した記録のハッシュ値です）。",
              ...snapshots,
            ]
          : []),
        "つきましては、情報流通プラットフォーム対処法（特定電気通信による情報の流通によって発生する権利侵害等への対処に関する法律。旧プロバイダ責任制限法）に基づく送信防止措置依頼として、次の対応をお願いいたします。",
        `(1)上記のプロフィール及びこれに含まれる私の写真・画像を削除し、又は公開を停止すること。`,
        "(2)同じプロフィール又は画像を提携サイトなど他のサイトにも配信している場合は、その配信も停止すること。",
        `(3)対応の結果を、${deadline ? `${deadline}までに、` : ""}${email ? `メール（${email}）又は書面で` : "書面又はメールで"}お知らせいただくこと。`,
        "本人確認のための資料が必要な場合は、お知らせください。",
      ]
    : [
        `I am the person shown in the following profile on ${site}, which you operate.${continuation.en}Display name: ${handle}${continuation.en}URL: ${url}`,
        `I performed under this profile${agency ? ` through an agency (${agency})` : ""}, but I ${withdrawn ? `asked to withdraw on ${withdrawn}` : "have asked to withdraw"}, and I do not consent to this profile or the photographs and images of me in it being shown.`,
        ...(snapshots.length
          ? [
              "However, as the following checks show, the profile is still public after my request to withdraw (each SHA-256 is the hash of the record saved at that check).",
              ...snapshots,
            ]
          : []),
        "I therefore ask you, as a request to take down (送信防止措置依頼) under the Information Distribution Platform Act (formerly the Provider Liability Limitation Act), to:",
        "(1) delete the profile above and the photographs and images of me in it, or stop showing them.",
        "(2) stop distributing the same profile or images to any other site, such as partner sites, if you do.",
        `(3) tell me what you have done${deadline ? ` by ${deadline}` : ""}, ${email ? `by email (${email}) or in writing` : "in writing or by email"}.`,
        "If you need documents to confirm my identity, please let me know.",
      ];
  return {
    title: ja ? "削除依頼書（送信防止措置依頼）" : "Request to take down a profile",
    date: formatDate(input.today, loc),
    sender: { name: field(input.sender?.name, placeholders[loc].name), address: field(input.sender?.address, placeholders[loc].address) },
    recipient: { name: field(input.operatorName, p.operatorName), address: field(input.operatorAddress, placeholders[loc].agencyAddress) },
    paragraphs,
    citations: citationsFor(["info_platform_act"], loc),
  };
}
