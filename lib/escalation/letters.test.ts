import { describe, expect, it } from "vitest";
import { documentText, placeholders, reminderLetter, type LetterDocument, type Locale } from "../cases/letter-text";
import { legalBasisKeys } from "../cases/keys";
import { requestedItems, type RequestedItem } from "../cases/requested-items";
import { layoutNaiyou } from "../letters/naiyou-layout";
import { appiInput, caseInput, HASHES, memoInput, takedownInput } from "./letter-fixtures";
import { morePlaceholders } from "./letter-parts";
import {
  appiDataKinds,
  appiRequest,
  consultationMemo,
  consultationMemoText,
  hqNaiyouNotice,
  hqNaiyouText,
  reminderToAgency,
  takedownRequest,
  type AppiDataKind,
  type Citation,
  type HqNoticeInput,
} from "./letters";
import { situations } from "./situations";

const locales: Locale[] = ["ja", "en"];
const all = (doc: LetterDocument) =>
  [doc.title, doc.date, doc.sender.name, doc.sender.address, doc.recipient.name, doc.recipient.address, ...doc.paragraphs].join("\n");
const noBadWords = (text: string) => expect(text).not.toMatch(/undefined|null|NaN|\[object/);
const subsets = <T>(xs: readonly T[]) => Array.from({ length: 2 ** xs.length }, (_, m) => xs.filter((_, i) => m & (1 << i)));

/** Display width: full-width characters 1, half-width 0.5 (one A4 line of the notice layout holds 45 full-width). */
function wrappedLines(text: string, width = 45): number {
  return text.split("\n").reduce((sum, line) => {
    let w = 0;
    for (const ch of line) w += /[\x20-\x7e\uff61-\uff9f]/.test(ch) ? 0.5 : 1;
    return sum + Math.max(1, Math.ceil(w / width));
  }, 0);
}

/** Every 第N条 in a text has a citation for that article, and every citation's article shows in the text. */
const articleMarkers: Record<string, RegExp> = {
  civil_627_1: /民法第627条第1項|Civil Code art\. 627\(1\)/,
  civil_628: /民法第628条|Civil Code art\. 628/,
  civil_651: /民法第651条第1項|Civil Code art\. 651\(1\)/,
  civil_656: /第656条|art\. 656/,
  lsa_24: /労働基準法第24条|Labour Standards Act art\. 24/,
  lsa_137: /労働基準法第137条|Labour Standards Act art\. 137/,
  appi_35: /個人情報保護法第35条|Article 35 of the Act on the Protection|art\. 35 of the Personal Information Protection Act/,
  appi_39: /同法第39条|art\. 39 of the same Act/,
  mhlw_worker_status: /働き方の実態|the way I actually work/,
  info_platform_act: /情報流通プラットフォーム対処法|Information Distribution Platform Act/,
};
function expectCitationsMatchText(text: string, citations: Citation[]) {
  const keys = citations.map((c) => c.key);
  for (const key of keys) if (articleMarkers[key]) expect(text, key).toMatch(articleMarkers[key]);
  for (const [key, marker] of Object.entries(articleMarkers)) if (marker.test(text)) expect(keys, key).toContain(key);
  for (const c of citations) {
    expect(c.label.length).toBeGreaterThan(0);
    expect(c.verified).toBe(false); // statute texts in the references are secondary quotes
    if (c.inReferences) expect(c.sourceUrl).toMatch(/^https?:\/\//);
  }
}

describe("consultation memo (相談メモ)", () => {
  it.each(locales)("holds the facts, the timeline, the requests, every full hash and what she wants (%s)", (loc) => {
    const doc = consultationMemo(memoInput, loc);
    const text = all(doc);
    for (const h of HASHES) expect(text).toContain(h);
    for (const file of ["line_reply.png", "call_recording.m4a", "naiyou_receipt.pdf", "profile_check_1.html", "contract.pdf"]) expect(text).toContain(file);
    for (const note of ["LINEで退会を通知", "違約金30万円を払えと電話で言われた", "退会後もプロフィールが公開されている"]) expect(text).toContain(note);
    expect(text).toContain("株式会社スターライト");
    expect(text).toContain("プロフィールを消してほしい。違約金は払いたくない。");
    expect(doc.sender).toEqual({ name: "山田花子", address: "090-1234-5678" });
    expect(text).toContain(loc === "ja" ? "2027年1月5日 12:30" : "5 January 2027, 12:30 JST"); // 03:30Z in Japan time
    expect(text).toContain(loc === "ja" ? "法的な判断や助言ではありません" : "Not a legal assessment or legal advice");
    expect(doc.citations).toEqual([]);
    noBadWords(text);
    noBadWords(consultationMemoText(memoInput, loc));
  });

  it("for a request for agreement, says she asked for agreement and names the follow-up so (not a notice)", () => {
    const ja = all(consultationMemo({ ...memoInput, agreement: true }, "ja"));
    expect(ja).toContain("合意による退会（解約）への同意");
    expect(ja).toContain("合意のお願いを再度送付");
    expect(ja).not.toContain("催告書を送付");
    expect(ja).not.toContain("退会の通知を送付");
    const en = all(consultationMemo({ ...memoInput, agreement: true }, "en"));
    expect(en).toContain("second request for agreement sent");
    expect(all(consultationMemo(memoInput, "ja"))).toContain("催告書を送付");
  });

  it("orders the timeline by date and lists what the agency did", () => {
    const doc = consultationMemo({ ...memoInput, timeline: [...memoInput.timeline].reverse() }, "ja");
    const text = all(doc);
    expect(text.indexOf("2026年12月25日　退会の通知を送付")).toBeLessThan(text.indexOf("2027年1月20日　メモ"));
    expect(text).toContain("【事務所の対応】事務所から回答（2026年12月27日）、事務所が拒否（2027年1月5日）、期限までに回答なし（2027年1月8日）");
    expect(text).toContain("【求めたこと】2026年12月25日（LINE）：アカウント・プロフィールの削除、未払い報酬の支払、身分証の写し等の返却・消去");
  });

  it.each(locales)("stays within one A4 page for the typical case: ≤ 40 lines of ≤ 45 characters (%s)", (loc) => {
    const text = consultationMemoText(memoInput, loc);
    expect(wrappedLines(text)).toBeLessThanOrEqual(40);
  });

  it("shows a requested item iff it was asked for, and a situation iff chosen", () => {
    const labels: Record<RequestedItem, string> = {
      delete_accounts: "アカウント・プロフィールの削除",
      delete_recordings: "録画・画像の削除",
      pay_rewards: "未払い報酬の支払",
      return_id_documents: "身分証の写し等の返却・消去",
      written_contact_only: "連絡は書面のみに",
    };
    for (const items of subsets(requestedItems)) {
      const text = all(consultationMemo({ ...memoInput, requests: { ...memoInput.requests, items } }, "ja"));
      for (const item of requestedItems) expect(text.includes(labels[item]), item).toBe(items.includes(item));
      noBadWords(text);
    }
    const one = all(consultationMemo({ ...memoInput, situations: ["threats"] }, "ja"));
    expect(one).toContain("家族や職場に知らせるという脅し");
    expect(one).not.toContain("辞めさせてもらえない");
  });

  it.each(locales)("uses placeholders iff her name or contact is missing, and never invents (%s)", (loc) => {
    const bare = consultationMemo({ ...memoInput, sender: undefined, requests: { items: [] }, timeline: [], evidence: [], wants: "  " }, loc);
    expect(bare.sender).toEqual({ name: placeholders[loc].name, address: morePlaceholders[loc].contact });
    expect(all(bare)).toContain(morePlaceholders[loc].wants);
    noBadWords(all(bare));
    const named = consultationMemo(memoInput, loc);
    expect(all(named)).not.toContain(placeholders[loc].name);
    expect(all(named)).not.toContain(morePlaceholders[loc].contact);
    const onlyName = consultationMemo({ ...memoInput, sender: { name: "はな" } }, loc);
    expect(onlyName.sender).toEqual({ name: "はな", address: morePlaceholders[loc].contact });
    const noAgency = consultationMemo({ ...memoInput, agencyName: " \n " }, loc);
    expect(all(noAgency)).toContain(placeholders[loc].agencyName);
  });

  it("keeps the lines of a note but lets no user line start a line of the memo", () => {
    const hostile = "一行目\n(9)偽の項目\r\n\u202e逆向き\u2028(10)もう一つ";
    const doc = consultationMemo(
      {
        ...memoInput,
        timeline: [
          { date: "2027-01-01", type: "NOTE", note: hostile },
          { date: "bad", type: "(3)custom\ntype" },
          { date: "2027-01-02", type: "constructor" },
        ],
        evidence: [{ fileName: "a\nb.png", capturedAt: "yesterday", sha256: "not-a-hash", description: "x\n(2)y" }],
        wants: "消してほしい\n(1)お金も",
      },
      "ja",
    );
    const lines = doc.paragraphs.join("\n").split("\n");
    for (const line of lines) expect(line).not.toMatch(/^\(\d+\)/); // an item of the letter starts at column 0
    const text = all(doc);
    expect(text).toContain("一行目");
    expect(text).toContain("\n　　(9)偽の項目"); // kept, indented
    expect(text).not.toContain("\u202e");
    expect(text).toContain("a b.png");
    expect(text).toContain(morePlaceholders.ja.hash);
    expect(text).toContain(morePlaceholders.ja.dateTime);
    expect(text).toContain(morePlaceholders.ja.date);
    expect(text).toContain("2027年1月2日　constructor");
    expect(text).not.toContain("function");
    noBadWords(text);
  });
});

describe("催告書 (reminderToAgency)", () => {
  it.each(locales)("is the case letters' reminderLetter, citing only the articles its text names (%s)", (loc) => {
    for (const items of subsets(requestedItems))
      for (const contractType of ["EMPLOYEE", "FREELANCER"] as const) {
        const legalBasis = contractType === "FREELANCER" ? "civil_651" : "civil_627_1";
        const input = { ...caseInput({ items, contractType, legalBasis }), reminderDate: "2027-01-10" };
        const doc = reminderToAgency(input, loc);
        const { citations, ...letter } = doc;
        expect(letter).toEqual(reminderLetter(input, loc));
        expect(citations.map((c) => c.key)).toEqual([
          ...(items.includes("pay_rewards") && contractType !== "FREELANCER" ? ["lsa_24"] : []),
          ...(items.includes("return_id_documents") ? ["appi_35"] : []),
        ]);
        expectCitationsMatchText(all(doc), citations);
        noBadWords(all(doc));
      }
  });
});

function hqInput(overrides: Partial<HqNoticeInput> = {}): HqNoticeInput {
  return { ...caseInput(), today: "2027-01-21", deadline: "2027-02-04", branchName: "新宿営業所", reminderDate: "2027-01-10", ...overrides };
}

describe("内容証明 notice to the head office (hqNaiyouNotice)", () => {
  const combos = [
    ["EMPLOYEE", "civil_627_1"],
    ["EMPLOYEE", "civil_628"],
    ["FREELANCER_IN_SUBSTANCE_EMPLOYEE", "civil_628_lsa_137"],
    ["FREELANCER_IN_SUBSTANCE_EMPLOYEE", "civil_627_1"],
    ["FREELANCER", "civil_651"],
    ["EMPLOYEE", "agreement_request"],
    ["FREELANCER_IN_SUBSTANCE_EMPLOYEE", "agreement_request"],
  ] as const;

  it.each(locales)("cites exactly the articles it states, for every legal basis and item set (%s)", (loc) => {
    for (const [contractType, legalBasis] of combos)
      for (const items of subsets(requestedItems)) {
        const input = hqInput({ ...caseInput({ contractType, legalBasis, items }) });
        const doc = hqNaiyouNotice(input, loc);
        const text = all(doc);
        expectCitationsMatchText(text, doc.citations);
        noBadWords(text);
        // Requested items are the first notice's own numbered paragraphs, present iff asked for.
        expect(doc.paragraphs.filter((p) => /^\(\d+\)/.test(p))).toHaveLength(items.length);
        // The 627 end date rests on not counting the first day (民法140条), which the references do not contain.
        const c140 = doc.citations.find((c) => c.key === "civil_140");
        expect(Boolean(c140)).toBe(legalBasis === "civil_627_1");
        if (c140) expect(c140.inReferences).toBe(false);
      }
  });

  it("names the head office, the first notice, the reminder and the deadline", () => {
    const doc = hqNaiyouNotice(hqInput({ hqName: "株式会社スターライト 本社", hqAddress: "東京都千代田区丸の内1-1-1" }), "ja");
    expect(doc.title).toBe("通知書");
    expect(doc.recipient).toEqual({ name: "株式会社スターライト 本社", address: "東京都千代田区丸の内1-1-1" });
    const text = all(doc);
    for (const s of ["2026年12月25日付けの通知", "2027年1月10日付けで催告", "新宿営業所", "2027年2月4日までに", "本契約は2027年1月8日をもって終了しております"])
      expect(text).toContain(s);
    const noReminder = all(hqNaiyouNotice(hqInput({ reminderDate: undefined, branchName: undefined }), "ja"));
    expect(noReminder).not.toContain("催告");
    expect(noReminder).not.toContain("（）");
  });

  it.each(locales)("uses placeholders iff sender or addresses are missing (%s)", (loc) => {
    const bare = hqNaiyouNotice(hqInput({ senderName: undefined, senderAddress: "  ", agencyAddress: undefined }), loc);
    expect(bare.sender).toEqual({ name: placeholders[loc].name, address: placeholders[loc].address });
    expect(bare.recipient).toEqual({ name: "株式会社スターライト", address: placeholders[loc].agencyAddress });
    const full = hqNaiyouNotice(hqInput(), loc);
    for (const p of Object.values(placeholders[loc])) expect(all(full)).not.toContain(p);
  });

  it("names her unavoidable reason under 628, and under agreement_request asks again, claiming nothing", () => {
    const hq = (overrides: Partial<HqNoticeInput>, loc: Locale = "ja") =>
      all(hqNaiyouNotice(hqInput({ ...caseInput({ legalBasis: overrides.legalBasis }), ...overrides }), loc));
    expect(hq({ legalBasis: "civil_628", unavoidableReason: "coerced_content" })).toContain(
      "私は、意に反する配信内容や行為の強要というやむを得ない事由により、前記の通知をもって本契約を解除いたしました。",
    );
    expect(hq({ legalBasis: "civil_628", unavoidableReason: "unpaid_pay" }, "en")).toContain(
      "For such a reason (pay that has not been paid) I ended the contract by that notice.",
    );
    // Sent before the question existed: it reports what the first notice did, and claims no reason of its own.
    expect(hq({ legalBasis: "civil_628" })).toContain("私は、前記の通知をもって、同条により本契約を解除する旨をお伝えいたしました。");
    expect(hq({ legalBasis: "civil_628" })).not.toContain("事由により");
    for (const contractType of ["EMPLOYEE", "FREELANCER_IN_SUBSTANCE_EMPLOYEE"] as const) {
      const ja = hq({ legalBasis: "agreement_request", contractType, unavoidableReason: "none" });
      expect(ja).toContain("改めて、本契約を合意により解約することにご同意くださいますよう、お願いいたします。");
      expect(ja).toContain("ご同意いただけるかどうか、及び上記の事項への対応について、2027年2月4日までに、書面にてご回答ください。");
      expect(ja).not.toMatch(/やむを得ない|解除いたしました|民法第|いつでも|終了しております|意思表示|働き方の実態/);
      const en = hq({ legalBasis: "agreement_request", contractType }, "en");
      expect(en).toContain("I ask you again to agree to end the contract by mutual agreement.");
      expect(en).not.toMatch(/unavoidable|I ended|Civil Code|at any time|way I actually work/);
    }
  });

  it("refuses a deadline that is not after the notice", () => {
    expect(() => hqNaiyouNotice(hqInput({ deadline: "2027-01-20" }), "ja")).toThrow(RangeError);
  });

  it("gives plain 内容証明 text that lays out on the 20×26 grid without refused characters", () => {
    for (const legalBasis of legalBasisKeys) {
      const text = hqNaiyouText(hqInput({ ...caseInput({ legalBasis, contractType: legalBasis === "civil_651" ? "FREELANCER" : "EMPLOYEE" }) }), "ja");
      const layout = layoutNaiyou(text, { grid: "20x26" });
      expect(layout.errors).toEqual([]);
      expect(layout.violations).toEqual([]);
      expect(text.startsWith("通知書\n\n")).toBe(true);
      expect(text).toContain("株式会社スターライト　御中");
      expect(text.trimEnd().endsWith("株式会社スターライト　御中")).toBe(true);
      noBadWords(text);
    }
  });
});

describe("APPI request (個人情報の利用停止・消去請求書)", () => {
  const labels: Record<AppiDataKind, string> = {
    id_copies: "身分証明書の写し",
    photos: "写真及びプロフィール画像",
    address: "住所その他の連絡先",
    bank_details: "振込先口座",
    recordings: "配信の録画",
    other: "その他、",
  };

  it("lists a kind of data iff chosen, numbered in order", () => {
    for (const data of subsets(appiDataKinds)) {
      const doc = appiRequest({ ...appiInput, data }, "ja");
      const text = all(doc);
      for (const k of appiDataKinds) expect(text.includes(labels[k]), k).toBe(data.includes(k));
      expect(doc.paragraphs.filter((p) => /^\(\d+\)/.test(p))).toHaveLength(data.length);
      expect(text.includes("緊急連絡先として伝えた家族の電話番号")).toBe(data.includes("other"));
      noBadWords(text);
      noBadWords(all(appiRequest({ ...appiInput, data }, "en")));
    }
    expect(all(appiRequest({ ...appiInput, data: ["other"], otherText: undefined }, "ja"))).toContain(morePlaceholders.ja.other);
  });

  it.each(locales)("cites art. 35 (without the unverified paragraph numbers) and art. 39 as the references state (%s)", (loc) => {
    const doc = appiRequest(appiInput, loc);
    const text = all(doc);
    expectCitationsMatchText(text, doc.citations);
    expect(doc.citations.map((c) => [c.key, c.inReferences])).toEqual([
      ["appi_35", true],
      ["appi_39", true],
    ]);
    expect(text).not.toMatch(/第35条第\d項|35\(\d\)/);
    expect(text).toContain(loc === "ja" ? "遅滞なく" : "without delay");
    expect(text).toContain(loc === "ja" ? "2週間" : "two weeks");
    expect(text).toContain(loc === "ja" ? "2027年2月10日" : "10 February 2027");
    expect(text).not.toMatch(/法的助言|legal advice/);
  });

  it.each(locales)("uses placeholders iff sender or agency fields are missing (%s)", (loc) => {
    const bare = appiRequest({ ...appiInput, sender: {}, agencyName: "", agencyAddress: undefined, endedOn: undefined }, loc);
    expect(bare.sender).toEqual({ name: placeholders[loc].name, address: placeholders[loc].address });
    expect(bare.recipient).toEqual({ name: placeholders[loc].agencyName, address: placeholders[loc].agencyAddress });
    expect(all(bare)).toContain(loc === "ja" ? "契約の終了（退会）を申し入れております" : "I have given notice to end my contract");
    noBadWords(all(bare));
    const full = appiRequest(appiInput, loc);
    for (const p of Object.values(placeholders[loc])) expect(all(full)).not.toContain(p);
  });
});

describe("takedown request (削除依頼・送信防止措置依頼)", () => {
  it.each(locales)("cites each check snapshot: time, URL, status and full hash (%s)", (loc) => {
    const doc = takedownRequest(takedownInput, loc);
    const text = all(doc);
    for (const h of HASHES.slice(3)) expect(text).toContain(h);
    expect(text).toContain("https://live-a.example/profile/momo_123?lang=ja");
    expect(text).toContain(loc === "ja" ? "2027年1月15日 10:00" : "15 January 2027, 10:00 JST");
    expect(text).toContain(loc === "ja" ? "HTTPステータス：200" : "HTTP status 200");
    expect(text).toContain("hanako@example.jp");
    expectCitationsMatchText(text, doc.citations);
    expect(doc.citations.map((c) => c.key)).toEqual(["info_platform_act"]);
    // No article numbers: the references give none for this Act.
    expect(text).not.toMatch(/第\d+条|art\. \d+/);
    noBadWords(text);
  });

  it.each(locales)("leaves out what is not given, with placeholders for the parties (%s)", (loc) => {
    const doc = takedownRequest(
      { siteName: "", profileUrl: "", handle: "", snapshots: [{ checkedAt: "soon", sha256: "xyz", httpStatus: Number.NaN }], today: "2027-01-21" },
      loc,
    );
    const text = all(doc);
    expect(doc.recipient).toEqual({ name: morePlaceholders[loc].operatorName, address: placeholders[loc].agencyAddress });
    expect(doc.sender).toEqual({ name: placeholders[loc].name, address: placeholders[loc].address });
    for (const p of ["siteName", "url", "handle", "hash", "dateTime"] as const) expect(text).toContain(morePlaceholders[loc][p]);
    expect(text).not.toMatch(/HTTP/);
    noBadWords(text);
    const none = all(takedownRequest({ ...takedownInput, snapshots: [] }, loc));
    expect(none).not.toMatch(/SHA-256/);
    const full = all(takedownRequest(takedownInput, loc));
    for (const p of [...Object.values(placeholders[loc]), morePlaceholders[loc].operatorName]) expect(full).not.toContain(p);
  });

  it("keeps hostile user fields on one line", () => {
    const doc = takedownRequest({ ...takedownInput, handle: "momo\n(4)全部消さないで", siteName: "A\u2029B" }, "ja");
    for (const line of doc.paragraphs.join("\n").split("\n")) expect(line).not.toMatch(/^\(4\)/);
    expect(all(doc)).toContain("momo (4)全部消さないで");
  });
});

describe("every letter", () => {
  it("never says undefined, null or NaN, whatever is missing", () => {
    const texts: string[] = [];
    for (const loc of locales) {
      texts.push(
        documentText(
          consultationMemo(
            {
              agencyName: "",
              employmentType: "UNKNOWN",
              situations: [...situations],
              timeline: [],
              requests: { items: [] },
              evidence: [],
              wants: "",
              today: "",
            },
            loc,
          ),
          loc,
        ),
      );
      texts.push(documentText(appiRequest({ agencyName: "", data: [], deadline: "", today: "" }, loc), loc));
      texts.push(documentText(takedownRequest({ siteName: "", profileUrl: "", handle: "", snapshots: [], today: "" }, loc), loc));
      texts.push(
        documentText(hqNaiyouNotice(hqInput({ senderName: undefined, senderAddress: undefined, agencyAddress: undefined, sites: [], items: [] }), loc), loc),
      );
    }
    for (const t of texts) noBadWords(t);
  });

  it("names no app: the agency reads every letter she sends", () => {
    const texts: string[] = [];
    for (const loc of locales) {
      texts.push(
        documentText(consultationMemo(memoInput, loc), loc),
        documentText(appiRequest(appiInput, loc), loc),
        documentText(takedownRequest(takedownInput, loc), loc),
      );
      texts.push(documentText(hqNaiyouNotice(hqInput({}), loc), loc), documentText(reminderToAgency({ ...caseInput(), reminderDate: "2027-01-10" }, loc), loc));
    }
    for (const t of texts) expect(t).not.toMatch(/taikai|このアプリ|本アプリ|アプリで作成|this app/i);
  });
});
