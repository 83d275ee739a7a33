import { describe, expect, it } from "vitest";
import { consultationMemoText } from "../escalation/consultation-memo";
import { troubleMemo, troubleMemoInput, type TroubleMemoRecord } from "./memo";
import { troubleLetterSchema, troubleSchema, emptyTroubleLetter } from "./schema";
import { siteReport } from "./site-report";
import { troubleTakedown } from "./takedown";

const hash = "a".repeat(64);
const evidence = [{ fileName: "line.png", capturedAt: "2026-11-30T10:05:00Z", sha256: hash, description: "IDと日付が写っている" }];
const all = (l: { title: string; paragraphs: string[]; sender: { name: string; address: string }; recipient: { name: string } }) =>
  [l.title, l.recipient.name, ...l.paragraphs, l.sender.name, l.sender.address].join("\n");

describe("report to the site operator", () => {
  const input = {
    siteName: "チャットサイトA",
    customerId: "taro_123",
    kind: "THREATENS_TO_POST" as const,
    whatHappened: "録画を持っていると言われた。\nネットに載せると脅された。",
    firstContactOn: "2026-11-01",
    lastIncidentOn: "2026-11-30",
    evidence,
    asks: ["rule_action", "block", "preserve_logs"] as const,
    sender: { handle: "ひまり", email: "me@example.test" },
    today: "2026-12-02",
  };

  it("gives his ID, the dates, what happened, the evidence with its full hash, and her asks in order", () => {
    const text = all(siteReport(input, "ja"));
    expect(text).toContain("taro_123");
    expect(text).toContain("2026年11月1日");
    expect(text).toContain("2026年11月30日");
    expect(text).toContain("ネットに載せると脅された。");
    expect(text).toContain(`SHA-256：${hash}`);
    expect(text).toContain("2026年11月30日 19:05");
    expect(text).toMatch(/\(1\)この利用者が、今後.*（ブロック）/);
    expect(text.indexOf("保存すること")).toBeLessThan(text.indexOf("規約に基づく措置"));
    expect(text).toContain("チャットサイトA 運営者 御中");
  });

  it("never names the app, and keeps her lines from starting a line of the letter", () => {
    const letter = siteReport({ ...input, whatHappened: "(1)偽の項目\n２行目" }, "ja");
    const text = all(letter);
    expect(text.toLowerCase()).not.toContain("taikai");
    expect(text).not.toMatch(/\n\(1\)偽/);
    expect(all(siteReport(input, "en")).toLowerCase()).not.toContain("taikai");
  });

  it("shows placeholders rather than inventing what she did not give", () => {
    const text = all(siteReport({ ...input, customerId: "", sender: {}, firstContactOn: undefined, lastIncidentOn: undefined, evidence: [] }, "ja"));
    expect(text).toContain("【相手のID】");
    expect(text).toContain("【氏名】");
    expect(text).not.toContain("最初に連絡があった日");
  });

  it("has an English reading with the same facts", () => {
    const text = all(siteReport(input, "en"));
    expect(text).toContain("taro_123");
    expect(text).toContain("1 November 2026");
    expect(text).toContain("block him");
  });
});

describe("takedown request to a site that re-posted her", () => {
  const base = {
    platformName: "画像掲示板B",
    postUrl: "https://board.example.test/p/1",
    privateImages: false,
    evidence,
    today: "2026-12-02",
    deadline: "2026-12-09",
  };

  it("asks for deletion under the platform act and cites it, unverified, with its source", () => {
    const letter = troubleTakedown(base, "ja");
    const text = all(letter);
    expect(text).toContain("https://board.example.test/p/1");
    expect(text).toContain("情報流通プラットフォーム対処法");
    expect(text).toContain("送信防止措置依頼");
    expect(text).not.toContain("リベンジポルノ");
    expect(letter.citations.map((c) => c.key)).toEqual(["info_platform_act"]);
    expect(letter.citations.every((c) => c.verified === false && c.sourceUrl.startsWith("https://"))).toBe(true);
  });

  it("names the revenge-porn act and its 2-day rule only for images never meant for others", () => {
    const letter = troubleTakedown({ ...base, privateImages: true }, "ja");
    const text = all(letter);
    expect(text).toContain("私事性的画像記録の提供等による被害の防止に関する法律");
    expect(text).toContain("2日");
    expect(letter.citations.map((c) => c.key)).toEqual(["info_platform_act", "revenge_porn_act"]);
    expect(all(troubleTakedown({ ...base, privateImages: true }, "en"))).toContain("2 days");
  });

  it("never names the app", () => {
    for (const loc of ["ja", "en"] as const) expect(all(troubleTakedown({ ...base, privateImages: true }, loc)).toLowerCase()).not.toContain("taikai");
  });
});

describe("相談メモ for a customer-trouble record", () => {
  const record: TroubleMemoRecord = {
    siteName: "チャットサイトA",
    customerId: "taro_123",
    kind: "STALKING",
    whatHappened: "毎日メッセージが来る。\n家の近くにいると言われた。",
    firstContactOn: "2026-10-01",
    lastIncidentOn: "2026-11-30",
    evidence,
    letters: [{ date: "2026-12-01", kind: "site_report" }],
  };

  it("has the record's facts instead of an agency, a dated timeline, and the evidence with its hash", () => {
    const text = consultationMemoText(troubleMemoInput(record, { wants: "警告を出してほしい", today: "2026-12-02" }, "ja"), "ja");
    expect(text).toContain("相手のID：taro_123");
    expect(text).toContain("家の近くにいると言われた。");
    expect(text).not.toContain("事務所");
    expect(text).not.toContain("契約の形");
    expect(text.indexOf("2026年10月1日")).toBeLessThan(text.indexOf("2026年12月1日"));
    expect(text).toContain("サイト運営者への報告書を作成");
    expect(text).toContain(hash);
    expect(text).toContain("警告を出してほしい");
  });

  it("reads in English too", () => {
    const memo = troubleMemo(record, { wants: "", today: "2026-12-02" }, "en");
    expect(memo.paragraphs.join("\n")).toContain("His ID: taro_123");
    expect(memo.paragraphs.join("\n")).not.toContain("Agency");
  });
});

describe("schemas", () => {
  const good = { siteSlug: "", siteName: "", customerId: "taro", kind: "POSTED", whatHappened: "載せられた", firstContactOn: "", lastIncidentOn: "" };
  it("takes a plain record and refuses a kind outside the list, tags, and dates out of order", () => {
    expect(troubleSchema.safeParse(good).success).toBe(true);
    expect(troubleSchema.safeParse({ ...good, kind: "OTHER" }).success).toBe(false);
    expect(troubleSchema.safeParse({ ...good, whatHappened: "<script>" }).success).toBe(false);
    expect(troubleSchema.safeParse({ ...good, siteSlug: "other" }).success).toBe(false);
    expect(troubleSchema.safeParse({ ...good, siteSlug: "../x" }).success).toBe(false);
    const order = troubleSchema.safeParse({ ...good, firstContactOn: "2026-11-02", lastIncidentOn: "2026-11-01" });
    expect(order.success ? null : order.error.issues[0].message).toBe("dateBeforeFirst");
  });
  it("needs a URL and a site name for a takedown, and an ask for a report", () => {
    expect(troubleLetterSchema.safeParse(emptyTroubleLetter).success).toBe(true);
    expect(troubleLetterSchema.safeParse({ ...emptyTroubleLetter, asks: [] }).success).toBe(false);
    expect(troubleLetterSchema.safeParse({ ...emptyTroubleLetter, kind: "takedown" }).success).toBe(false);
    expect(troubleLetterSchema.safeParse({ ...emptyTroubleLetter, kind: "takedown", platformName: "B", postUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(troubleLetterSchema.safeParse({ ...emptyTroubleLetter, kind: "takedown", platformName: "B", postUrl: "https://b.example/1" }).success).toBe(true);
  });
});

describe("memo input from odd stored values", () => {
  it("turns a capture time that is not a time into a placeholder date instead of failing", () => {
    const input = troubleMemoInput(
      { siteName: "", customerId: "", kind: "MONEY", whatHappened: "", evidence: [{ fileName: "x.png", capturedAt: "not a time", sha256: "z" }], letters: [] },
      { wants: "", today: "2026-12-02" },
      "ja",
    );
    const text = consultationMemoText(input, "ja");
    expect(text).toContain("【日付】");
    expect(text).toContain("【ハッシュ値なし】");
    expect(text).toContain("【サイト名】");
  });
});
