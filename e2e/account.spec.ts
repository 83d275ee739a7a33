import { expect, password, registerNewUser, screenshot, signIn, test, uniqueLogin } from "./fixtures";

test("register, use the app in Japanese, switch to English, sign out, and come back to the same page", async ({ page }) => {
  await page.goto("/");
  await screenshot(page, "landing-ja");
  const login = await registerNewUser(page);

  await expect(page.getByRole("heading", { level: 1, name: "ダッシュボード" })).toBeVisible();
  await expect(page.getByText(/今日は\d{4}年\d{1,2}月\d{1,2}日です。/)).toBeVisible();
  await expect(page.getByRole("button", { name: "すぐに閉じる" })).toBeVisible();
  await screenshot(page, "dashboard-ja");

  for (const [name, heading, shot] of [
    ["退会の申請", "退会の申請", "withdrawal-ja"],
    ["相談・次の手段", "相談・次の手段", "escalation-ja"],
    ["証拠の保管", "証拠の保管", "evidence-ja"],
    ["設定", "設定", "settings-ja"],
  ] as const) {
    await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await screenshot(page, shot);
  }

  await page.getByRole("main").getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await screenshot(page, "settings-en");
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await screenshot(page, "dashboard-en");

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/signin$/);

  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings$/);
  await page.getByLabel("Login name").fill(login);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

  // Back to Japanese for the other tests' sake is not needed (fresh context), but the switch must work both ways.
  await page.getByRole("main").getByRole("button", { name: "日本語" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "設定" })).toBeVisible();
});

test("the suggested login name is in the page before its script loads, and a name typed meanwhile is kept", async ({ page }) => {
  // Hold the page's scripts back so she types into the server-rendered form, then let them load (a slow phone).
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/_next\/static\/.*\.js(\?|$)/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/register", { waitUntil: "domcontentloaded" });
  const login = uniqueLogin();
  const field = page.getByLabel("ログイン名");
  // The suggested name is in the page itself, before any script has run.
  expect(await field.inputValue()).toMatch(/^[a-z]+-[a-z0-9]{5}-[a-z0-9]{5}$/);
  await field.fill(login);
  release();
  await page.waitForLoadState("load");
  // Once the script runs, the "suggest another" button works; the name she typed must still be there.
  await expect(page.getByRole("button", { name: "別の名前を提案する" })).toBeEnabled();
  await page.waitForTimeout(500);
  await expect(field).toHaveValue(login);
  await page.getByLabel("パスワード", { exact: true }).fill(password);
  await page.getByLabel("パスワード（確認）").fill(password);
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("a wrong password gets one generic message, and repeated failures are rate limited with the wait", async ({ page }) => {
  const login = await registerNewUser(page);
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await screenshot(page, "signin-ja");

  await signIn(page, login, "wrong-password-123");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("ログイン名またはパスワードが違います。");
  await screenshot(page, "signin-wrong-password-ja");

  // No such account: the very same message.
  await signIn(page, uniqueLogin(), "wrong-password-123");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("ログイン名またはパスワードが違います。");

  for (let attempt = 2; attempt <= 5; attempt++) {
    await signIn(page, login, `wrong-password-${attempt}`);
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  }
  // Over the limit, even the right password is refused until the wait is over.
  await signIn(page, login, password);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("試行回数が多すぎます。");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(/\d+分ほど待ってから/);
  await screenshot(page, "signin-rate-limited-ja");
});

test("someone failing on her login name elsewhere is held up, and she still signs in on her own browser", async ({ page, browser }) => {
  const login = await registerNewUser(page);
  // Her browser now carries the device cookie from that sign-in: HttpOnly, only for the sign-in endpoint.
  const device = (await page.context().cookies()).find((c) => c.name === "taikai_device");
  expect(device).toMatchObject({ httpOnly: true, path: "/api/auth", sameSite: "Lax" });
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/signin$/);

  const attacker = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 390, height: 844 } });
  const theirs = await attacker.newPage();
  await theirs.goto("/signin");
  for (let attempt = 1; attempt <= 6; attempt++) {
    await signIn(theirs, login, `wrong-password-${attempt}`);
    await expect(theirs.getByRole("main").getByRole("alert")).toBeVisible();
  }
  await expect(theirs.getByRole("main").getByRole("alert")).toContainText("試行回数が多すぎます。");
  // Even with her password, that browser waits.
  await signIn(theirs, login, password);
  await expect(theirs.getByRole("main").getByRole("alert")).toContainText("試行回数が多すぎます。");
  await attacker.close();

  await signIn(page, login);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("signing out everywhere ends the session at once, and the session endpoint no longer renews the old cookie", async ({ page, browser }) => {
  const login = await registerNewUser(page);
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 390, height: 844 } });
  const otherPage = await other.newPage();
  await otherPage.goto("/signin");
  await signIn(otherPage, login);
  await expect(otherPage).toHaveURL(/\/dashboard$/);
  expect((await otherPage.request.get("/api/auth/session").then((r) => r.json())).uid).toEqual(expect.any(String));

  await page.goto("/settings");
  await page.getByRole("button", { name: "すべての端末からログアウトする" }).click();
  await expect(page).toHaveURL(/\/signin$/);

  const session = await otherPage.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  expect(session.headers()["set-cookie"] ?? "").toMatch(/next-auth\.session-token=;/);
  await otherPage.goto("/settings");
  await expect(otherPage).toHaveURL(/\/signin/);
  await other.close();
});

test("a plain sign-out ends the session on the server: a copy of the cookie opens nothing", async ({ page, context, browser }) => {
  await registerNewUser(page);
  const copy = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 390, height: 844 } });
  await copy.addCookies(await context.cookies());
  const copyPage = await copy.newPage();
  await copyPage.goto("/dashboard");
  await expect(copyPage.getByRole("heading", { level: 1, name: "ダッシュボード" })).toBeVisible();

  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/signin$/);

  await copyPage.goto("/dashboard");
  await expect(copyPage).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard$/);
  expect((await copy.request.get("/api/account/export")).status()).toBe(401);
  await copy.close();
});
