import { execFileSync } from "node:child_process";

import { readFileSync } from "node:fs";
import { expect, registerNewUser, screenshot, test } from "./fixtures";
import { pngWithText } from "../lib/evidence/test-images";

const fitsPhone = async (page: import("@playwright/test").Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

test("a customer threatens to post her recordings: a record, a screenshot, both letters as text and PDF, and the memo", async ({ page }) => {
  await registerNewUser(page);
  await page.getByRole("link", { name: "お客さんとのトラブルを記録する" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("お客さんとのトラブル");
  await expect(page.getByRole("link", { name: "110番に電話する" }).first()).toHaveAttribute("href", "tel:110");
  await screenshot(page, "trouble-empty-ja");

  // Bad input changes nothing: nothing chosen, then dates out of order.
  await page.getByRole("button", { name: "記録を保存する" }).click();
  await expect(page.getByText("入力してください。").first()).toBeVisible();
  await page.getByLabel("録画や画像を載せると脅されている").check();
  await page.getByLabel("どのサイトのお客さんですか").selectOption({ label: "一覧にないサイト" });
  await page.getByLabel("サイトの名前").fill("チャットサイトA");
  await page.getByLabel("相手のID・表示名").fill("taro_123");
  await page.getByLabel("何があったか").fill("LINEを交換したあと、録画を持っていると言われた。\n会わないならネットに載せると脅された。");
  await page.getByLabel("最初に連絡が来た日（わかれば）").fill("2026-11-20");
  await page.getByLabel("最後に被害があった日（わかれば）").fill("2026-11-10");
  await page.getByRole("button", { name: "記録を保存する" }).click();
  await expect(page.getByText("最後の被害の日は、最初の連絡の日より後にしてください。")).toBeVisible();
  await expect(page).toHaveURL(/\/trouble$/);
  await expect(page.getByText("まだ記録はありません。")).toBeVisible();
  await screenshot(page, "trouble-form-errors-ja");

  await page.getByLabel("最初に連絡が来た日（わかれば）").fill("2026-11-01");
  await page.getByLabel("最後に被害があった日（わかれば）").fill("2026-11-30");
  await page.getByRole("button", { name: "記録を保存する" }).click();
  await expect(page).toHaveURL(/\/trouble\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("録画や画像を載せると脅されている");
  await expect(page.getByText("taro_123")).toBeVisible();

  // She adds to it later: the record changes, nothing else does.
  const recordUrl = page.url();
  await page.getByRole("link", { name: "記録を直す・書き足す" }).click();
  await expect(page.getByLabel("相手のID・表示名")).toHaveValue("taro_123");
  await expect(page.getByLabel("サイトの名前")).toHaveValue("チャットサイトA");
  await page
    .getByLabel("何があったか")
    .fill("LINEを交換したあと、録画を持っていると言われた。\n会わないならネットに載せると脅された。\n12月にもまた連絡が来た。");
  await page.getByRole("button", { name: "記録を保存する" }).click();
  await expect(page).toHaveURL(recordUrl);
  await expect(page.getByText("12月にもまた連絡が来た。")).toBeVisible();

  const shot = await pngWithText(120, 80);
  await page.getByLabel("ファイル", { exact: true }).setInputFiles({ name: "脅しのLINE.png", mimeType: "image/png", buffer: shot });
  await page.getByLabel("説明（任意）").fill("相手のIDと日付が写っている");
  await page.getByRole("button", { name: "暗号化して保存する" }).click();
  const done = page.getByRole("status").filter({ hasText: "保存しました。" });
  const hash = (await done.getByText(/SHA-256: [0-9a-f]{64}/).textContent())!.match(/[0-9a-f]{64}/)![0];
  const evidenceList = page.getByRole("list", { name: "この記録の証拠" });
  await expect(evidenceList).toContainText("脅しのLINE.png");
  await expect(evidenceList).toContainText(hash);
  await fitsPhone(page);
  await screenshot(page, "trouble-record-evidence-ja");

  // (a) the report to the site operator
  await page.getByLabel("そのサイトでのあなたの表示名（書くなら）").fill("ひまり");
  await page.getByRole("button", { name: "作る" }).click();
  const report = page.getByRole("region", { name: /^サイト運営者への報告書/ });
  await expect(report).toBeVisible();

  // (b) the takedown request: a bad address is refused first, and nothing is made.
  await page.getByLabel("転載先への削除依頼書").check();
  await page.getByLabel("載せられたサイト・SNSの名前").fill("画像掲示板B");
  await page.getByLabel("載せられているページのアドレス（URL）").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "作る" }).click();
  await expect(page.getByText("http:// または https:// で始まるアドレスを入力してください。")).toBeVisible();
  await expect(page.getByRole("region", { name: /^転載先への削除依頼書/ })).toHaveCount(0);
  await page.getByLabel("載せられているページのアドレス（URL）").fill("https://board.example.test/p/1");
  await page.getByRole("button", { name: "作る" }).click();
  await expect(page.getByRole("region", { name: /^転載先への削除依頼書/ })).toBeVisible();

  // (c) the memo lists the evidence with its hash
  await page.getByLabel("相談メモ（警察・相談窓口用）").check();
  await page.getByLabel("いま望むこと（相談メモに入ります）").fill("警告を出してほしい");
  await page.getByRole("button", { name: "作る" }).click();
  const memo = page.getByRole("region", { name: /^相談メモ（警察・相談窓口用）/ });
  await expect(memo).toHaveCount(1);
  await memo.getByText("本文を見る").click();
  await expect(memo.locator("pre").first()).toContainText(hash);
  await expect(memo.locator("pre").first()).toContainText("相手のID：taro_123");
  await expect(memo.locator("pre").first()).toContainText("脅しのLINE.png");

  const takedown = page.getByRole("region", { name: /^転載先への削除依頼書/ });
  await takedown.getByText("本文を見る").click();
  await expect(takedown.locator("pre").first()).toContainText("情報流通プラットフォーム対処法");
  await expect(takedown.locator("pre").first()).toContainText("https://board.example.test/p/1");
  await expect(takedown.getByRole("link", { name: /特定電気通信による情報の流通/ })).toHaveAttribute("href", /^https:\/\//);
  await expect(takedown.getByText("未確認").first()).toBeVisible();
  await takedown.getByText("英語で読む").click();
  await expect(takedown.locator("pre[lang=en]")).toContainText("Information Distribution Platform Act");
  await fitsPhone(page);
  await screenshot(page, "trouble-letters-ja");

  const reportCard = page.getByRole("region", { name: /^サイト運営者への報告書/ });
  const downloadPromise = page.waitForEvent("download");
  await reportCard.getByRole("link", { name: "PDFをダウンロード" }).click();
  const pdfPath = (await (await downloadPromise).path())!;
  const pdf = readFileSync(pdfPath);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.toString("latin1").toLowerCase()).not.toContain("taikai");
  expect(execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" })).not.toMatch(/^(Creator|Producer):[ \t]*\S/m);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", pdfPath, "-"], { encoding: "utf8" }).replace(/\s/g, "");
  expect(text).toContain("taro_123");
  expect(text).toContain("利用者についての報告");

  // The evidence locker says which record the screenshot belongs to.
  await page.goto("/evidence");
  const item = page.getByRole("listitem").filter({ hasText: "相手のIDと日付が写っている" });
  await expect(item).toContainText("お客さんとのトラブルの記録：");
  await expect(item.getByRole("link", { name: /録画や画像を載せると脅されている/ })).toBeVisible();
  await screenshot(page, "trouble-evidence-locker-ja");

  // Deleting the record asks once more; its letters go, the screenshot stays in the locker, no longer tied to it.
  await item.getByRole("link", { name: /録画や画像を載せると脅されている/ }).click();
  await page.getByRole("button", { name: "この記録を削除する" }).click();
  await expect(page.getByText(/証拠のファイルは「証拠の保管」に残ります/)).toBeVisible();
  await screenshot(page, "trouble-delete-confirm-ja");
  await page.getByRole("button", { name: "この記録を削除する" }).click();
  await expect(page).toHaveURL(/\/trouble$/);
  await expect(page.getByText("まだ記録はありません。")).toBeVisible();
  await page.goto("/evidence");
  await expect(page.getByRole("listitem").filter({ hasText: "相手のIDと日付が写っている" })).not.toContainText("お客さんとのトラブルの記録：");
});
