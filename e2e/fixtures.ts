import { test as base, expect, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";

export const password = "kumo-no-ue-de-hirune-42";

export function uniqueEmail(): string {
  return `e2e-${Date.now()}-${randomBytes(4).toString("hex")}@example.test`;
}

/** Every test fails on a browser error, a failed script or a CSP violation. */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    await use(page);
    expect(problems.filter((p) => !p.includes("401 (Unauthorized)"))).toEqual([]);
  },
});

export { expect };

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

/** Registers a new account through the form and lands on the dashboard. */
export async function registerNewUser(page: Page, email = uniqueEmail()): Promise<string> {
  await page.goto("/register");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード", { exact: true }).fill(password);
  await page.getByLabel("パスワード(確認)").fill(password);
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return email;
}

export async function signIn(page: Page, email: string, pass = password): Promise<void> {
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(pass);
  await page.getByRole("button", { name: "ログインする" }).click();
}
