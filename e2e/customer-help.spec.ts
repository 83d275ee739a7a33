import type { Page } from "@playwright/test";
import { expect, screenshot, test } from "./fixtures";

/** The customer situations as the questionnaire shows them, and a body each must route to. */
const customerSituations = [
  { key: "customer_has_contact", label: "お客さんにLINE・電話番号・本名を知られている", body: /警察相談専用電話 #9110/ },
  { key: "customer_stalking", label: "お客さんから連絡がやまない・つきまとわれる", body: /警察署の生活安全課/ },
  { key: "customer_threatens_posting", label: "お客さんに、録画や写真をネットに出すと脅されている", body: /警察署の生活安全課/ },
  { key: "customer_posted", label: "お客さんに、録画や写真をネットに出された", body: /ぱっぷす/ },
  { key: "customer_money", label: "お客さんにお金を求められる・お金を貸した、送った", body: /消費者ホットライン188/ },
  { key: "customer_meet_offline", label: "お客さんに、会おうと言われている", body: /警察署の生活安全課/ },
  { key: "personal_info_posted", label: "本名や住所をネットに書かれた", body: /違法・有害情報相談センター/ },
] as const;

const results = (page: Page) => page.getByRole("region", { name: "あなたに合った相談先" });

async function answer(page: Page, { danger, situation }: { danger: "はい" | "いいえ"; situation?: string }) {
  await page.getByRole("group", { name: "いま、身の危険を感じていますか？" }).getByLabel(danger).check();
  if (situation) await page.getByLabel(situation).check();
  await page.getByRole("button", { name: "相談先を表示する" }).click();
}

test("signed out: from 'a customer is threatening to post my recordings' to the right bodies, the steps, and sign-up", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "110番に電話する" }).first()).toHaveAttribute("href", "tel:110");
  await page.getByRole("link", { name: /困ったときの相談先/ }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole("heading", { level: 1, name: "困ったときの相談先" })).toBeVisible();
  await answer(page, { danger: "いいえ", situation: "お客さんに、録画や写真をネットに出すと脅されている" });
  const found = results(page);
  await expect(found.getByRole("link", { name: "110番に電話する" })).toHaveCount(0);
  const headings = await found.getByRole("heading", { level: 3 }).allTextContents();
  // The guide first, then the bodies in order: the police station, #9110, the sexual-crime line.
  expect(headings[0]).toContain("手順：お客さんに、録画や写真をネットに出すと脅されている");
  expect(headings[1]).toContain("警察署の生活安全課");
  expect(headings[2]).toContain("#9110");
  expect(headings[3]).toContain("#8103");
  const guide = found.getByRole("region", { name: /^手順：/ });
  const steps = await guide
    .getByRole("listitem")
    .filter({ has: page.locator("p.font-semibold") })
    .locator("p.font-semibold")
    .allTextContents();
  expect(steps[0]).toContain("ブロックや削除の前に、証拠を残す");
  expect(steps.join("\n")).toMatch(/お金は払わない[\s\S]*サイトの運営（サポート）に報告する[\s\S]*性的な画像を公開することは罰せられることがあります/);
  await expect(guide.getByText(/長崎県警察/)).toBeVisible();
  await expect(guide.getByText(/2026年12月2日に読んだページ/).first()).toBeVisible();
  await expect(found.getByText("サイトの運営（サポート窓口）に、そのお客さんのIDと、いつ何があったかを報告する")).toBeVisible();
  await expect(found.getByRole("link", { name: "電話する #9110" })).toHaveAttribute("href", "tel:%239110");
  const signUp = found.getByRole("link", { name: "登録する" });
  await expect(signUp).toHaveAttribute("href", "/register");
  await screenshot(page, "help-customer-threatens-posting-ja");
  await signUp.click();
  await expect(page).toHaveURL(/\/register$/);
});

test("every customer situation has its own steps and bodies, signed out at 390 px", async ({ page }) => {
  for (const s of customerSituations) {
    await page.goto("/help");
    await answer(page, { danger: "いいえ", situation: s.label });
    const found = results(page);
    await expect(found.getByRole("region", { name: `手順：${s.label}` }), s.key).toBeVisible();
    await expect(found.getByRole("heading", { level: 3, name: s.body }).first(), s.key).toBeVisible();
    await expect(found.getByText("ブロックや削除の前に、証拠を残す"), s.key).toBeVisible();
    // Nothing wider than the phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, s.key).toBeLessThanOrEqual(0);
    await screenshot(page, `help-${s.key}-ja`);
  }
});

test("'danger now' alone is an answer, and 110 comes first", async ({ page }) => {
  await page.goto("/help");
  await answer(page, { danger: "はい" });
  const found = results(page);
  const call = found.getByRole("link", { name: /110番に電話する/ });
  await expect(call).toHaveAttribute("href", "tel:110");
  expect(await found.locator("a, h3").first().textContent()).toContain("110番に電話する");
  await expect(found.getByText(/まず110番へ。落ち着いたら/)).toBeVisible();
  await screenshot(page, "help-danger-only-ja");
});

test("the help page still asks for something when neither danger nor a situation is given", async ({ page }) => {
  await page.goto("/help");
  await page.getByRole("button", { name: "相談先を表示する" }).click();
  await expect(page.getByText("入力してください。", { exact: true }).first()).toBeVisible();
  await expect(results(page)).toHaveCount(0);
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the danger notice's tap-to-call links are there on the landing, help and bodies pages and in the footer", async ({ page }) => {
    for (const path of ["/", "/help", "/bodies", "/signin"]) {
      await page.goto(path);
      const call110 = page.getByRole("link", { name: "110番に電話する" });
      const call9110 = page.getByRole("link", { name: "#9110に電話する" });
      // The footer's line on every page; the full notice too except on sign-in.
      expect(await call110.count(), path).toBeGreaterThanOrEqual(path === "/signin" ? 1 : 2);
      for (const link of [call110, call9110]) await expect(link.first(), path).toBeVisible();
      for (const href of await call110.evaluateAll((links) => links.map((a) => a.getAttribute("href")))) expect(href, path).toBe("tel:110");
      for (const href of await call9110.evaluateAll((links) => links.map((a) => a.getAttribute("href")))) expect(href, path).toBe("tel:%239110");
    }
    await page.goto("/");
    await screenshot(page, "landing-no-js-ja");
  });
});
