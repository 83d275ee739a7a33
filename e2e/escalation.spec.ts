import type { Page } from "@playwright/test";
import { addRegistration, answerWorkFacts, expect, homeFreelanceFacts, registerNewUser, screenshot, sendOverdueRequest, test } from "./fixtures";

/** A freelancer's case whose deadline passed six days ago. */
async function overdueFreelancerCase(page: Page) {
  await addRegistration(page, { handle: "ことね", path: `/profile/${encodeURIComponent("ことね")}` });
  await page.goto("/withdrawal/new");
  await page.getByLabel("事務所", { exact: true }).selectOption({ label: "新しい事務所を追加" });
  await page.getByLabel("事務所の名前").fill("在宅チャット事務所");
  await page.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "次へ" }).click();
  await answerWorkFacts(page, homeFreelanceFacts);
  await page.getByRole("button", { name: "判定する" }).click();
  await expect(page.getByRole("region", { name: "判定の結果" }).getByText("業務委託（フリーランス）")).toBeVisible();
  await page.getByRole("button", { name: "次へ" }).click();
  await page.getByLabel(/すべてのサイトのアカウントとプロフィールの削除/).check();
  await page.getByRole("button", { name: "次へ" }).click();
  await sendOverdueRequest(page, "メール");
}

test("from a case past its deadline to the right bodies and a consultation memo PDF", async ({ page }) => {
  await registerNewUser(page);
  await overdueFreelancerCase(page);
  await page.getByRole("link", { name: "相談先を探す" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "相談・次の手段" })).toBeVisible();
  await expect(page.getByRole("group", { name: "働き方" }).getByLabel("業務委託（フリーランス）")).toBeChecked();
  await page.getByRole("group", { name: "いま、身の危険を感じていますか？" }).getByLabel("いいえ").check();
  await page.getByLabel("辞めさせてくれない（「後任を見つけて」など）").check();
  await page.getByLabel("都道府県（任意）").selectOption({ label: "東京都" });
  await page.getByRole("button", { name: "相談先を表示する" }).click();
  const results = page.getByRole("region", { name: "あなたに合った相談先" });
  await expect(results.getByRole("heading", { name: /フリーランス・トラブル110番/ })).toBeVisible();
  await expect(results.getByRole("link", { name: "110番に電話する" })).toHaveCount(0);
  await expect(results.getByRole("heading", { name: /総合労働相談コーナー/ })).toHaveCount(0);
  await expect(results.getByText(/出典：/).first()).toBeVisible();
  // One phrase says how sure the app is; every source sits behind a tap.
  await expect(results.getByText(/^(公式サイトで確認|一部は公式サイトで確認|公式以外の情報)$/).first()).toBeVisible();
  await expect(results.getByText(/第三者のGitHub/).filter({ visible: true })).toHaveCount(0);
  await results
    .getByText(/^出典の詳しい内容（\d+件）$/)
    .first()
    .click();
  await expect(results.getByText(/^資料の日付 \d{4}年\d{1,2}月\d{1,2}日（出典そのものの確認日ではありません）$/).first()).toBeVisible();
  // The only reading dates are those of pages read for this app (issue 16), never the reference's date.
  await expect(results.getByText(/\d日確認/).filter({ hasNotText: "2026年12月2日確認" })).toHaveCount(0);
  // Its phone number is known only from third-party code: never shown as certain.
  const freelance = results.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /フリーランス・トラブル110番/ }) });
  await expect(freelance.getByRole("link", { name: "電話する 0120-532-110" })).toBeVisible();
  await expect(freelance.getByText("未確認", { exact: true }).first()).toBeVisible();
  await screenshot(page, "escalation-results-ja");

  await page.getByRole("link", { name: /在宅チャット事務所 — 書類を作る/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "相談に持っていく書類と文面" })).toBeVisible();
  await page.getByLabel("辞めさせてくれない（「後任を見つけて」など）").check();
  await page.getByLabel("これからどうしたいか（相談メモに書きます）").fill("契約を終わらせて、プロフィールを消してほしい。");
  await page.getByRole("button", { name: "書類を作る" }).click();
  const saved = page.getByRole("region", { name: "作った書類" });
  await expect(saved.getByText("相談メモ", { exact: true })).toBeVisible();
  await screenshot(page, "escalation-letters-ja");
  const href = await saved.getByRole("link", { name: "PDFをダウンロード" }).first().getAttribute("href");
  const pdf = await page.request.get(href!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 4).toString()).toBe("%PDF");

  await page.getByLabel("サイト運営会社への削除依頼").check();
  await page.getByLabel("削除を求めるプロフィール").selectOption({ index: 1 });
  await page.getByRole("button", { name: "書類を作る" }).click();
  await expect(saved.getByText("削除依頼", { exact: true })).toBeVisible();
});

test("in danger now, calling 110 comes first", async ({ page }) => {
  await registerNewUser(page);
  await page.goto("/escalation");
  await page.getByRole("group", { name: "いま、身の危険を感じていますか？" }).getByLabel("はい").check();
  await page.getByLabel("家族や職場にばらすと脅される・つきまとわれる").check();
  await page.getByRole("button", { name: "相談先を表示する" }).click();
  const results = page.getByRole("region", { name: "あなたに合った相談先" });
  const call = results.getByRole("link", { name: /110番に電話する/ });
  await expect(call).toHaveAttribute("href", "tel:110");
  // The red box starts in view, below the sticky header, not under it.
  await expect(call).toBeInViewport({ ratio: 1 });
  const headerBottom = await page
    .locator("header")
    .first()
    .evaluate((h) => h.getBoundingClientRect().bottom);
  expect(await call.evaluate((a) => a.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom);
  const first = await results.locator("a, h3").first().textContent();
  expect(first).toContain("110番に電話する");
  await screenshot(page, "escalation-danger-ja");
  await page.screenshot({ path: "e2e/screenshots/escalation-danger-viewport-ja.png" });
});

test("the questionnaire refuses an empty answer", async ({ page }) => {
  await registerNewUser(page);
  await page.goto("/escalation");
  await page.getByRole("button", { name: "相談先を表示する" }).click();
  await expect(page.getByText("入力してください。", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "あなたに合った相談先" })).toHaveCount(0);
});
