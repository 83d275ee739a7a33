import { describe, expect, it } from "vitest";
import { consultationMemoText } from "./consultation-memo";
import { memoInput } from "./letter-fixtures";

describe("相談メモ: what the record already knows", () => {
  const record = { deadline: "2027-01-20", daysPast: 13, unanswered: true, reminders: ["2027-01-25"], refusals: [] };

  it("says the deadline passed unanswered, and the reminders sent", () => {
    const text = consultationMemoText({ ...memoInput, record }, "ja");
    expect(text).toContain("【記録からわかること】");
    expect(text).toContain("回答期限（2027年1月20日）を過ぎても、事務所から回答がありません（13日経過）。");
    expect(text).toContain("催告書を送付：1回（2027年1月25日）");
    expect(text).not.toMatch(/事務所が拒否：\d+回/);
  });

  it("counts refusals and does not call a refused request unanswered", () => {
    const text = consultationMemoText({ ...memoInput, record: { ...record, unanswered: false, reminders: [], refusals: ["2027-01-22"] } }, "en");
    expect(text).toContain("The reply deadline (20 January 2027) has passed (13 days ago).");
    expect(text).toContain("Reminders: none sent yet.");
    expect(text).toContain("Agency refused: 1 (22 January 2027)");
  });

  it("a deadline still ahead is only stated", () => {
    const text = consultationMemoText({ ...memoInput, record: { ...record, daysPast: undefined } }, "ja");
    expect(text).toContain("回答期限は2027年1月20日です。");
    expect(text).not.toContain("経過");
  });

  it("marks the day she wrote her own words when that was before today", () => {
    expect(consultationMemoText({ ...memoInput, answeredOn: "2026-11-01" }, "ja")).toContain("2026年11月1日に本人が記入");
    expect(consultationMemoText({ ...memoInput, answeredOn: memoInput.today }, "ja")).not.toContain("本人が記入したもの");
  });
});
