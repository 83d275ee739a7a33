import { execFileSync } from "node:child_process";
import { e2eDatabaseUrl } from "./database-url";
import { addRegistration, expect, fixtureUrl, registerNewUser, screenshot, test } from "./fixtures";

test("add a registration: the first check records the baseline and the history", async ({ page }) => {
  await registerNewUser(page);
  await page.goto("/dashboard");
  await expect(page.getByText("登録サイトはまだありません")).toBeVisible();
  await screenshot(page, "dashboard-empty-ja");

  await addRegistration(page, { handle: "ひまり", path: `/profile/${encodeURIComponent("ひまり")}?fw=1`, agency: "テスト事務所" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ひまり");
  await expect(page.getByText("公開中", { exact: true })).toBeVisible();
  await expect(page.getByText("ハンドル名の表示：あり")).toBeVisible();
  const history = page.getByRole("region", { name: "確認の履歴" });
  await expect(history.getByText("表示あり")).toBeVisible();
  await expect(history.getByText("ページ上にハンドル名あり")).toBeVisible();
  await expect(page.getByRole("region", { name: "保存した記録（証拠）" }).getByText(/SHA-256: [0-9a-f]{64}/)).toBeVisible();
  await screenshot(page, "registration-ja");

  // Deleting asks once more; "やめる" keeps it, "削除する" removes it and its history.
  await page.getByRole("link", { name: "変更する" }).click();
  await page.getByRole("button", { name: "この登録を削除する" }).click();
  await page.getByRole("button", { name: "やめる" }).click();
  await page.getByRole("button", { name: "この登録を削除する" }).click();
  await expect(page.getByText("本当に削除しますか？確認の履歴も削除されます。")).toBeVisible();
  await page.getByRole("button", { name: "削除する", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("登録サイトはまだありません")).toBeVisible();
});

test("check now shows the verdict without reloading the page", async ({ page }) => {
  await registerNewUser(page);
  await addRegistration(page, { handle: "sakura", path: "/status/404" });
  await page.goto("/dashboard");
  const row = page.getByRole("listitem").filter({ hasText: "sakura" });
  // One gone result is on its way to confirmation: the card says so and when, once, and not 確認待ち.
  await expect(row).toContainText("非公開を確認中");
  await expect(row).toContainText("404");
  await expect(row).toContainText(/以降の次の確認で、非公開かどうかを確定します/);
  await expect(row).not.toContainText("確認待ち");
  await expect(row.getByText("表示なし")).toHaveCount(0);
  await screenshot(page, "dashboard-gone-pending-ja");

  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await row.getByRole("button", { name: "今すぐ確認" }).click();
  await expect(row.getByRole("status")).toContainText("結果：表示なし");
  await expect(row.getByRole("status")).toContainText("ページが見つかりません");
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  await row.getByRole("link", { name: /詳しく見る/ }).click();
  await expect(page.getByRole("region", { name: "確認の履歴" }).getByRole("listitem")).toHaveCount(2);
});

test("blocked pages are never called gone", async ({ page }) => {
  await registerNewUser(page);
  await addRegistration(page, { handle: "mio", path: "/challenge/cf?status=403" });
  await expect(page.getByText("確認できず", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "確認の履歴" }).getByText("「ロボットではありません」などの確認画面が出て、中を見られなかった")).toBeVisible();
});

test("the registration form refuses bad input with translated messages", async ({ page }) => {
  await registerNewUser(page);
  await page.goto("/dashboard/registrations/new");
  const save = page.getByRole("button", { name: "保存して確認する" });
  await save.click();
  await expect(page.getByText("入力してください。", { exact: true })).toHaveCount(3);

  await page.getByLabel("サイト", { exact: true }).selectOption({ label: "Stripchat" });
  await page.getByLabel("ハンドル名（サイトでの表示名）").fill("<script>alert(1)</script>");
  // Stripchat's address is made from the handle; she can still type her own.
  await page.getByRole("button", { name: "違うアドレスを自分で入力する" }).click();
  await page.getByLabel("プロフィールのURL").fill("javascript:alert(1)");
  await save.click();
  await expect(page.getByText("「<」と「>」で囲んだ書き方は使えません。")).toBeVisible();
  await expect(page.getByText("http:// または https:// で始まるアドレスを入力してください。")).toBeVisible();

  await page.getByLabel("ハンドル名（サイトでの表示名）").fill("あ".repeat(10_000));
  await save.click();
  await expect(page.getByText("長すぎます。短くしてください。")).toBeVisible();

  // The server's own check: the address must be on the chosen site.
  await page.getByLabel("ハンドル名（サイトでの表示名）").fill("hana");
  await page.getByLabel("プロフィールのURL").fill("https://unrelated.example.test/hana");
  await save.click();
  await expect(page.getByText("このURLは選んだサイトのものではありません。サイトかURLを確認してください。")).toBeVisible();

  await page.getByLabel("サイト", { exact: true }).selectOption({ label: "その他（一覧にないサイト）" });
  await page.getByLabel("サイト名").fill("どこか");
  await save.click();
  await expect(page.getByText("確認のチェックを入れてください。")).toBeVisible();
  await page.getByLabel("登録した日（任意）").fill("2999-01-01");
  await save.click();
  await expect(page.getByText("未来の日付は入力できません。")).toBeVisible();
  await expect(page).toHaveURL(/\/dashboard\/registrations\/new$/);
});

test("another user's registration is not found", async ({ page, browser }) => {
  await registerNewUser(page);
  await addRegistration(page, { handle: "rin", path: "/profile/rin" });
  const theirs = page.url();

  const other = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: new URL(theirs).origin });
  const otherPage = await other.newPage();
  await registerNewUser(otherPage);
  await otherPage.goto(theirs);
  await expect(otherPage.getByRole("heading", { name: "ページが見つかりません" })).toBeVisible();
  expect(await otherPage.content()).not.toContain("rin");
  await other.close();
});

test("the dashboard stays readable at 390 px with many registrations", async ({ page }) => {
  const login = await registerNewUser(page);
  execFileSync("npx", ["tsx", "scripts/seed-demo.ts", "--login", login, "--registrations", "60", "--checks", "20"], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    stdio: "pipe",
  });
  await page.goto("/dashboard");
  await expect(page.getByText("60件")).toBeVisible();
  await expect(page.getByRole("region", { name: "お知らせ" }).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "ページ" }).getByRole("link")).toHaveCount(2);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "e2e/screenshots/dashboard-many-ja.png" });
});

test("once saved, the button stays disabled until the next page shows, so a second tap cannot add the site twice", async ({ page }) => {
  await registerNewUser(page);
  await page.goto("/dashboard/registrations/new");
  await page.getByLabel("サイト", { exact: true }).selectOption({ label: "その他（一覧にないサイト）" });
  await page.getByLabel("サイト名").fill("テストサイト");
  await page.getByLabel("このURLが、私のプロフィールのあるサイトのものであることを確認しました").check();
  await page.getByLabel("ハンドル名（サイトでの表示名）").fill("mio");
  await page.getByLabel("プロフィールのURL").fill(`${fixtureUrl}/profile/mio`);
  // The next page is held back (a slow phone network), so the moment between "saved" and "shown" lasts.
  let release = () => {};
  let leaving = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const navigating = new Promise<void>((resolve) => (leaving = resolve));
  await page.route(/\/dashboard\/registrations\/(?!new)[a-z0-9]+/, async (route) => {
    leaving();
    await held;
    await route.continue();
  });
  const button = page.getByRole("button", { name: /保存して確認する|保存しています/ });
  await button.click();
  await navigating;
  // Saved, and the next page asked for: the form's own submit state has ended by now; the button must stay disabled.
  await page.waitForTimeout(500);
  expect(await button.isDisabled()).toBe(true);
  await button.click({ force: true }).catch(() => {});
  release();
  await expect(page).toHaveURL(/\/dashboard\/registrations\/(?!new$)[a-z0-9]+$/, { timeout: 30_000 });
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.goto("/dashboard");
  await expect(page.getByText("1件", { exact: true })).toBeVisible();
});
