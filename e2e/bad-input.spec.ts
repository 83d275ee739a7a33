import type { Page } from "@playwright/test";
import { expect, fillLoginName, password, registerNewUser, screenshot, test } from "./fixtures";

const huge = "あ".repeat(10_000);
const script = "<script>alert(1)</script>";

function failOnServerError(page: Page): string[] {
  const errors: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

test("the registration form refuses empty, huge, malformed and script input with translated messages", async ({ page }) => {
  const serverErrors = failOnServerError(page);
  await page.goto("/register");
  const submit = page.getByRole("button", { name: "登録する" });
  const loginName = page.getByLabel("ログイン名");
  const pass = page.getByLabel("パスワード", { exact: true });
  const confirm = page.getByLabel("パスワード（確認）");

  // A random name is offered, and another on request.
  const suggested = await loginName.inputValue();
  expect(suggested).toMatch(/^[a-z]+-[a-z0-9]{5}-[a-z0-9]{5}$/);
  await page.getByRole("button", { name: "別の名前を提案する" }).click();
  await expect(loginName).not.toHaveValue(suggested);

  await loginName.fill("");
  await submit.click();
  await expect(page.getByText("入力してください。")).toHaveCount(3);
  await screenshot(page, "register-errors-ja");

  await loginName.fill("ab");
  await pass.fill("short");
  await confirm.fill("different");
  await submit.click();
  await expect(page.getByText("ログイン名は3文字以上にしてください。")).toBeVisible();
  await expect(page.getByText("パスワードは10文字以上にしてください。")).toBeVisible();
  await expect(page.getByText("確認用のパスワードが一致しません。")).toBeVisible();

  // An email address is not a login name (so sign-up can never be used to test one).
  await loginName.fill("hanako@example.test");
  await submit.click();
  await expect(page.getByText(/ログイン名に使えるのは/)).toBeVisible();

  await loginName.fill(huge);
  await pass.fill(huge);
  await confirm.fill(huge);
  await submit.click();
  await expect(page.getByText("長すぎます。短くしてください。").first()).toBeVisible();

  await loginName.fill(script);
  await pass.fill("1234567890");
  await confirm.fill("1234567890");
  await submit.click();
  await expect(page.getByText(/ログイン名に使えるのは/)).toBeVisible();

  // The server's own check: a common password passes the browser's rules but not the server's.
  await loginName.fill(`common-${Date.now()}`);
  await submit.click();
  await expect(page.getByText("よく使われていて推測されやすいパスワードです。別のパスワードにしてください。")).toBeVisible();
  await expect(page).toHaveURL(/\/register$/);
  expect(serverErrors).toEqual([]);
});

test("a chosen login name that is taken gets a plain message and creates nothing", async ({ page, browser }) => {
  const login = await registerNewUser(page);
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 390, height: 844 } });
  const otherPage = await other.newPage();
  await otherPage.goto("/register");
  await fillLoginName(otherPage, login.toUpperCase());
  await otherPage.getByLabel("パスワード", { exact: true }).fill(password);
  await otherPage.getByLabel("パスワード（確認）").fill(password);
  await otherPage.getByRole("button", { name: "登録する" }).click();
  await expect(otherPage.getByText("このログイン名はすでに使われています。別の名前にしてください。")).toBeVisible();
  await expect(otherPage).toHaveURL(/\/register$/);
  await other.close();
});

test("the sign-in form refuses empty and huge input", async ({ page }) => {
  const serverErrors = failOnServerError(page);
  await page.goto("/signin");
  const submit = page.getByRole("button", { name: "ログインする" });
  await submit.click();
  // exact: the login field's hint ends in "…入力してください。" too.
  await expect(page.getByText("入力してください。", { exact: true })).toHaveCount(2);
  await page.getByLabel("ログイン名").fill(huge);
  await page.getByLabel("パスワード").fill(huge);
  await submit.click();
  await expect(page.getByText("長すぎます。短くしてください。")).toHaveCount(2);
  expect(serverErrors).toEqual([]);
});

test("the sign-in endpoint itself answers bad input with a code, not a server error", async ({ request }) => {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  // A login name is only looked up (by keyed hash), so markup in it is just a name no account has.
  for (const [login, pass, code] of [
    ["", "", "INVALID_INPUT"],
    [huge, huge, "INVALID_INPUT"],
    [script, "x", "INVALID_CREDENTIALS"],
    ["a@b", "x".repeat(100_000), "INVALID_INPUT"],
  ]) {
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, login, password: pass, json: "true" },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    const body = await response.text();
    expect(body).toContain(code);
  }
});

test("the settings form refuses a huge or script address and keeps what was saved", async ({ page }) => {
  const serverErrors = failOnServerError(page);
  await registerNewUser(page);
  await page.goto("/settings");
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "「すぐに閉じる」と自動ログアウト" }) });
  const field = form.getByLabel("移動先のアドレス（空欄ならアプリ内の電卓）");
  const save = form.getByRole("button", { name: "保存する" });
  await form.getByLabel("パスワード", { exact: true }).fill(password);
  await field.fill(`https://example.test/${"a".repeat(10_000)}`);
  await save.click();
  await expect(page.getByText("長すぎます。短くしてください。")).toBeVisible();
  await field.fill(script);
  await save.click();
  await expect(page.getByText("http:// または https:// で始まるアドレスを入力してください。")).toBeVisible();
  await page.reload();
  await expect(field).toHaveValue("");
  expect(serverErrors).toEqual([]);
});
