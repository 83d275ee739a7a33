import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "@playwright/test";
import { addRegistration, expect, password, registerNewUser, screenshot, signIn, test } from "./fixtures";

/** From the top, so the sticky header and menu do not land in the middle of the full-page image. */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

const newPassword = "hoshi-wo-kazoeru-yoru-86";

/** Confirms her password in the export form, then reads data.json out of the downloaded ZIP. */
async function downloadExport(page: Page) {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "すべてのデータをダウンロード（ZIP）" }) });
  await form.getByLabel("パスワード", { exact: true }).fill(password);
  const download = page.waitForEvent("download");
  await form.getByRole("button", { name: "すべてのデータをダウンロード（ZIP）" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^account-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(readFileSync((await file.path())!));
  return { files, data: JSON.parse(strFromU8(files["data.json"])) };
}

function uploadEvidence(page: Page) {
  const body = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(4000, 7)]);
  const meta = {
    fileName: "memo.pdf",
    size: body.length,
    description: "",
    capturedAt: new Date(Date.now() - 60_000).toISOString(),
    caseId: "",
    stripMetadata: false,
  };
  return page.request.post("/api/evidence", {
    headers: { origin: new URL(page.url()).origin, "content-type": "application/octet-stream", "x-taikai-evidence": encodeURIComponent(JSON.stringify(meta)) },
    data: body,
  });
}

test("downloads everything as a ZIP whose data holds her registration, only after her password, and logs the export", async ({ page }) => {
  await registerNewUser(page);
  const handle = `yuzu${Date.now().toString(36)}`;
  await addRegistration(page, { handle, path: `/profile/${handle}` });
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 2, name: "データのダウンロード" })).toBeVisible();
  await shot(page, "account-settings");

  // A session alone (her phone in someone else's hands) does not open the export.
  expect((await page.request.get("/api/account/export")).status()).toBe(403);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "すべてのデータをダウンロード（ZIP）" }) });
  await form.getByLabel("パスワード", { exact: true }).fill("not-my-password-3");
  await form.getByRole("button", { name: "すべてのデータをダウンロード（ZIP）" }).click();
  await expect(form.getByText("パスワードが違います。")).toBeVisible();
  expect((await page.request.get("/api/account/export")).status()).toBe(403);

  const { data } = await downloadExport(page);
  await expect(page.getByText("ダウンロードを始めました。")).toBeVisible();
  // Once per confirmation.
  expect((await page.request.get("/api/account/export")).status()).toBe(403);
  expect(data.tables.Registration.map((r: { handle: string }) => r.handle)).toEqual([handle]);
  expect(data.tables.Registration[0].profileUrl).toContain(`/profile/${handle}`);
  expect(JSON.stringify(data)).not.toContain("argon2");

  await page.reload();
  const log = page.getByRole("list", { name: "セキュリティの記録" });
  await expect(log.getByRole("listitem").first()).toContainText("データのダウンロード");
  await expect(log).toContainText("アカウントの作成");
  await shot(page, "account-security-log");
});

test("changing the password keeps her signed in here, ends other sessions, and only the new one works", async ({ page, browser }) => {
  const login = await registerNewUser(page);
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 390, height: 844 }, locale: "ja-JP" });
  const otherPage = await other.newPage();
  await otherPage.goto("/signin");
  await signIn(otherPage, login);
  await expect(otherPage).toHaveURL(/\/dashboard$/);

  await page.goto("/settings");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "パスワードを変更する" }) });
  await form.getByLabel("現在のパスワード").fill("not-my-password-1");
  await form.getByLabel("新しいパスワード", { exact: true }).fill(newPassword);
  await form.getByLabel("新しいパスワード（確認）").fill(newPassword);
  await form.getByRole("button", { name: "パスワードを変更する" }).click();
  await expect(form.getByText("パスワードが違います。")).toBeVisible();

  await form.getByLabel("現在のパスワード").fill(password);
  await form.getByRole("button", { name: "パスワードを変更する" }).click();
  await expect(form.getByRole("status")).toHaveText("パスワードを変更しました。ほかの端末のログインは終了しました。");
  await shot(page, "account-password-changed");
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);

  await otherPage.goto("/settings");
  await expect(otherPage).toHaveURL(/\/signin/);
  await other.close();

  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await signIn(page, login, password);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("ログイン名またはパスワードが違います。");
  await signIn(page, login, newPassword);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("deleting the account needs her password, then erases it: goodbye page, no sign-in, no files", async ({ page }) => {
  const login = await registerNewUser(page);
  await addRegistration(page, { handle: "momo", path: "/profile/momo" });
  expect((await uploadEvidence(page)).ok()).toBe(true);
  await page.goto("/settings");
  const { data } = await downloadExport(page);
  const folder = join(process.env.TAIKAI_DATA_DIR!, "evidence", data.user.id);
  expect(existsSync(folder)).toBe(true);

  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "アカウントを完全に削除する" }) });
  await form.getByRole("button", { name: "アカウントを完全に削除する" }).click();
  await expect(form.getByText("入力してください。")).toBeVisible();
  await expect(form.getByText("確認のチェックを入れてください。")).toBeVisible();

  await form.getByLabel("パスワード", { exact: true }).fill("not-my-password-2");
  await form.getByLabel("削除すると元に戻せないことを理解しました").check();
  await form.getByRole("button", { name: "アカウントを完全に削除する" }).click();
  await expect(form.getByText("パスワードが違います。")).toBeVisible();
  await shot(page, "account-delete-wrong-password");

  await form.getByLabel("パスワード", { exact: true }).fill(password);
  await form.getByRole("button", { name: "アカウントを完全に削除する" }).click();
  await expect(page).toHaveURL(/\/goodbye$/);
  await expect(page.getByRole("heading", { level: 1, name: "削除が完了しました" })).toBeVisible();
  await expect(page.getByRole("link", { name: "ログイン" })).toBeVisible();
  await shot(page, "account-goodbye");
  expect(existsSync(folder)).toBe(false);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard$/);
  await signIn(page, login, password);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("ログイン名またはパスワードが違います。");
  expect((await page.request.get("/api/account/export")).status()).toBe(401);
});
