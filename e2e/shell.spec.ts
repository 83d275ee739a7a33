import { expect, registerNewUser, screenshot, test } from "./fixtures";

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

test("discreet mode gives the tab a neutral title, and quick exit can go to an address she chooses", async ({ page }) => {
  await registerNewUser(page);
  await page.goto("/settings");
  await page.getByLabel("ブラウザのタブ名とアイコンを目立たないものにする").check();
  await page.getByLabel("移動先のアドレス(空欄ならアプリ内の電卓)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByText("http:// または https:// で始まるアドレスを入力してください。")).toBeVisible();

  const neutral = `${new URL(page.url()).origin}/calc?from=settings`;
  await page.getByLabel("移動先のアドレス(空欄ならアプリ内の電卓)").fill(neutral);
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByText("保存しました。")).toBeVisible();
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
  for (const cookie of cookies) expect({ name: cookie.name, httpOnly: cookie.httpOnly, sameSite: cookie.sameSite }).toEqual({ name: cookie.name, httpOnly: true, sameSite: "Lax" });
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
