import type { Page } from "@playwright/test";
import { expect, password, registerNewUser, screenshot, test } from "./fixtures";

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
  const email = page.getByLabel("メールアドレス");
  const pass = page.getByLabel("パスワード", { exact: true });
  const confirm = page.getByLabel("パスワード(確認)");

  await submit.click();
  await expect(page.getByText("入力してください。")).toHaveCount(3);
  await screenshot(page, "register-errors-ja");

  await email.fill("not-an-email");
  await pass.fill("short");
  await confirm.fill("different");
  await submit.click();
  await expect(page.getByText("メールアドレスの形式が正しくありません。")).toBeVisible();
  await expect(page.getByText("パスワードは10文字以上にしてください。")).toBeVisible();
  await expect(page.getByText("確認用のパスワードが一致しません。")).toBeVisible();

  await email.fill(`${huge}@example.test`);
  await pass.fill(huge);
  await confirm.fill(huge);
  await submit.click();
  await expect(page.getByText("長すぎます。短くしてください。").first()).toBeVisible();

  await email.fill(`${script}@example.test`);
  await pass.fill("1234567890");
  await confirm.fill("1234567890");
  await submit.click();
  await expect(page.getByText("メールアドレスの形式が正しくありません。")).toBeVisible();

  // The server's own check: a common password passes the browser's rules but not the server's.
  await email.fill(`common-${Date.now()}@example.test`);
  await submit.click();
  await expect(page.getByText("よく使われていて推測されやすいパスワードです。別のパスワードにしてください。")).toBeVisible();
  await expect(page).toHaveURL(/\/register$/);
  expect(serverErrors).toEqual([]);
});

test("the sign-in form refuses empty, huge and malformed input", async ({ page }) => {
  const serverErrors = failOnServerError(page);
  await page.goto("/signin");
  const submit = page.getByRole("button", { name: "ログインする" });
  await submit.click();
  await expect(page.getByText("入力してください。")).toHaveCount(2);
  await page.getByLabel("メールアドレス").fill(script);
  await page.getByLabel("パスワード").fill(huge);
  await submit.click();
  await expect(page.getByText("メールアドレスの形式が正しくありません。")).toBeVisible();
  await expect(page.getByText("長すぎます。短くしてください。")).toBeVisible();
  expect(serverErrors).toEqual([]);
});

test("the sign-in endpoint itself answers bad input with a code, not a server error", async ({ request }) => {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  for (const [email, password] of [["", ""], [huge, huge], [script, "x"], ["a@b", "x".repeat(100_000)]]) {
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password, json: "true" },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    const body = await response.text();
    expect(body).toContain("INVALID_INPUT");
  }
});

test("the settings form refuses a huge or script address and keeps what was saved", async ({ page }) => {
  const serverErrors = failOnServerError(page);
  await registerNewUser(page);
  await page.goto("/settings");
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "「すぐに閉じる」と自動ログアウト" }) });
  const field = form.getByLabel("移動先のアドレス(空欄ならアプリ内の電卓)");
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
