// The site catalogue in use, at 390 px in Japanese, offline: a known site is added by handle alone (the address is
// made from the pattern and confirmed), a site-id site by its number, the registration page tells how to withdraw
// with sources, and the wizard offers the sites of the same network. Checks of real sites' addresses never leave
// the machine (TAIKAI_CHECKER_LOOPBACK_ONLY): they end as "could not check", never as "gone".
import type { Page } from "@playwright/test";
import { expect, expectUrlOrShowErrors, registerNewUser, screenshot, test } from "./fixtures";

/** The header and the bottom menu stay on screen; hidden in section screenshots so they cover nothing. */
const hideFixedBars = "header, nav { visibility: hidden !important; }";
const registrationPage = /\/dashboard\/registrations\/(?!new$)[a-z0-9]+$/;

async function pickSite(page: Page, name: string) {
  await page.goto("/dashboard/registrations/new");
  await page.getByLabel("サイト", { exact: true }).selectOption({ label: name });
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test("DXLIVE by handle alone: the address is made, she confirms it, and it is saved as shown", async ({ page }) => {
  await registerNewUser(page);
  await pickSite(page, "DXLIVE");
  await expect(page.getByText("ハンドル名を入れると、ここにプロフィールのアドレスが出ます。")).toBeVisible();
  // Only the handle: no address field to fill.
  await expect(page.getByLabel("プロフィールのURL")).toHaveCount(0);
  await page.getByLabel("ハンドル名（サイトでの表示名）").fill("sakuya_e2e");
  const built = "https://www.dxlive.com/preview/sakuya_e2e";
  await expect(page.getByText(built, { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "開いて確かめる（新しいタブ）" })).toHaveAttribute("href", built);
  await expect(page.getByText("このアドレスの形は公式には確認できていません。開いて確かめてください。")).toBeVisible();
  await expect(page.getByText("公式以外の情報（第三者のコード）").first()).toBeVisible();
  await noHorizontalScroll(page);
  await screenshot(page, "catalogue-add-dxlive-ja");

  // Not confirmed yet: refused, with the reason next to the box.
  await page.getByRole("button", { name: "保存して確認する" }).click();
  await expect(page.getByText("アドレスを開いて確かめ、チェックを入れてください。")).toBeVisible();
  await expect(page).toHaveURL(/\/new$/);

  await page.getByLabel("このアドレスが自分のプロフィールであることを確かめました").check();
  await page.getByRole("button", { name: "保存して確認する" }).click();
  await expectUrlOrShowErrors(page, registrationPage, 30_000);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("sakuya_e2e");
  await expect(page.getByText(`プロフィールのURL：${built}`, { exact: true })).toBeVisible();
  // Offline the site cannot be reached: that is "could not check", never "gone".
  await expect(page.getByText("確認できず", { exact: true })).toBeVisible();
  await expect(page.getByText("非公開を確認", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "確認の履歴" }).getByText("ドメインが見つからない（DNS）")).toBeVisible();

  const withdrawal = page.getByRole("region", { name: "このサイトの退会の方法" });
  await expect(withdrawal).toBeVisible();
  await expect(withdrawal.getByText("このサイトの退会の方法は、調べても分かりませんでした。")).toBeVisible();
  await expect(withdrawal.getByRole("link", { name: "サイト自身のページ（dxlive.com）" })).toHaveAttribute("href", "http://www.dxlive.com/job/rules/");
  await expect(withdrawal.getByRole("link", { name: "事務所への退会の申し入れを作る" })).toBeVisible();
  await expect(withdrawal.getByText("カリビアンコムガール（caribbeancomgirl.com）")).toBeVisible();
  await expect(withdrawal.getByText("未確認", { exact: true }).first()).toBeVisible();
  await noHorizontalScroll(page);
  await screenshot(page, "catalogue-registration-ja");
  await withdrawal.screenshot({ path: "e2e/screenshots/catalogue-registration-withdrawal-ja.png", style: hideFixedBars });

  // Editing keeps the made address, already confirmed; a new handle makes a new address that needs a new tick.
  await page.getByRole("link", { name: "変更する" }).click();
  await expect(page.getByText(built, { exact: true })).toBeVisible();
  const confirm = page.getByLabel("このアドレスが自分のプロフィールであることを確かめました");
  await expect(confirm).toBeChecked();
  await page.getByLabel("ハンドル名（サイトでの表示名）").fill("sakuya_e2e2");
  await expect(page.getByText(`${built}2`, { exact: true })).toBeVisible();
  await expect(confirm).not.toBeChecked();
  await page.getByLabel("ハンドル名（サイトでの表示名）").fill("sakuya_e2e");
  await confirm.check();
  await page.getByRole("button", { name: "保存する" }).click();
  await expectUrlOrShowErrors(page, registrationPage, 30_000);
  await expect(page.getByText(`プロフィールのURL：${built}`, { exact: true })).toBeVisible();
});

test("FANZA by its number: she is told where the number is, and the wizard offers the agency's other sites", async ({ page }) => {
  await registerNewUser(page);
  await pickSite(page, "FANZAライブチャット");
  await page.getByLabel("ハンドル名（サイトでの表示名）").fill("ことね");
  const idField = page.getByLabel("プロフィールの番号、またはアドレス");
  await expect(page.getByText(/「character_id=」の後の数字を入れてください/)).toBeVisible();
  await idField.fill("abc");
  await expect(page.getByText("番号かアドレスの形になっていません。", { exact: false })).toBeVisible();
  await idField.fill("123456");
  await expect(page.getByText("https://www.dmm.co.jp/live/chat/-/chat_room/=/character_id=123456/", { exact: true })).toBeVisible();
  await page.getByLabel("このアドレスが自分のプロフィールであることを確かめました").check();
  await page.getByRole("button", { name: "保存して確認する" }).click();
  await expectUrlOrShowErrors(page, registrationPage, 30_000);
  const withdrawal = page.getByRole("region", { name: "このサイトの退会の方法" });
  await expect(withdrawal.getByText("事務所（代理店）を通して")).toBeVisible();
  await expect(withdrawal.getByRole("link", { name: "事務所（代理店）のページ（gtm-chatlady.jp）" })).toBeVisible();
  await expect(withdrawal.getByText("ログインできなくても、退会したとは限りません。", { exact: false })).toBeVisible();

  await page.goto("/withdrawal/new");
  await expect(page.getByRole("region", { name: "同じグループかもしれないサイト" })).toHaveCount(0);
  await page.getByLabel(/FANZAライブチャット · ことね/).check();
  const offers = page.getByRole("region", { name: "同じグループかもしれないサイト" });
  await expect(offers).toBeVisible();
  await expect(offers.getByText("同じ事務所が登録するサイト").first()).toBeVisible();
  await expect(offers.getByText("未確認", { exact: true }).first()).toBeVisible();
  await noHorizontalScroll(page);
  await screenshot(page, "catalogue-wizard-partners-ja");
  await offers.screenshot({ path: "e2e/screenshots/catalogue-wizard-offers-ja.png", style: hideFixedBars });

  // Adding an offered site comes back to the wizard, where it can be ticked.
  await offers.getByRole("link", { name: "エンジェルライブを追加する" }).click();
  await expect(page.getByLabel("サイト", { exact: true }).locator("option:checked")).toHaveText("エンジェルライブ");
  await expect(page.getByText("このサイトのプロフィールのアドレスの形を、Taikaiは知りません。", { exact: false })).toBeVisible();
  await page.getByLabel("ハンドル名（サイトでの表示名）").fill("ことね");
  await page.getByLabel("プロフィールのURL").fill("https://www.angel-live.com/profile/kotone");
  await page.getByRole("button", { name: "保存して確認する" }).click();
  await expectUrlOrShowErrors(page, /\/withdrawal\/new$/, 30_000);
  await expect(page.getByLabel(/エンジェルライブ · ことね/)).toBeVisible();
});

test("the catalogue page shows what is known with sources, and ポケットワーク as an agency", async ({ page }) => {
  await page.goto("/sites");
  await expect(page.getByRole("heading", { level: 1, name: "サイト一覧" })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/catalogue-sites-top-ja.png" });
  const fanza = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "FANZAライブチャット" }) });
  await expect(fanza.getByText("サイトの番号から作れます")).toBeVisible();
  await expect(fanza.getByText("事務所（代理店）を通して")).toBeVisible();
  const mocha = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Mocha（モカ）" }) });
  await expect(mocha.getByText("形が分かっていません（アドレスを貼り付けてください）")).toBeVisible();
  await expect(page.getByRole("heading", { name: "サイトではないもの" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "ポケットワーク" })).toBeVisible();
  const cam4 = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Cam4" }) });
  await cam4.getByText("出典つきの詳しい情報").click();
  await expect(cam4.getByText(/日本を見えなくしている場合、日本からの確認では見えませんが、削除されたわけではありません/)).toBeVisible();
  await noHorizontalScroll(page);
  await page.screenshot({ path: "e2e/screenshots/catalogue-sites-ja.png" });
  await cam4.screenshot({ path: "e2e/screenshots/catalogue-sites-cam4-ja.png", style: hideFixedBars });
});

test("in English the catalogue says the same, sources and marks included", async ({ page }) => {
  await page.goto("/sites");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sites" })).toBeVisible();
  const dxlive = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "DXLIVE", exact: true }) });
  await expect(dxlive.getByText("Made from your handle")).toBeVisible();
  await dxlive.getByText("Details with sources").click();
  await expect(dxlive.getByRole("link", { name: "The site's own page (dxlive.com)" }).first()).toBeVisible();
  await expect(dxlive.getByText("Not official (third-party code)").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Pocket Work" })).toBeVisible();
  await dxlive.screenshot({ path: "e2e/screenshots/catalogue-sites-dxlive-en.png", style: hideFixedBars });
});
