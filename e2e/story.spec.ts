import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { addRegistration, answerWorkFacts, expect, homeFreelanceFacts, registerNewUser, screenshot, sendOverdueRequest, test } from "./fixtures";
import { pngWithText } from "../lib/evidence/test-images";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** The PDF's text, and its first page rendered beside the screenshots (text that extracts can still fail to draw). */
function pdfText(pdf: Uint8Array, screenshotName: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "taikai-story-")), "memo.pdf");
  writeFileSync(file, pdf);
  execFileSync("pdftoppm", ["-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", file, `e2e/screenshots/${screenshotName}`]);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}

// One journey, as a new user on a phone: every screen and the bundle's memo tell the same, current story.
test("sign-up to a case bundle whose 相談メモ lists its evidence and says the deadline passed", async ({ page }) => {
  test.setTimeout(180_000);
  // The sign-in page offers registration, not itself.
  await page.goto("/signin");
  await expect(page.getByRole("banner").getByRole("link", { name: "新規登録" })).toHaveAttribute("href", "/register");
  await expect(page.getByRole("banner").getByRole("link", { name: "ログイン" })).toHaveCount(0);
  await screenshot(page, "story-00-signin-ja");
  await registerNewUser(page);
  await screenshot(page, "story-01-dashboard-ja");

  // The tick that confirms an address comes after the address.
  await page.goto("/dashboard/registrations/new");
  await page.getByLabel("サイト", { exact: true }).selectOption({ label: "その他（一覧にないサイト）" });
  const url = page.getByLabel("プロフィールのURL");
  const tick = page.getByLabel("このURLが、私のプロフィールのあるサイトのものであることを確認しました");
  const [urlTop, tickTop] = await Promise.all([url.evaluate((e) => e.getBoundingClientRect().top), tick.evaluate((e) => e.getBoundingClientRect().top)]);
  expect(tickTop).toBeGreaterThan(urlTop);
  await screenshot(page, "story-02-add-site-ja");

  await addRegistration(page, { handle: "Kotone", path: "/profile/Kotone" });
  await screenshot(page, "story-02-registration-ja");

  await page.goto("/withdrawal/new");
  await page.getByLabel("事務所", { exact: true }).selectOption({ label: "新しい事務所を追加" });
  await page.getByLabel("事務所の名前").fill("在宅チャット事務所");
  await page.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "次へ" }).click();
  await answerWorkFacts(page, homeFreelanceFacts);
  await page.getByRole("button", { name: "判定する" }).click();
  await expect(page.getByRole("region", { name: "判定の結果" }).getByText("業務委託（フリーランス）")).toBeVisible();
  await screenshot(page, "story-03-wizard-result-ja");
  await page.getByRole("button", { name: "次へ" }).click();
  await page.getByLabel(/すべてのサイトのアカウントとプロフィールの削除/).check();
  await page.getByRole("button", { name: "次へ" }).click();
  await sendOverdueRequest(page, "メール", async () => {
    // The 内容証明 text: its summary in the choice's words, and the characters to check named (her handle's letters).
    await expect(page.getByText(/^20字×26行・\d+枚/)).toBeVisible();
    await expect(page.getByText(/確認が必要な文字が\d+か所あります/)).toBeVisible();
    await expect(page.getByText(/^\d+行目：「Kotone」$/).first()).toBeVisible();
    await screenshot(page, "story-03-letters-ja");
  });
  // The overdue phrase keeps together on one line.
  const over = page.getByText("（6日過ぎています）");
  await expect(over).toHaveCSS("white-space", "nowrap");
  await screenshot(page, "story-04-case-overdue-ja");

  await page.getByRole("link", { name: "相談先を探す" }).click();
  await page.getByRole("group", { name: "いま、身の危険を感じていますか？" }).getByLabel("いいえ").check();
  await page.getByLabel("辞めさせてくれない（「後任を見つけて」など）").check();
  await page.getByRole("button", { name: "相談先を表示する" }).click();
  const resultsTitle = page.getByRole("heading", { name: "あなたに合った相談先" });
  await expect(resultsTitle).toBeFocused();
  // The results start below the sticky header, not under it.
  const headerBottom = await page
    .locator("header")
    .first()
    .evaluate((h) => h.getBoundingClientRect().bottom);
  await expect.poll(() => resultsTitle.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom);
  await page.screenshot({ path: "e2e/screenshots/story-05-escalation-results-ja.png" });

  await page.getByRole("link", { name: /在宅チャット事務所 — 書類を作る/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "相談に持っていく書類と文面" })).toBeVisible();
  // What she just answered is carried over, not asked again.
  await expect(page.getByLabel("辞めさせてくれない（「後任を見つけて」など）")).toBeChecked();
  await expect(page.getByText("相談先を探したときの答えを入れてあります。")).toBeVisible();
  await page.getByLabel("これからどうしたいか（相談メモに書きます）").fill("契約を終わらせて、プロフィールを消してほしい。");
  await page.getByRole("button", { name: "書類を作る" }).click();
  const saved = page.getByRole("region", { name: "作った書類" });
  const memoCard = saved.getByRole("heading", { name: "相談メモ", exact: true }).locator("xpath=..");
  await expect(memoCard).toBeVisible();
  await expect(memoCard.getByText(/に作成$/)).toBeVisible();
  await expect(memoCard.getByText(/この書類を作った後に、記録が変わりました/)).toHaveCount(0);
  await memoCard.getByText("本文を表示").click();
  await expect(memoCard.getByText(/回答期限（.+）を過ぎても、事務所から回答がありません（6日経過）。/)).toBeVisible();
  await screenshot(page, "story-06-memo-ja");

  await page.goto("/evidence");
  const photo = await pngWithText(200, 120);
  await page.getByLabel("ファイル", { exact: true }).setInputFiles({ name: "返信なし.png", mimeType: "image/png", buffer: photo });
  await page.getByLabel("説明（任意）").fill("期限を過ぎても返信がないメールの画面");
  await page.getByLabel("関係する退会の申請（任意）").selectOption({ label: "在宅チャット事務所" });
  await page.getByRole("button", { name: "暗号化して保存する" }).click();
  const done = page.getByRole("status").filter({ hasText: "保存しました。" });
  const hash = (await done.getByText(/SHA-256: [0-9a-f]{64}/).textContent())!.match(/[0-9a-f]{64}/)![0];
  await screenshot(page, "story-07-evidence-ja");

  // The memo written before the evidence says it is out of date.
  await page.goto("/withdrawal");
  await page
    .getByRole("link", { name: /在宅チャット事務所/ })
    .first()
    .click();
  await page.getByRole("link", { name: "相談用の書類を作る" }).click();
  await expect(page.getByText(/この書類を作った後に、記録が変わりました/)).toBeVisible();
  await screenshot(page, "story-08-letters-changed-ja");

  await page.goto("/evidence");
  const bundlePromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "在宅チャット事務所 の証拠をまとめる（ZIP）" }).click();
  const files = unzipSync(readFileSync((await (await bundlePromise).path())!));
  const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
  expect(manifest.items).toHaveLength(1);
  expect(manifest.items[0].sha256).toBe(hash);
  for (const entry of manifest.items) expect(sha(files[entry.file])).toBe(entry.sha256);

  const memo = pdfText(files["相談メモ.pdf"], "story-10-bundle-memo-pdf").replace(/\s+/g, "");
  expect(memo).toContain("返信なし.png");
  expect(memo).toContain(hash);
  expect(memo).not.toContain("証拠】（SHA-256は全64桁）記録なし");
  expect(memo).toContain("を過ぎても、事務所から回答がありません（6日経過）");
  expect(memo).toContain("辞めさせてもらえない");
  expect(memo).toContain("契約を終わらせて、プロフィールを消してほしい。");
  expect(new TextDecoder().decode(files["相談メモ.txt"])).toContain(hash);

  // Signing out everywhere is not styled like deleting the account.
  await page.goto("/settings");
  const everywhere = page.getByRole("button", { name: "すべての端末からログアウトする" });
  await expect(everywhere).toBeVisible();
  await expect(everywhere).not.toHaveClass(/bg-red/);
  await screenshot(page, "story-09-settings-ja");
});
