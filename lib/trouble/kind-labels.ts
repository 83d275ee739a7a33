// How each kind of trouble reads in what she sends or brings (letters, 相談メモ). The pages use messages/*.json.
import type { Locale } from "../escalation/letter-parts";
import type { TroubleKind } from "./schema";

export const troubleKindLabels: Record<Locale, Record<TroubleKind, string>> = {
  ja: {
    CONTACT_EXCHANGE: "サイトの外での連絡先（LINE・電話番号・本名など）を知られ、連絡が来る",
    STALKING: "しつこく連絡してくる、つきまとわれている",
    THREATENS_TO_POST: "録画や画像をネットに載せると脅されている",
    POSTED: "録画や画像をネットに載せられた",
    MONEY: "お金を要求された、又はお金を貸した・送った",
    MEETING_OFFLINE: "会うことを求められている",
    PERSONAL_INFO_POSTED: "本名や住所などをネットに載せられた",
  },
  en: {
    CONTACT_EXCHANGE: "he has my contact details outside the site (LINE, phone number, real name) and contacts me",
    STALKING: "he keeps contacting me or follows me",
    THREATENS_TO_POST: "he threatens to post recordings or images of me online",
    POSTED: "he posted recordings or images of me online",
    MONEY: "he demands money, or I lent or sent him money",
    MEETING_OFFLINE: "he wants to meet me in person",
    PERSONAL_INFO_POSTED: "my real name or address was posted online",
  },
};
