import { expect, screenshot, test } from "./fixtures";

test("the counselling bodies directory shows sources, the reference's date and what is unverified", async ({ page }) => {
  await page.goto("/bodies");
  await expect(page.getByRole("heading", { level: 1, name: "相談窓口の一覧" })).toBeVisible();
  const cards = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
  // The reference's 25, and the police station and the 誹謗中傷ホットライン added for the customer side (issue 13).
  expect(await cards.count()).toBe(27);
  await expect(page.getByRole("heading", { name: /フリーランス・トラブル110番/ })).toBeVisible();
  await expect(page.getByText(/出典：/).first()).toBeVisible();
  // The only date the references carry is their own: worded as such on every card, never as a check date.
  await expect(page.getByText(/^資料の日付 \d{4}年\d{1,2}月\d{1,2}日（出典そのものの確認日ではありません）$/)).toHaveCount(25);
  await expect(page.getByText(/確認日：/)).toHaveCount(0);
  await expect(page.getByText("未確認").first()).toBeVisible();
  // The PPC dial's number was read only on a copy of its page: marked unverified, with the copy named as such.
  const ppc = cards.filter({ has: page.getByRole("heading", { name: /個人情報保護委員会/ }) });
  const phone = ppc.getByRole("definition").filter({ hasText: "03-6457-9849" });
  await expect(phone.getByText("未確認", { exact: true })).toBeVisible();
  // The best source first with how sure the app is; the copy named as such behind a tap.
  await expect(ppc.getByText("一部は公式サイトで確認")).toBeVisible();
  await expect(ppc.getByText("公式ページのコピー（第三者のサイト）", { exact: false })).toBeHidden();
  await ppc.getByText(/^出典の詳しい内容（\d+件）$/).click();
  await expect(ppc.getByText("公式ページのコピー（第三者のサイト）", { exact: false })).toBeVisible();
  // The disclaimer once per screen (the footer).
  await expect(page.getByText(/Taikaiは一般的な情報を提供するもので/)).toHaveCount(1);
  await expect(page.getByText(/法律相談ではありません/).first()).toBeVisible();
  await screenshot(page, "bodies-ja");
});

test("the site catalogue lists the Japanese sites with their rule status", async ({ page }) => {
  await page.goto("/sites");
  for (const name of ["FANZAライブチャット", "エンジェルライブ", "ライブチャットジュエル", "DXLIVE", "チャットピア", "マダムライブ"]) {
    await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
  }
  await expect(page.getByText(/判定ルールなし/).first()).toBeVisible();
  await expect(page.getByText(/判定ルールあり/).first()).toBeVisible();
  await screenshot(page, "sites-ja");
});

test("an app page opened while signed out goes to sign-in", async ({ page }) => {
  for (const path of ["/dashboard", "/withdrawal", "/escalation", "/evidence", "/settings"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(path)}$`));
  }
  await page.goto("/signin?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await expect(page.getByRole("heading", { level: 1, name: "ログイン" })).toBeVisible();
});

test("health answers with the database state", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
});
