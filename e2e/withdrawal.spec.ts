import type { Page } from "@playwright/test";
import {
  addRegistration,
  agencyRoomFacts,
  answerWorkFacts,
  askWrittenContactOnly,
  expect,
  isoDaysFromToday,
  registerNewUser,
  screenshot,
  sendOverdueRequest,
  test,
} from "./fixtures";

async function stepOne(page: Page, agency: string, withSite = false) {
  await page.goto("/withdrawal");
  await screenshot(page, "withdrawal-list-ja");
  await page.getByRole("link", { name: "新しく申し入れる" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "事務所とサイト" })).toBeVisible();
  await page.getByLabel("事務所", { exact: true }).selectOption({ label: "新しい事務所を追加" });
  await page.getByLabel("事務所の名前").fill(agency);
  await page.getByLabel("メールアドレス").fill("office@agency.example.test");
  if (withSite) await page.getByRole("checkbox").first().check();
  await screenshot(page, "wizard-1-who-ja");
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "働き方" })).toBeVisible();
}

async function answerFacts(page: Page) {
  await answerWorkFacts(page, agencyRoomFacts);
  await screenshot(page, "wizard-2-facts-ja");
  await page.getByRole("button", { name: "判定する" }).click();
}

test("the whole wizard to a sent case, resuming a draft after closing the browser", async ({ page, browser }) => {
  const login = await registerNewUser(page);
  await addRegistration(page, { handle: "ゆい", path: `/profile/${encodeURIComponent("ゆい")}` });
  await stepOne(page, "株式会社テストプロダクション", true);

  // Close the browser half way: the draft is kept on the server.
  await page.context().close();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: test.info().project.use.baseURL });
  page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("ログイン名").fill(login);
  await page.getByLabel("パスワード").fill("kumo-no-ue-de-hirune-42");
  await page.getByRole("button", { name: "ログインする" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/withdrawal");
  await expect(page.getByText("作成中（ステップ2/6）")).toBeVisible();
  await page.getByRole("link", { name: /株式会社テストプロダクション/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "働き方" })).toBeVisible();

  await answerFacts(page);
  await expect(page.getByRole("region", { name: "判定の結果" }).getByText("形は業務委託でも、実態は雇用（労働者）")).toBeVisible();
  await expect(page.getByText("契約書の題名ではなく、実際の働き方で判断しています")).toBeVisible();
  await expect(page.getByText(/民法627条1項/).first()).toBeVisible();
  await expect(page.getByText("未確認").first()).toBeVisible();
  await screenshot(page, "wizard-2-result-ja");
  await page.getByRole("button", { name: "次へ" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "求めること" })).toBeVisible();
  await page.getByLabel(/すべてのサイトのアカウントとプロフィールの削除/).check();
  await page.getByLabel(/未払いの報酬の支払い/).check();
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByText("入力してください。", { exact: true })).toBeVisible();
  await page.getByLabel("支払いの期限").fill(isoDaysFromToday(30));
  await page.getByLabel("未払いの金額（円・わかれば）").fill("120000");
  await screenshot(page, "wizard-3-requests-ja");
  await page.getByRole("button", { name: "次へ" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "日付" })).toBeVisible();
  await page.getByRole("button", { name: "日付を計算する" }).click();
  await expect(page.getByText(/申し入れから14日（2週間）で終わります/)).toBeVisible();
  await screenshot(page, "wizard-4-dates-ja");
  await page.getByRole("link", { name: "次へ" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "文面" })).toBeVisible();
  await page.getByLabel("20字×26行", { exact: true }).check();
  await page.getByRole("button", { name: "文面を作る" }).click();
  await expect(page.getByRole("textbox", { name: "メール・LINE・フォーム用の短い文" })).toHaveValue(/株式会社テストプロダクション/);
  await expect(page.getByText("【氏名】").first()).toBeVisible();
  // The summary uses the same words as the choice.
  await expect(page.getByText(/^20字×26行・\d+枚/)).toBeVisible();
  await screenshot(page, "wizard-5-message-ja");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDFをダウンロード", exact: true }).click();
  expect((await (await download).path()) ?? "").not.toBe("");
  await page.getByRole("link", { name: "送ったら記録する" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "送付の記録" })).toBeVisible();
  await page.getByLabel("送った方法").selectOption({ label: "メール" });
  await screenshot(page, "wizard-6-sent-ja");
  await page.getByRole("button", { name: "送ったことを記録する" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "株式会社テストプロダクション" })).toBeVisible();
  await expect(page.getByText(/あと1[34]日/)).toBeVisible();
  await expect(page.getByRole("region", { name: "経過" }).getByText("送付")).toBeVisible();

  await page.getByLabel("できごと", { exact: true }).selectOption({ label: "返事があった" });
  await page.getByLabel("メモ").fill("<script>alert(1)</script>");
  await page.getByRole("button", { name: "記録する" }).click();
  await expect(page.getByText("「<」と「>」で囲んだ書き方は使えません。")).toBeVisible();
  await page.getByLabel("メモ").fill("「後任が見つかるまで辞められない」との返事。\n違約金50万円と言われた。");
  await page.getByRole("button", { name: "記録する" }).click();
  await expect(page.getByRole("region", { name: "経過" }).getByText(/後任が見つかるまで辞められない/)).toBeVisible();
  await expect(page.getByRole("region", { name: "経過" }).getByText("返事があった")).toBeVisible();
  await screenshot(page, "case-ja");
  await context.close();
});

test("a passed deadline offers the reminder letter and the way to get help", async ({ page }) => {
  await registerNewUser(page);
  await stepOne(page, "期限切れ事務所");
  await answerFacts(page);
  await askWrittenContactOnly(page);
  await sendOverdueRequest(page, "LINE");
  await expect(page.getByText("（6日過ぎています）")).toBeVisible();
  await expect(page.getByRole("link", { name: "催告書のPDF" })).toBeVisible();
  await screenshot(page, "case-overdue-ja");
  const response = await page.request.get((await page.getByRole("link", { name: "催告書のPDF" }).getAttribute("href")) ?? "");
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 4).toString()).toBe("%PDF");

  await page.goto("/dashboard");
  await expect(page.getByText("期限切れ事務所への申し入れは、回答の期限を6日過ぎています。")).toBeVisible();
});

test("another user's case is not found", async ({ page, browser }) => {
  await registerNewUser(page);
  await stepOne(page, "秘密の事務所");
  const theirs = page.url();
  const other = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: new URL(theirs).origin });
  const otherPage = await other.newPage();
  await registerNewUser(otherPage);
  await otherPage.goto(theirs);
  await expect(otherPage.getByRole("heading", { name: "ページが見つかりません" })).toBeVisible();
  expect(await otherPage.content()).not.toContain("秘密の事務所");
  const pdf = await otherPage.request.get(`${theirs.replace(/\/step\/\d$/, "").replace("/withdrawal/", "/api/cases/")}/documents/notice`);
  expect(pdf.status()).toBe(404);
  await other.close();
});

test("the wizard refuses bad dates, empty choices and huge input", async ({ page }) => {
  await registerNewUser(page);
  await page.goto("/withdrawal/new");
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByText("入力してください。", { exact: true })).toBeVisible();
  await page.getByLabel("事務所", { exact: true }).selectOption({ label: "新しい事務所を追加" });
  await page.getByLabel("事務所の名前").fill("<b>".repeat(5000));
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByText("長すぎます。短くしてください。")).toBeVisible();
  await page.getByLabel("事務所の名前").fill("普通の事務所");
  await page.getByRole("button", { name: "次へ" }).click();
  await page.getByRole("button", { name: "判定する" }).click();
  await expect(page.getByText("入力してください。", { exact: true }).first()).toBeVisible();
  await answerFacts(page);
  await page.getByRole("button", { name: "次へ" }).click();
  await page.getByRole("button", { name: "次へ" }).click();
  await expect(page.getByText("入力してください。", { exact: true })).toBeVisible();
  await page.getByLabel(/録画・アーカイブ・画像の削除/).check();
  await page.getByRole("button", { name: "次へ" }).click();
  await page.getByLabel("申し入れの日").fill("2001-01-01");
  await page.getByRole("button", { name: "日付を計算する" }).click();
  await expect(page.getByText(/申し入れの日は、30日前から90日後までの日にしてください。|期限は申し入れから90日以内にしてください。/).first()).toBeVisible();
  await page.getByLabel("申し入れの日").fill(isoDaysFromToday(0));
  await page.getByLabel("回答の期限").fill(isoDaysFromToday(-3));
  await page.getByRole("button", { name: "日付を計算する" }).click();
  await expect(page.getByText("期限は申し入れの日より後にしてください。")).toBeVisible();
});

test("a fixed term with no unavoidable reason asks the agency to agree, claiming no reason", async ({ page }) => {
  await registerNewUser(page);
  await stepOne(page, "有期契約の事務所");
  const reason = page.getByRole("group", { name: "契約期間の途中でも、今すぐやめなければならない事情（やむを得ない事由）はありますか？" });
  await answerWorkFacts(page, agencyRoomFacts);
  await expect(reason).toBeHidden();
  await page.getByRole("group", { name: "契約期間が決まっていますか？" }).getByLabel("はい", { exact: true }).check();
  await reason.getByLabel("とくにない", { exact: true }).check();
  await screenshot(page, "wizard-2-facts-fixed-term-ja");
  await page.getByRole("button", { name: "判定する" }).click();

  await expect(page.getByText(/そうした事由がないときに期間の途中で一方的に終えられるかは、この条文からははっきり言えません。/)).toBeVisible();
  await expect(page.getByText("やむを得ない事由はとくにない（あなたの答え）")).toBeVisible();
  await expect(page.getByText("一般的な情報", { exact: true })).toBeVisible();
  await screenshot(page, "wizard-2-result-agreement-ja");
  await askWrittenContactOnly(page);
  // Asking for agreement, she may propose a later last day (here a month on): it becomes the day the letter asks for.
  const later = isoDaysFromToday(30);
  const [year, month, day] = later.split("-").map(Number);
  const laterJa = `${year}年${month}月${day}日`;
  await expect(page.getByText(/少し先（90日以内）に終えたい日を選べます/)).toBeVisible();
  await page.getByLabel("最後に働く日（任意）").fill(later);
  await page.getByRole("button", { name: "日付を計算する" }).click();
  await expect(
    page.getByText(`期間の途中で契約を終えるには、事務所の同意が必要です。文面では${laterJa}に終えることをお願いします。`, { exact: false }),
  ).toBeVisible();
  await screenshot(page, "wizard-4-dates-agreement-ja");
  // Coming back to the step keeps the day she chose.
  await page.reload();
  await expect(page.getByLabel("最後に働く日（任意）")).toHaveValue(later);
  await page.getByRole("link", { name: "次へ" }).click();

  await page.getByRole("button", { name: "文面を作る" }).click();
  const short = page.getByRole("textbox", { name: "メール・LINE・フォーム用の短い文" });
  await expect(short).toHaveValue(/合意による解約にご同意くださいますようお願いいたします。/);
  await expect(short).toHaveValue(new RegExp(`${laterJa}をもって契約を終了し`));
  await expect(short).not.toHaveValue(/やむを得ない事由があります/);
  await expect(page.getByRole("heading", { name: "退会・合意解約のお願い" })).toBeVisible();
  await screenshot(page, "wizard-5-message-agreement-ja");
});

test("when the agency does not answer a request for agreement, the follow-up is a second request, not a 催告書", async ({ page }) => {
  await registerNewUser(page);
  await stepOne(page, "合意待ち事務所");
  await answerWorkFacts(page, agencyRoomFacts);
  await page.getByRole("group", { name: "契約期間が決まっていますか？" }).getByLabel("はい", { exact: true }).check();
  await page
    .getByRole("group", { name: /やむを得ない事由/ })
    .getByLabel("とくにない", { exact: true })
    .check();
  await page.getByRole("button", { name: "判定する" }).click();
  await askWrittenContactOnly(page);
  await sendOverdueRequest(page, "メール");

  await expect(page.getByText("もう一度同意をお願いする書面（7日の期限つき）")).toBeVisible();
  await expect(page.getByRole("link", { name: "催告書のPDF" })).toBeHidden();
  const pdf = await page.request.get((await page.getByRole("link", { name: "再度のお願いのPDF" }).getAttribute("href")) ?? "");
  expect((await pdf.body()).subarray(0, 4).toString()).toBe("%PDF");
  await expect(page.getByLabel("できごと").locator("option", { hasText: "再度のお願いを送った" })).toHaveCount(1);
  await expect(page.getByLabel("できごと").locator("option", { hasText: "催告書" })).toHaveCount(0);
  await screenshot(page, "case-overdue-agreement-ja");

  await page.getByRole("link", { name: "相談用の書類を作る" }).click();
  await page.getByLabel("合意解約についての再度のお願い（事務所へ）").check();
  await page.getByRole("button", { name: "書類を作る" }).click();
  await expect(page.getByText("再度のお願い", { exact: true })).toBeVisible();
  await page.getByText("本文を表示").first().click();
  await expect(page.locator("pre").first()).toContainText("合意解約についての再度のお願い");
  await expect(page.locator("pre").first()).not.toContainText("催告");
  await screenshot(page, "letters-agreement-ja");
});
