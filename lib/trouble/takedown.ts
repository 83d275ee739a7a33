// 削除依頼（送信防止措置依頼）to a third-party site or platform that re-posted her images or recordings. It asks
// for deletion under the Information Distribution Platform Act's procedure; it names the revenge-porn act (and its
// 2-day rule) only when she says the images were never meant for anyone but him (sent privately, or filmed in
// secret), because images she appeared in knowing viewers would see are outside it (lib/trouble/sources.ts).
import { continuation, field, formatDate, morePlaceholders, noteLines, oneLine, placeholders, type Locale } from "../escalation/letter-parts";
import { evidenceLines, type LetterEvidence, type TroubleLetter } from "./site-report";
import { troubleCitations } from "./sources";

export type TroubleTakedownInput = {
  platformName: string;
  postUrl: string;
  /** Where the images first came from (the site she broadcasts on), if she says. */
  originSiteName?: string;
  privateImages: boolean;
  whatHappened?: string;
  evidence: readonly LetterEvidence[];
  sender?: { name?: string; email?: string };
  deadline?: string;
  today: string;
};

export function troubleTakedown(input: TroubleTakedownInput, locale: Locale = "ja"): TroubleLetter {
  const loc = locale;
  const ja = loc === "ja";
  const c = continuation[loc];
  const platform = field(input.platformName, morePlaceholders[loc].siteName);
  const url = field(input.postUrl, morePlaceholders[loc].url);
  const origin = oneLine(input.originSiteName);
  const email = oneLine(input.sender?.email);
  const deadline = input.deadline ? formatDate(input.deadline, loc) : null;
  const happened = noteLines(input.whatHappened);
  const evidence = evidenceLines(input.evidence, loc);
  const paragraphs = ja
    ? [
        `貴社が運営する${platform}に、私が写っている画像又は動画が、私の同意なく掲載されています。${c}URL：${url}`,
        input.privateImages
          ? "この画像・動画は、私が第三者に見られることを承諾して撮影させたものではありません（特定の相手にだけ送ったもの、又は私の知らないうちに撮影されたものです）。"
          : `この画像・動画は、${origin ? `${origin}での` : ""}私の配信の録画などが、私の同意なく転載されたものです。私は、このサイトでの掲載に同意していません。`,
        ...(happened.length ? [`経緯：${c}${happened.join(c)}`] : []),
        ...(evidence.length ? [`掲載を確認した記録（SHA-256は各ファイルのハッシュ値です）：${c}${evidence.join(c)}`] : []),
        input.privateImages
          ? "つきましては、情報流通プラットフォーム対処法（特定電気通信による情報の流通によって発生する権利侵害等への対処に関する法律。旧プロバイダ責任制限法）に基づく送信防止措置として、上記の画像・動画を削除してください。この画像・動画は、私事性的画像記録の提供等による被害の防止に関する法律（リベンジポルノ防止法）2条の私事性的画像記録に当たると考えます。発信者に照会される場合、同法4条の特例により、照会の期間は2日です。"
          : "つきましては、情報流通プラットフォーム対処法（特定電気通信による情報の流通によって発生する権利侵害等への対処に関する法律。旧プロバイダ責任制限法）に基づく送信防止措置依頼として、上記の画像・動画を削除し、又は公開を停止してください。",
        "同じ画像・動画が貴社のサービスの他の場所にも掲載されている場合は、あわせて削除してください。",
        `対応の結果を、${deadline ? `${deadline}までに、` : ""}${email ? `メール（${email}）で` : "メール又は書面で"}お知らせください。本人確認のための資料が必要な場合は、お知らせください。`,
      ]
    : [
        `Images or video of me are posted on ${platform}, which you operate, without my consent.${c}URL: ${url}`,
        input.privateImages
          ? "I never agreed to these images or this video being filmed for third parties to see (they were sent to one person only, or recorded without my knowledge)."
          : `These are recordings of my broadcasts${origin ? ` on ${origin}` : ""} or similar, re-posted without my consent. I do not consent to them being shown on this site.`,
        ...(happened.length ? [`Background:${c}${happened.join(c)}`] : []),
        ...(evidence.length ? [`Records showing the posting (each SHA-256 is the hash of the file):${c}${evidence.join(c)}`] : []),
        input.privateImages
          ? "I therefore ask you to delete them, as a takedown (送信防止措置) under the Information Distribution Platform Act (formerly the Provider Liability Limitation Act). I consider them private sexual image records under art. 2 of the revenge-porn act (私事性的画像記録の提供等による被害の防止に関する法律); if you ask the poster, the special rule of its art. 4 makes the period 2 days."
          : "I therefore ask you, as a request to take down (送信防止措置依頼) under the Information Distribution Platform Act (formerly the Provider Liability Limitation Act), to delete them or stop showing them.",
        "If the same images or video are posted elsewhere on your service, please delete those too.",
        `Please tell me what you have done${deadline ? ` by ${deadline}` : ""}, ${email ? `by email (${email})` : "by email or in writing"}. If you need documents to confirm my identity, please let me know.`,
      ];
  return {
    title: ja ? "削除依頼書（送信防止措置依頼）" : "Request to take down images or video",
    date: formatDate(input.today, loc),
    sender: { name: field(input.sender?.name, placeholders[loc].name), address: email || morePlaceholders[loc].contact },
    recipient: { name: `${platform}${ja ? " 運営者 御中" : " operator"}`, address: "" },
    paragraphs,
    citations: troubleCitations(input.privateImages ? ["info_platform_act", "revenge_porn_act"] : ["info_platform_act"], loc),
  };
}
