import { test as base, expect, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";

export const password = "kumo-no-ue-de-hirune-42";

/** A login name no other test uses (scripts/test-layers.ts checks that none reaches the server's log). */
export function uniqueLogin(): string {
  return `e2e-${Date.now()}-${randomBytes(4).toString("hex")}`;
}

/** Every test fails on a browser error, a failed script or a CSP violation. */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      // The location names the resource behind a "Failed to load resource" message, which itself does not.
      if (message.type() === "error") problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    await use(page);
    expect(problems.filter((p) => !p.includes("401 (Unauthorized)"))).toEqual([]);
  },
});

export { expect };

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

/**
 * Types a login name into the sign-up form, which comes with a suggested one. A fill that lands while the page's
 * script starts can have its selection dropped and append to that name instead of replacing it (seen under load in
 * CI), so it fills until the field holds exactly the name.
 */
export async function fillLoginName(page: Page, login: string): Promise<void> {
  const field = page.getByLabel("ログイン名");
  await expect(async () => {
    await field.fill(login);
    await expect(field).toHaveValue(login, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** Registers a new account through the form (her own login name instead of the suggested one) and lands on the dashboard. */
export async function registerNewUser(page: Page, login = uniqueLogin()): Promise<string> {
  await page.goto("/register");
  await fillLoginName(page, login);
  await page.getByLabel("パスワード", { exact: true }).fill(password);
  await page.getByLabel("パスワード（確認）").fill(password);
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return login;
}

export async function signIn(page: Page, login: string, pass = password): Promise<void> {
  await page.getByLabel("ログイン名").fill(login);
  await page.getByLabel("パスワード").fill(pass);
  await page.getByRole("button", { name: "ログインする" }).click();
}

/** The loopback imitation of live-chat sites started beside the app by scripts/e2e-server.ts. */
export const fixtureUrl = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

/** Adds a registration on "other" site through the form and waits for its page. */
export async function addRegistration(page: Page, { handle, path, agency }: { handle: string; path: string; agency?: string }): Promise<void> {
  await page.goto("/dashboard/registrations/new");
  await page.getByLabel("サイト", { exact: true }).selectOption({ label: "その他（一覧にないサイト）" });
  await page.getByLabel("サイト名").fill("テストサイト");
  await page.getByLabel("このURLが、私のプロフィールのあるサイトのものであることを確認しました").check();
  await page.getByLabel("ハンドル名（サイトでの表示名）").fill(handle);
  await page.getByLabel("プロフィールのURL").fill(`${fixtureUrl}${path}`);
  if (agency) {
    await page.getByLabel("事務所（任意）").selectOption({ label: "新しい事務所を追加" });
    await page.getByLabel("事務所の名前").fill(agency);
  }
  await page.getByRole("button", { name: "保存して確認する" }).click();
  // Saving runs a real check of the profile (up to the checker's 15 s timeout) before the page changes.
  await expectUrlOrShowErrors(page, /\/dashboard\/registrations\/(?!new$)[a-z0-9]+$/, 30_000);
}

/** Waits for a page; if it never comes, the failure names the error messages on screen, not only the URL. */
export async function expectUrlOrShowErrors(page: Page, url: RegExp, timeout?: number): Promise<void> {
  try {
    await expect(page).toHaveURL(url, { timeout });
  } catch (error) {
    const shown = await page
      .locator("[role=alert], .text-red-700")
      .allInnerTexts()
      .catch(() => []);
    throw new Error(`${(error as Error).message}\nerrors on screen: ${JSON.stringify(shown)}`);
  }
}

/** A calendar date in Japan, days from today (negative for the past). */
export function isoDaysFromToday(days: number): string {
  return new Date(Date.now() + 9 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** Answers of the wizard's "how you work" step: at the agency's room on shifts with fines, or at home freely. */
export const agencyRoomFacts = ["はい", "はい", "はい", "事務所のルーム", "いいえ", "時給", "はい", "業務委託契約", "いいえ"];
export const homeFreelanceFacts = ["いいえ", "いいえ", "いいえ", "自宅", "はい", "売上の歩合", "はい", "業務委託契約", "いいえ"];
const factQuestions = [
  "事務所がシフト（出勤日や時間）を決めていますか？",
  "出勤・退勤の打刻や、時間の報告を求められますか？",
  "遅刻や欠勤で罰金や報酬の差し引きがありますか？",
  "どこで配信していますか？",
  "仕事（シフトや依頼）を断ることができますか？",
  "報酬はどう決まりますか？",
  "契約書はありますか？",
  "契約書の題名は？",
  "契約期間が決まっていますか？",
];

export async function answerWorkFacts(page: Page, answers: string[]): Promise<void> {
  for (const [i, question] of factQuestions.entries()) {
    await page.getByRole("group", { name: question }).getByLabel(answers[i], { exact: true }).check();
  }
}

/** From the step 2 result to the dates step, asking only that contact be in writing. */
export async function askWrittenContactOnly(page: Page): Promise<void> {
  await page.getByRole("button", { name: "次へ" }).click();
  await page.getByLabel(/今後の連絡は書面のみに/).check();
  await page.getByRole("button", { name: "次へ" }).click();
}

/** From the dates step to a sent case: notice 20 days ago, deadline 6 days ago, so the case is overdue. */
export async function sendOverdueRequest(page: Page, channel: string, atLetters?: (page: Page) => Promise<void>): Promise<void> {
  await page.getByLabel("申し入れの日").fill(isoDaysFromToday(-20));
  await page.getByLabel("回答の期限").fill(isoDaysFromToday(-6));
  await page.getByRole("button", { name: "日付を計算する" }).click();
  await page.getByRole("link", { name: "次へ" }).click();
  await page.getByRole("button", { name: "文面を作る" }).click();
  await atLetters?.(page);
  await page.getByRole("link", { name: "送ったら記録する" }).click();
  await page.getByLabel("送った日").fill(isoDaysFromToday(-20));
  await page.getByLabel("送った方法").selectOption({ label: channel });
  await page.getByRole("button", { name: "送ったことを記録する" }).click();
  await expect(page.getByText("回答の期限が過ぎました")).toBeVisible();
}
