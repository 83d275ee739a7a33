// Representative inputs for the escalation letters' tests (content and PDF). Not used by the app.
import { computeDates } from "../cases/deadlines";
import type { LetterInput } from "../cases/letter-text";
import type { AppiRequestInput } from "./appi-request";
import type { ConsultationMemoInput } from "./consultation-memo";
import type { TakedownRequestInput } from "./takedown-request";

export const HASHES = [
  "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
  "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
  "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13",
  "a4e624d686e03ed2767c0abd85c14426b0b1157d2ce81d27bb4fe4f6f01d688a",
  "ef2d127de37b942baad06145e54b0c619a1f22327b2ebbcfbec78f5564afe39d",
] as const;

/** The typical case of the one-page bound: 6 events, 5 evidence items, every field given. */
export const memoInput: ConsultationMemoInput = {
  sender: { name: "山田花子", contact: "090-1234-5678" },
  agencyName: "株式会社スターライト",
  employmentType: "FREELANCER_IN_SUBSTANCE_EMPLOYEE",
  situations: ["penalty", "cannot_quit", "profile_online"],
  timeline: [
    { date: "2026-12-25", type: "SENT", note: "LINEで退会を通知" },
    { date: "2026-12-27", type: "REPLY_RECEIVED", note: "「代わりの子を紹介するまで辞められない」と返信" },
    { date: "2027-01-05", type: "REFUSED", note: "違約金30万円を払えと電話で言われた" },
    { date: "2027-01-08", type: "NO_RESPONSE" },
    { date: "2027-01-10", type: "REMINDER_SENT", note: "催告書を内容証明で送付" },
    { date: "2027-01-20", type: "NOTE", note: "退会後もプロフィールが公開されている" },
  ],
  requests: { items: ["delete_accounts", "pay_rewards", "return_id_documents"], sentOn: "2026-12-25", channel: "LINE" },
  evidence: [
    { fileName: "line_reply.png", capturedAt: "2026-12-27T10:15:00+09:00", sha256: HASHES[0], description: "LINEの返信" },
    { fileName: "call_recording.m4a", capturedAt: "2027-01-05T03:30:00Z", sha256: HASHES[1], description: "違約金の電話" },
    { fileName: "naiyou_receipt.pdf", capturedAt: "2027-01-10", sha256: HASHES[2], description: "内容証明の控え" },
    { fileName: "profile_check_1.html", capturedAt: "2027-01-20T09:00:00+09:00", sha256: HASHES[3], description: "プロフィール確認" },
    { fileName: "contract.pdf", capturedAt: "2026-06-01", sha256: HASHES[4], description: "契約書" },
  ],
  wants: "プロフィールを消してほしい。違約金は払いたくない。",
  today: "2027-01-21",
};

export function caseInput(overrides: Partial<LetterInput> = {}): LetterInput {
  const legalBasis = overrides.legalBasis ?? "civil_627_1";
  return {
    agencyName: "株式会社スターライト",
    sites: [{ name: "ライブチャットA", handle: "momo_123" }],
    contractType: "EMPLOYEE",
    legalBasis,
    items: ["delete_accounts", "pay_rewards", "return_id_documents"],
    dates: computeDates({ legalBasis, noticeDate: "2026-12-25" }),
    senderName: "山田花子",
    senderAddress: "東京都新宿区西新宿1-1-1",
    agencyAddress: "東京都渋谷区道玄坂2-2-2",
    amountYen: 85000,
    payByDate: "2027-01-31",
    ...overrides,
  };
}

export const appiInput: AppiRequestInput = {
  agencyName: "株式会社スターライト",
  agencyAddress: "東京都渋谷区道玄坂2-2-2",
  sender: { name: "山田花子", address: "東京都新宿区西新宿1-1-1" },
  data: ["id_copies", "photos", "address", "bank_details", "recordings", "other"],
  otherText: "緊急連絡先として伝えた家族の電話番号",
  endedOn: "2027-01-08",
  deadline: "2027-02-10",
  today: "2027-01-21",
};

export const takedownInput: TakedownRequestInput = {
  operatorName: "株式会社ライブA運営",
  operatorAddress: "東京都港区六本木3-3-3",
  siteName: "ライブチャットA",
  profileUrl: "https://live-a.example/profile/momo_123",
  handle: "momo_123",
  snapshots: [
    { checkedAt: "2027-01-15T01:00:00Z", finalUrl: "https://live-a.example/profile/momo_123", httpStatus: 200, sha256: HASHES[3] },
    { checkedAt: "2027-01-20T09:00:00+09:00", finalUrl: "https://live-a.example/profile/momo_123?lang=ja", httpStatus: 200, sha256: HASHES[4] },
  ],
  sender: { name: "山田花子", address: "東京都新宿区西新宿1-1-1", email: "hanako@example.jp" },
  agencyName: "株式会社スターライト",
  withdrawnOn: "2026-12-25",
  deadline: "2027-02-05",
  today: "2027-01-21",
};
