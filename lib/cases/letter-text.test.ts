import { describe, expect, it } from "vitest";
import type { ContractTypeKey } from "./keys";
import { computeDates } from "./deadlines";
import type { LegalBasisKey } from "./keys";
import {
  formalNotice,
  generateLetters,
  naiyouText,
  oneLine,
  placeholders,
  reminderLetter,
  reminderText,
  shortMessage,
  type LetterInput,
  type Locale,
} from "./letter-text";
import { requestedItems, type RequestedItem } from "./requested-items";
import { layoutNaiyou } from "../letters/naiyou-layout";
import { unavoidableReasons } from "./facts-schema";

/** A phrase only the sentence of that item contains, per locale. */
const markers: Record<Locale, Record<RequestedItem, string>> = {
  ja: { delete_accounts: "アカウント", delete_recordings: "録画", pay_rewards: "未払い", return_id_documents: "身分証", written_contact_only: "訪問" },
  en: {
    delete_accounts: "accounts and profiles",
    delete_recordings: "recordings",
    pay_rewards: "unpaid",
    return_id_documents: "ID documents",
    written_contact_only: "not by phone",
  },
};

const combos: [ContractTypeKey, LegalBasisKey][] = [
  ["EMPLOYEE", "civil_627_1"],
  ["EMPLOYEE", "civil_628"],
  ["FREELANCER_IN_SUBSTANCE_EMPLOYEE", "civil_627_1"],
  ["FREELANCER_IN_SUBSTANCE_EMPLOYEE", "civil_628"],
  ["FREELANCER_IN_SUBSTANCE_EMPLOYEE", "civil_628_lsa_137"],
  ["FREELANCER", "civil_651"],
  ["EMPLOYEE", "agreement_request"],
  ["FREELANCER_IN_SUBSTANCE_EMPLOYEE", "agreement_request"],
];

const subsets: RequestedItem[][] = Array.from({ length: 2 ** requestedItems.length }, (_, mask) => requestedItems.filter((_, i) => mask & (1 << i)));

function caseInput(contractType: ContractTypeKey, legalBasis: LegalBasisKey, items: RequestedItem[], withParties: boolean): LetterInput {
  return {
    agencyName: "株式会社スターライト",
    sites: [
      { name: "ライブチャットA", handle: "momo_123" },
      { name: "チャットB", handle: "もも" },
    ],
    contractType,
    legalBasis,
    ...(legalBasis === "civil_628" ? { unavoidableReason: "family" as const } : {}),
    items,
    dates: computeDates({ legalBasis, noticeDate: "2026-12-25" }),
    ...(withParties ? { senderName: "山田花子", senderAddress: "東京都新宿区西新宿1-1-1", agencyAddress: "東京都渋谷区道玄坂2-2-2" } : {}),
    ...(items.includes("pay_rewards") ? { payByDate: "2027-01-31", amountYen: 85000 } : {}),
  };
}

function allTexts(input: LetterInput, locale: Locale): string[] {
  const letters = generateLetters(input, locale);
  const doc = letters.formalNotice;
  return [
    letters.shortMessage,
    [doc.title, doc.date, doc.sender.name, doc.sender.address, doc.recipient.name, doc.recipient.address, ...doc.paragraphs].join("\n"),
    letters.naiyouText,
  ];
}

describe("letter texts for every combination of requested items", () => {
  it.each(subsets.map((items) => [items.join("+") || "(none)", items] as const))("%s", (_name, items) => {
    for (const [contractType, legalBasis] of combos) {
      for (const withParties of [true, false]) {
        const input = caseInput(contractType, legalBasis, items, withParties);
        for (const locale of ["ja", "en"] as const) {
          for (const text of allTexts(input, locale)) {
            for (const item of requestedItems) expect(text.includes(markers[locale][item]), `${locale} ${contractType} ${item}`).toBe(items.includes(item));
            const p = placeholders[locale];
            // The short message carries only her name; the documents carry every party block.
            expect(text.includes(p.name)).toBe(!withParties);
            if (text !== allTexts(input, locale)[0]) {
              expect(text.includes(p.address)).toBe(!withParties);
              expect(text.includes(p.agencyAddress)).toBe(!withParties);
            }
            expect(text).not.toMatch(/undefined|null|NaN|\[object/);
          }
          const doc = formalNotice(input, locale);
          const numbered = doc.paragraphs.filter((p) => /^\(\d+\)/.test(p));
          expect(numbered.length).toBe(items.length);
          numbered.forEach((p, i) => expect(p.startsWith(`(${i + 1})`)).toBe(true));
        }
        if (items.length > 0) {
          const length = shortMessage(input, "ja").length;
          expect(length, `${contractType} ${items.join("+")}`).toBeGreaterThanOrEqual(300);
          expect(length, `${contractType} ${items.join("+")}`).toBeLessThanOrEqual(600);
        }
      }
    }
  });
});

describe("letter content", () => {
  const all = caseInput("FREELANCER_IN_SUBSTANCE_EMPLOYEE", "civil_627_1", [...requestedItems], true);

  it("states the legal basis and the dates in words", () => {
    const ja = shortMessage(all, "ja");
    expect(ja).toContain("民法第627条第1項");
    expect(ja).toContain("2027年1月8日をもって終了します");
    expect(ja).toContain("最終の勤務日は2027年1月7日");
    expect(ja).toContain("民法第651条第1項"); // the fallback if it were a quasi-mandate
    expect(ja).toContain("ご回答ください");
    expect(ja).toContain("金85,000円");
    expect(ja).toContain("2027年1月31日");
    expect(shortMessage(all, "en")).toContain("ends on 8 January 2027");

    const freelancer = caseInput("FREELANCER", "civil_651", ["delete_accounts"], true);
    const text = naiyouText(freelancer);
    expect(text).toContain("民法第651条第1項");
    expect(text).toContain("第656条");
    expect(text).not.toContain("第627条");
    expect(text).toContain("最終の配信日は2026年12月25日");

    expect(shortMessage(caseInput("EMPLOYEE", "civil_628", ["delete_accounts"], true))).toContain("民法第628条");
    expect(shortMessage(caseInput("EMPLOYEE", "civil_628_lsa_137", ["delete_accounts"], true))).toContain("労働基準法第137条");
  });

  it("cites 労基法24条 for wages only when she is (in substance) an employee", () => {
    expect(naiyouText(all)).toContain("労働基準法第24条");
    expect(naiyouText(caseInput("FREELANCER", "civil_651", ["pay_rewards"], true))).not.toContain("労働基準法");
  });

  it("makes no threats", () => {
    for (const [contractType, legalBasis] of combos) {
      const input = caseInput(contractType, legalBasis, [...requestedItems], true);
      for (const text of [...allTexts(input, "ja"), reminderText({ ...input, reminderDate: "2027-01-12" })]) {
        expect(text).not.toMatch(/法的措置|訴訟|告訴|刑事|警察|損害賠償を請求/);
      }
    }
  });

  it("lays the 内容証明 text out as 表題, 本文, 日付, 差出人, 受取人", () => {
    const text = naiyouText(all);
    const order = [
      "退会・契約解除通知書",
      "(1)",
      "(5)",
      "2026年12月25日",
      "差出人",
      "住所　東京都新宿区西新宿1-1-1",
      "氏名　山田花子",
      "受取人",
      "株式会社スターライト　御中",
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(formalNotice(all).title).toBe("退会・契約解除通知書");
  });

  it("shows placeholders and never invents a name or address", () => {
    const bare = caseInput("EMPLOYEE", "civil_627_1", ["delete_accounts"], false);
    const doc = formalNotice(bare);
    expect(doc.sender).toEqual({ name: "【氏名】", address: "【住所】" });
    expect(doc.recipient).toEqual({ name: "株式会社スターライト", address: "【相手方住所】" });
    expect(formalNotice({ ...bare, agencyName: "  " }).recipient.name).toBe("【事務所名】");
    expect(formalNotice(bare, "en").sender).toEqual({ name: "[Your name]", address: "[Your address]" });
  });

  it("keeps user text opaque: line breaks and separators cannot add paragraphs or items", () => {
    const hostile: LetterInput = {
      ...all,
      senderName: "山田\n\n(6)偽の項目\r\n",
      agencyName: "悪い事務所\u2028(7)追加",
      sites: [{ name: "A\u202eサイト", handle: "x\ny" }],
      senderAddress: "住所\t一丁目",
    };
    const clean = formalNotice(all);
    const doc = formalNotice(hostile);
    expect(doc.paragraphs.length).toBe(clean.paragraphs.length);
    expect(doc.sender.name).toBe("山田 (6)偽の項目");
    const text = naiyouText(hostile);
    expect(text.split("\n").length).toBe(naiyouText(all).split("\n").length);
    expect(text).not.toMatch(/[\u2028\u202e\r\t]/);
    expect(shortMessage(hostile).split("\n").length).toBe(shortMessage(all).split("\n").length);
    expect(oneLine("  a \n b  ")).toBe("a b");
    expect(oneLine(undefined)).toBe("");
  });

  it("passes markup-looking text through untouched (escaping is the renderer's job)", () => {
    expect(formalNotice({ ...all, agencyName: "<b>A&B</b>" }).recipient.name).toBe("<b>A&B</b>");
  });

  it("omits the amount and date it was not given, without placeholders in the wording", () => {
    const input = { ...caseInput("FREELANCER", "civil_651", ["pay_rewards"], true), amountYen: undefined, payByDate: undefined };
    const text = shortMessage(input);
    expect(text).toContain("未払いの報酬の全額");
    expect(text).not.toMatch(/円|NaN|undefined/);
    expect(shortMessage({ ...input, amountYen: Number.NaN, payByDate: "2027-02-30" })).not.toMatch(/NaN|undefined/);
  });

  it("works with no sites listed", () => {
    const input = { ...caseInput("FREELANCER", "civil_651", ["delete_accounts"], true), sites: [] };
    expect(naiyouText(input)).toContain("貴社を通じて登録したすべてのサイト（提携サイトを含む）");
    expect(shortMessage(input)).not.toContain("上記を含め");
  });
});

describe("reminderLetter (催告書)", () => {
  const input = caseInput("EMPLOYEE", "civil_627_1", ["delete_accounts", "pay_rewards"], true);

  it("refers to the first notice and sets a new deadline 7 days later by default", () => {
    const doc = reminderLetter({ ...input, reminderDate: "2027-01-12" });
    expect(doc.title).toBe("催告書");
    expect(doc.date).toBe("2027年1月12日");
    const body = doc.paragraphs.join("\n");
    expect(body).toContain("2026年12月25日付けの通知");
    expect(body).toContain("2027年1月19日までに");
    expect(body).toContain("2027年1月8日をもって終了しております");
    expect(body).toContain("催告いたします");
    expect(doc.paragraphs.filter((p) => /^\(\d+\)/.test(p))).toHaveLength(2);
    expect(reminderLetter({ ...input, reminderDate: "2027-01-12" }, "en").paragraphs.join(" ")).toContain("notice dated 25 December 2026");
  });

  it("accepts a chosen deadline, refuses one before the reminder or too far out", () => {
    expect(reminderLetter({ ...input, reminderDate: "2027-01-05", newDeadline: "2027-01-31" }).paragraphs.join("")).toContain("2027年1月31日までに");
    expect(reminderLetter({ ...input, reminderDate: "2027-01-05" }).paragraphs.join("")).toContain("終了します");
    expect(() => reminderLetter({ ...input, reminderDate: "2027-01-12", newDeadline: "2027-01-11" })).toThrow(RangeError);
    expect(() => reminderLetter({ ...input, reminderDate: "2027-01-12", newDeadline: "2027-06-01" })).toThrow(RangeError);
  });

  it("renders as plain text with placeholders when parties are missing", () => {
    const text = reminderText({ ...caseInput("FREELANCER", "civil_651", [], false), reminderDate: "2027-01-12" });
    expect(text.startsWith("催告書")).toBe(true);
    expect(text).toContain("【氏名】");
    expect(text).toContain("【住所】");
    expect(text).not.toMatch(/undefined|null|NaN|\(1\)/);
  });
});

describe("the unavoidable reason (民法628条) and the request for agreement", () => {
  const locales = ["ja", "en"] as const;
  /** Every text a case can produce: short message, formal notice, 内容証明 text, 催告書 (before and after the end date). */
  const texts = (input: LetterInput, locale: Locale) => [
    ...allTexts(input, locale),
    reminderText({ ...input, reminderDate: "2026-12-20" }, locale),
    reminderText({ ...input, reminderDate: "2027-01-12" }, locale),
  ];
  const claim = { ja: "やむを得ない事由があります", en: "I have such a reason" } as const;
  const phrases = {
    ja: {
      harassment: "ハラスメント・脅し・暴力",
      coerced_content: "意に反する配信内容や行為の強要",
      unpaid_pay: "報酬の未払い",
      health: "心身の不調",
      family: "家族の事情",
    },
    en: {
      harassment: "harassment, threats or violence",
      coerced_content: "content or acts I do not consent to",
      unpaid_pay: "pay that has not been paid",
      health: "my physical or mental health",
      family: "family circumstances",
    },
  } as const;

  it.each(locales)("names the kind she chose in one short phrase (%s)", (locale) => {
    for (const [reason, phrase] of Object.entries(phrases[locale])) {
      const input = { ...caseInput("EMPLOYEE", "civil_628", ["delete_accounts"], true), unavoidableReason: reason as keyof typeof phrases.ja };
      for (const text of allTexts(input, locale)) {
        expect(text).toContain(claim[locale]);
        expect(text).toContain(phrase);
      }
    }
    expect(shortMessage({ ...caseInput("EMPLOYEE", "civil_628", [], true), unavoidableReason: "unpaid_pay" })).toContain(
      "報酬の未払いというやむを得ない事由がありますので",
    );
    const other = shortMessage({ ...caseInput("EMPLOYEE", "civil_628", [], true), unavoidableReason: "other" }, locale);
    expect(other).toContain(claim[locale]);
    for (const phrase of Object.values(phrases[locale])) expect(other).not.toContain(phrase);
  });

  it.each(locales)("claims an unavoidable reason only under 628 (%s)", (locale) => {
    for (const [contractType, legalBasis] of combos.filter(([, b]) => b !== "civil_628"))
      for (const unavoidableReason of [...unavoidableReasons, undefined]) {
        const input = { ...caseInput(contractType, legalBasis, [...requestedItems], true), unavoidableReason };
        for (const text of texts(input, locale)) expect(text, `${legalBasis} ${unavoidableReason}`).not.toContain(claim[locale]);
      }
  });

  it("asks for agreement on her last day, asserting no right to end the contract (ja)", () => {
    for (const contractType of ["EMPLOYEE", "FREELANCER_IN_SUBSTANCE_EMPLOYEE"] as const) {
      const input = caseInput(contractType, "agreement_request", ["delete_accounts", "pay_rewards"], true);
      const [short, notice, naiyou] = allTexts(input, "ja");
      expect(short).toContain("2026年12月25日をもって契約を終了し、退会させていただきたく、合意による解約にご同意くださいますようお願いいたします。");
      expect(short).toContain("最終の勤務日は2026年12月25日とさせてください。");
      expect(short).toContain("ご同意いただけるかどうかを、2027年1月8日までに");
      expect(notice).toContain("同日をもって本契約を合意により解約することにご同意くださいますよう、お願い申し上げます。");
      expect(formalNotice(input).title).toBe("退会・合意解約のお願い");
      expect(naiyou.startsWith("退会・合意解約のお願い\n")).toBe(true);
      for (const text of texts(input, "ja")) {
        expect(text).toContain("ご同意");
        // No declaration, no article, no "at any time", no end that has happened.
        expect(text).not.toMatch(
          /解除し|解除することができ|退職することができ|退会いたします|民法第6|いつでも|直ちに|終了しております|終了します|働き方の実態/,
        );
      }
    }
  });

  it("asks for agreement, asserting no right to end the contract (en)", () => {
    const input = caseInput("FREELANCER_IN_SUBSTANCE_EMPLOYEE", "agreement_request", ["written_contact_only"], true);
    expect(shortMessage(input, "en")).toContain("I ask you to agree to end the contract by mutual agreement on that day");
    expect(shortMessage(input, "en")).toContain("I would ask that my last working day be 25 December 2026.");
    expect(formalNotice(input, "en").title).toBe("Request to End the Contract by Agreement and Withdraw");
    for (const text of texts(input, "en")) {
      expect(text).toMatch(/agree/);
      expect(text).not.toMatch(/I end the contract|may be ended|may quit|at any time|Civil Code|ended on|ends on|way I actually work/);
    }
  });

  it("the reminder for an agreement asks again and says nothing has ended", () => {
    const input = caseInput("EMPLOYEE", "agreement_request", ["delete_accounts"], true);
    const body = reminderLetter({ ...input, reminderDate: "2027-01-12" }).paragraphs.join("\n");
    expect(body).toContain("2026年12月25日付けの書面により、2026年12月25日をもって貴社との契約を合意により解約し、退会することへのご同意をお願いし");
    expect(body).toContain("改めて、本契約を合意により解約することにご同意くださいますよう、お願いいたします。");
    expect(body).toContain("2027年1月19日までに");
    expect(reminderLetter({ ...input, reminderDate: "2027-01-12" }, "en").paragraphs.join(" ")).toContain(
      "I ask you again to agree to end the contract by mutual agreement.",
    );
    // Agreement cannot be demanded: the letter is not a 催告書 and demands nothing.
    const ja = reminderLetter({ ...input, reminderDate: "2027-01-12" });
    expect(ja.title).toBe("合意解約についての再度のお願い");
    expect(ja.paragraphs.join("")).not.toMatch(/催告/);
    expect(reminderLetter({ ...input, reminderDate: "2027-01-12" }, "en").title).toBe("Second request to agree to end the contract");
    expect(reminderLetter({ ...caseInput("EMPLOYEE", "civil_627_1", ["delete_accounts"], true), reminderDate: "2027-01-12" }).title).toBe("催告書");
  });

  it("makes no threats and fits the 内容証明 grids", () => {
    for (const reason of unavoidableReasons)
      for (const legalBasis of ["civil_628", "agreement_request"] as const) {
        const input = { ...caseInput("FREELANCER_IN_SUBSTANCE_EMPLOYEE", legalBasis, [...requestedItems], true), unavoidableReason: reason };
        for (const text of texts(input, "ja")) expect(text).not.toMatch(/法的措置|訴訟|告訴|刑事|警察|損害賠償を請求/);
        expect(shortMessage(input).length).toBeLessThanOrEqual(600);
        for (const grid of ["20x26", "26x20", "13x40"] as const) {
          const layout = layoutNaiyou(naiyouText(input), { grid });
          expect(layout.errors).toEqual([]);
          expect(layout.violations).toEqual([]);
        }
      }
  });
});
