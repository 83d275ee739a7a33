import type { Browser, BrowserContext } from "@playwright/test";
import { expect, password, registerNewUser, screenshot, test } from "./fixtures";

/** A second browser holding a copy of this one's cookies, as someone who copied them would. */
async function copyOf(browser: Browser, context: BrowserContext): Promise<BrowserContext> {
  const copy = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 390, height: 844 }, locale: "ja-JP" });
  await copy.addCookies(await context.cookies());
  return copy;
}

const exitForm = (page: import("@playwright/test").Page) =>
  page.locator("form").filter({ has: page.getByRole("heading", { name: "「すぐに閉じる」と自動ログアウト" }) });

test("quick exit leaves no app page in the back history", async ({ page }) => {
  await registerNewUser(page);
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "設定" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "設定" })).toBeVisible();

  await page.getByRole("button", { name: "すぐに閉じる" }).click();
  await expect(page).toHaveURL(/\/calc$/);
  await expect(page).toHaveTitle("電卓");
  await screenshot(page, "quick-exit-calc-ja");

  await page.goBack();
  // Back leaves the app: the registration flow, the dashboard and settings all replaced one history entry.
  expect(page.url()).toBe("about:blank");
});

test("pressing Esc twice is a quick exit too", async ({ page }) => {
  await registerNewUser(page);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/calc$/);
});

test("discreet mode gives the tab a neutral title, and quick exit can go to an address she chooses (with her password)", async ({ page }) => {
  await registerNewUser(page);
  await page.goto("/settings");
  const discreet = page.getByRole("form", { name: "目立たないモード" });
  await discreet.getByLabel("ブラウザのタブ名とアイコンを目立たないものにする").check();
  await discreet.getByRole("button", { name: "保存する" }).click();
  await expect(discreet.getByText("保存しました。")).toBeVisible();

  const exit = exitForm(page);
  await exit.getByLabel("移動先のアドレス（空欄ならアプリ内の電卓）").fill("javascript:alert(1)");
  await exit.getByLabel("パスワード", { exact: true }).fill(password);
  await exit.getByRole("button", { name: "保存する" }).click();
  await expect(exit.getByText("http:// または https:// で始まるアドレスを入力してください。")).toBeVisible();

  // Someone holding her phone cannot point quick exit elsewhere without her password.
  const neutral = `${new URL(page.url()).origin}/calc?from=settings`;
  await exit.getByLabel("移動先のアドレス（空欄ならアプリ内の電卓）").fill(neutral);
  await exit.getByLabel("パスワード", { exact: true }).fill("");
  await exit.getByRole("button", { name: "保存する" }).click();
  await expect(exit.getByText("入力してください。", { exact: true })).toBeVisible();
  await exit.getByLabel("パスワード", { exact: true }).fill("not-my-password-6");
  await exit.getByRole("button", { name: "保存する" }).click();
  await expect(exit.getByText("パスワードが違います。")).toBeVisible();
  await exit.getByLabel("パスワード", { exact: true }).fill(password);
  await exit.getByRole("button", { name: "保存する" }).click();
  await expect(exit.getByText("保存しました。")).toBeVisible();
  await screenshot(page, "settings-quick-exit-ja");
  await page.reload();
  await expect(page).toHaveTitle("メモ");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /neutral-icon\.svg/);
  // The browser asks for /favicon.ico on its own (downloads, PDFs) and may keep it: it is the neutral icon for everyone.
  const favicon = await page.request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/icon/);
  await page.getByRole("button", { name: "すぐに閉じる" }).click();
  await expect(page).toHaveURL(/\/calc\?from=settings$/);
});

test("quick exit also signs her out on the server: a copy of her cookie opens nothing afterwards", async ({ page, context, browser }) => {
  await registerNewUser(page);
  await page.goto("/settings");
  await expect(exitForm(page).getByLabel("「すぐに閉じる」でログアウトもする")).toBeChecked();
  const copy = await copyOf(browser, context);
  expect((await copy.request.get("/api/auth/session").then((r) => r.json())).uid).toEqual(expect.any(String));

  await page.getByRole("button", { name: "すぐに閉じる" }).click();
  await expect(page).toHaveURL(/\/calc$/);
  // The beacon leaves with the page; the server ends the session when it arrives.
  await expect.poll(async () => (await copy.request.get("/api/account/export")).status()).toBe(401);
  const copyPage = await copy.newPage();
  await copyPage.goto("/dashboard");
  await expect(copyPage).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard$/);
  expect(await copy.request.get("/api/auth/session").then((r) => r.json())).toEqual({});
  await copy.close();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard$/);
});

test("with sign-out turned off (password needed), quick exit leaves her signed in", async ({ page }) => {
  await registerNewUser(page);
  await page.goto("/settings");
  const exit = exitForm(page);
  // The form sets its saved values when its script runs; an uncheck before that is undone (seen in CI), so retry.
  const signsOut = exit.getByLabel("「すぐに閉じる」でログアウトもする");
  await expect(async () => {
    await signsOut.uncheck();
    await expect(signsOut).not.toBeChecked({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(exit.getByLabel("操作しないまま、この時間がたつと自動でログアウトする")).toHaveValue("30");
  await exit.getByLabel("操作しないまま、この時間がたつと自動でログアウトする").selectOption({ label: "2時間" });
  await exit.getByLabel("パスワード", { exact: true }).fill(password);
  await exit.getByRole("button", { name: "保存する" }).click();
  await expect(exit.getByText("保存しました。")).toBeVisible();
  await page.reload();
  await expect(exitForm(page).getByLabel("操作しないまま、この時間がたつと自動でログアウトする")).toHaveValue("120");
  await expect(exitForm(page).getByLabel("「すぐに閉じる」でログアウトもする")).not.toBeChecked();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/calc$/);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "ダッシュボード" })).toBeVisible();
});

test("pages send a strict Content-Security-Policy and no referrer", async ({ page }) => {
  const response = await page.goto("/");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["referrer-policy"]).toBe("no-referrer");
  // Plain HTTP (as here): no HSTS, which only HTTPS answers carry (e2e/https.spec.ts).
  expect(headers["strict-transport-security"]).toBeUndefined();
});

test("every cookie is HttpOnly and SameSite=Lax (Secure is proven over HTTPS in e2e/https.spec.ts)", async ({ page, context }) => {
  await registerNewUser(page);
  await page.goto("/settings");
  await page.getByRole("main").getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  const cookies = await context.cookies();
  expect(cookies.map((c) => c.name)).toEqual(expect.arrayContaining(["next-auth.session-token", "next-auth.csrf-token", "NEXT_LOCALE"]));
  for (const cookie of cookies)
    expect({ name: cookie.name, httpOnly: cookie.httpOnly, sameSite: cookie.sameSite }).toEqual({ name: cookie.name, httpOnly: true, sameSite: "Lax" });
});

test("no page asks any other origin for anything", async ({ page }) => {
  const origins = new Set<string>();
  page.on("request", (request) => origins.add(new URL(request.url()).origin));
  await page.goto("/");
  await page.goto("/bodies");
  await page.goto("/sites");
  await registerNewUser(page);
  const own = new URL(page.url()).origin;
  expect([...origins].filter((o) => o !== own)).toEqual([]);
});
