import { Secret, TOTP } from "otpauth";
import type { Page } from "@playwright/test";
import { expect, password, registerNewUser, screenshot, signIn, test } from "./fixtures";

/** What her authenticator app would show, `steps` 30-second steps from now. */
function codeAt(secret: string, steps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + steps * 30_000 });
}

/** A code that is wrong for every step the server accepts now. */
function wrongCode(secret: string): string {
  const valid = [-1, 0, 1, 2].map((s) => codeAt(secret, s));
  return ["000000", "111111", "222222", "333333", "444444"].find((c) => !valid.includes(c))!;
}

async function signOut(page: Page) {
  // Let the page finish arriving first: signing out during a refresh logs a failed RSC fetch.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "ログアウト", exact: true }).click();
  await expect(page).toHaveURL(/\/signin$/);
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel("確認コード").fill(code);
  await page.getByRole("button", { name: "確認してログインする" }).click();
}

test("turn on two-step sign-in, sign in with a code or a recovery code (once), and turn it off", async ({ page }) => {
  test.setTimeout(120_000);
  const login = await registerNewUser(page);
  await page.goto("/settings");
  const card = page.getByRole("region", { name: "2段階認証", exact: true });
  await expect(card.getByText("いまは使っていません。")).toBeVisible();
  // Her session alone is not enough: someone holding her phone cannot enrol their own authenticator.
  await card.getByRole("button", { name: "2段階認証を設定する" }).click();
  await expect(card.getByText("入力してください。", { exact: true })).toBeVisible();
  await card.getByLabel("パスワード").fill("not-my-password-4");
  await card.getByRole("button", { name: "2段階認証を設定する" }).click();
  await expect(card.getByText("パスワードが違います。")).toBeVisible();
  await expect(card.getByRole("img", { name: "認証アプリに登録するためのQRコード" })).toHaveCount(0);
  await card.getByLabel("パスワード").fill(password);
  await card.getByRole("button", { name: "2段階認証を設定する" }).click();

  await expect(card.getByRole("img", { name: "認証アプリに登録するためのQRコード" })).toBeVisible();
  const secret = (await card.getByLabel("読み取れないときは、このキーを手で入力してください").inputValue()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await screenshot(page, "two-factor-setup");

  await card.getByLabel("認証アプリに表示されている6桁のコード").fill(wrongCode(secret));
  await card.getByRole("button", { name: "確認して有効にする" }).click();
  await expect(card.getByText("コードが正しくありません。認証アプリに表示されている最新のコードを入力してください。")).toBeVisible();
  await card.getByLabel("認証アプリに表示されている6桁のコード").fill(codeAt(secret));
  await card.getByRole("button", { name: "確認して有効にする" }).click();

  await expect(card.getByText("2段階認証を有効にしました。")).toBeVisible();
  const recoveryCodes = await card.getByRole("list", { name: "回復コードの一覧" }).getByRole("listitem").allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
  await screenshot(page, "two-factor-recovery-codes");
  await card.getByRole("button", { name: "保管しました" }).click();
  await expect(card.getByText(/から使っています。$/)).toBeVisible();
  await expect(card.getByText("使える回復コード：残り10個")).toBeVisible();
  // Shown once: a reload does not bring the codes back.
  await page.reload();
  await expect(page.getByRole("list", { name: "回復コードの一覧" })).toHaveCount(0);
  await screenshot(page, "two-factor-enabled");

  // The password alone no longer signs in: the form asks for the code.
  await signOut(page);
  await signIn(page, login);
  await expect(page.getByLabel("確認コード")).toBeFocused();
  await expect(page.getByText("2段階認証を設定しているアカウントです。")).toBeVisible();
  await expect(page).toHaveURL(/\/signin$/);
  await screenshot(page, "two-factor-signin-code");
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings$/);

  await signIn(page, login);
  await enterCode(page, wrongCode(secret));
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("コードが正しくありません。認証アプリに表示されている最新のコードを入力してください。");
  await expect(page.getByRole("button", { name: "確認してログインする" })).toBeEnabled();
  await screenshot(page, "two-factor-signin-wrong-code");

  // The next step's code: later than the one used to turn it on (a code works once).
  const fresh = codeAt(secret, 1);
  await enterCode(page, fresh);
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { level: 1, name: "設定" })).toBeVisible();

  // The same code again is a replay.
  await signOut(page);
  await signIn(page, login);
  await enterCode(page, fresh);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("コードが正しくありません。認証アプリに表示されている最新のコードを入力してください。");

  // A recovery code, typed in capitals: works once, not twice.
  await enterCode(page, recoveryCodes[0].toUpperCase());
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "ダッシュボード" })).toBeVisible();
  await signOut(page);
  await signIn(page, login);
  await enterCode(page, recoveryCodes[0]);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("コードが正しくありません。認証アプリに表示されている最新のコードを入力してください。");
  await screenshot(page, "two-factor-recovery-code-reused");

  // Back to the first step.
  await page.getByRole("button", { name: "ログイン名とパスワードの入力に戻る" }).click();
  await expect(page.getByLabel("ログイン名")).toHaveValue(login);

  // Turning it off needs the password and a code.
  await signIn(page, login);
  await enterCode(page, recoveryCodes[1]);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "ダッシュボード" })).toBeVisible();
  await page.goto("/settings");
  await expect(card.getByText("使える回復コード：残り8個")).toBeVisible();

  // New recovery codes need the password too, not only a code.
  const regenerate = card.getByRole("region", { name: "回復コードを作り直す" });
  await regenerate.getByLabel("パスワード").fill("not-my-password-5");
  await regenerate.getByLabel("認証アプリのコードまたは回復コード").fill(recoveryCodes[3]);
  await regenerate.getByRole("button", { name: "回復コードを作り直す" }).click();
  await expect(regenerate.getByText("パスワードまたはコードが正しくありません。")).toBeVisible();
  await expect(card.getByRole("list", { name: "回復コードの一覧" })).toHaveCount(0);

  const disable = card.getByRole("region", { name: "2段階認証をやめる" });
  await disable.getByLabel("パスワード").fill(password);
  await disable.getByLabel("認証アプリのコードまたは回復コード").fill(recoveryCodes[1]);
  await disable.getByRole("button", { name: "2段階認証をやめる" }).click();
  await expect(disable.getByText("パスワードまたはコードが正しくありません。")).toBeVisible();
  await disable.getByLabel("認証アプリのコードまたは回復コード").fill(recoveryCodes[2]);
  await disable.getByRole("button", { name: "2段階認証をやめる" }).click();
  await expect(card.getByText("2段階認証をやめました。")).toBeVisible();
  await expect(card.getByText("いまは使っていません。")).toBeVisible();
  await screenshot(page, "two-factor-disabled");

  await signOut(page);
  await signIn(page, login);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "ダッシュボード" })).toBeVisible();
});
