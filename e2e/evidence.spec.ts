import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { unzipSync } from "fflate";
import type { Page } from "@playwright/test";
import { e2eDatabaseUrl } from "./database-url";
import { expect, registerNewUser, screenshot, test } from "./fixtures";
import { jpegWithExif, pngWithText } from "../lib/evidence/test-images";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** Gives the user a withdrawal case with an agency straight in the database (the wizard has its own tests). */
function seedCase(login: string, agency: string): void {
  const script = join(tmpdir(), `taikai-e2e-case-${process.pid}.mts`);
  const from = (file: string) => JSON.stringify(resolve(file));
  writeFileSync(
    script,
    `
    const { createDb } = await import(${from("lib/db/client.ts")});
    const { byLogin } = await import(${from("lib/auth/user-fields.ts")});
    const { sealAgencyName } = await import(${from("lib/agencies/crypto-fields.ts")});
    const { newId } = await import(${from("lib/db/new-id.ts")});
    const db = createDb(process.env.DATABASE_URL);
    const user = await db.user.findFirstOrThrow({ where: byLogin(process.env.SEED_LOGIN) });
    const agencyId = newId();
    await db.agency.create({ data: { id: agencyId, userId: user.id, nameEnc: sealAgencyName(agencyId, process.env.SEED_AGENCY) } });
    await db.case.create({ data: { userId: user.id, agencyId } });
    await db.$disconnect();
  `,
  );
  execFileSync("npx", ["tsx", script], { env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), SEED_LOGIN: login, SEED_AGENCY: agency }, stdio: "pipe" });
}

/** Uploads through the API as the page's user (same cookies), as the form does. */
function apiUpload(page: Page, body: Buffer, meta: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const origin = new URL(page.url()).origin;
  const fullMeta = {
    fileName: "file.png",
    size: body.length,
    description: "",
    capturedAt: new Date(Date.now() - 60_000).toISOString(),
    caseId: "",
    stripMetadata: true,
    ...meta,
  };
  return page.request.post("/api/evidence", {
    headers: { origin, "content-type": "application/octet-stream", "x-taikai-evidence": encodeURIComponent(JSON.stringify(fullMeta)), ...headers },
    data: body,
  });
}

test("upload a photo with its location removed, download it with the same hash, export the case bundle", async ({ page }) => {
  const login = await registerNewUser(page);
  seedCase(login, "ひまわり事務所");
  await page.goto("/evidence");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("証拠の保管");
  await expect(page.getByText(/1ファイル\d+\s(MB|KB)まで、合計\d+\s(GB|MB)まで/)).toBeVisible();
  await screenshot(page, "evidence-empty-ja");

  const photo = await jpegWithExif(320, 240);
  expect(photo.includes("TestPhone")).toBe(true);
  await expect(page.getByText("まだ選んでいません")).toBeVisible();
  await page.getByLabel("ファイル", { exact: true }).setInputFiles({ name: "スクショ.jpg", mimeType: "image/jpeg", buffer: photo });
  // She sees, in her language, which file she picked.
  await expect(page.getByText(/^スクショ\.jpg（[0-9.]+\sKB）$/)).toBeVisible();
  await page.getByLabel("説明（任意）").fill("退会を断られたLINEの画面");
  await page.getByLabel("関係する退会の申請（任意）").selectOption({ label: "ひまわり事務所" });
  await expect(page.getByLabel("位置情報などのメタデータを削除する（JPEG・PNG）")).toBeChecked();
  await page.getByRole("button", { name: "暗号化して保存する" }).click();
  const done = page.getByRole("status").filter({ hasText: "保存しました。" });
  await expect(done).toContainText("メタデータを削除したファイルを保存しました");
  const hash = (await done.getByText(/SHA-256: [0-9a-f]{64}/).textContent())!.match(/[0-9a-f]{64}/)![0];
  await expect(page.getByText("まだ選んでいません")).toBeVisible();

  const item = page.getByRole("listitem").filter({ hasText: "退会を断られたLINEの画面" });
  await expect(item).toContainText(`SHA-256: ${hash}`);
  await expect(item).toContainText("メタデータ削除済み");
  await expect(item).toContainText("退会の申請：ひまわり事務所");
  await expect(item).toContainText("スクショ.jpg");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "evidence-uploaded-ja");

  const downloadPromise = page.waitForEvent("download");
  await item.getByRole("link", { name: "スクショ.jpg をダウンロード" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("スクショ.jpg");
  const downloaded = readFileSync((await download.path())!);
  expect(sha(downloaded)).toBe(hash);
  expect(downloaded.includes("TestPhone")).toBe(false);
  expect(downloaded.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

  const href = (await item.getByRole("link", { name: /ダウンロード/ }).getAttribute("href"))!;
  const response = await page.request.get(href);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["cache-control"]).toContain("no-store");
  // The route's own strict policy, not the page policy proxy.ts gives pages (nothing in a download may run).
  expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(response.headers()["content-security-policy"]).toContain("sandbox");
  expect(response.headers()["content-security-policy"]).not.toContain("script-src");

  const bundlePromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "ひまわり事務所 の証拠をまとめる（ZIP）" }).click();
  const files = unzipSync(readFileSync((await (await bundlePromise).path())!));
  const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]));
  expect(manifest.items).toHaveLength(1);
  expect(manifest.items[0]).toMatchObject({ sha256: hash, description: "退会を断られたLINEの画面", metadataRemoved: true });
  for (const entry of manifest.items) expect(sha(files[entry.file])).toBe(entry.sha256);
  expect(new TextDecoder().decode(files["相談メモ.txt"])).toContain("相談メモ");

  await item.getByRole("button", { name: "削除" }).click();
  await expect(item.getByText("このファイルを完全に削除します。")).toBeVisible();
  await screenshot(page, "evidence-delete-confirm-ja");
  await item.getByRole("button", { name: "削除する" }).click();
  await expect(page.getByText("まだ何も保管していません。")).toBeVisible();
  expect((await page.request.get(href)).status()).toBe(404);
});

test("refuses programs, archives and oversized files, and cleans path-like names", async ({ page }) => {
  await registerNewUser(page);
  await page.goto("/evidence");
  const fileInput = page.getByLabel("ファイル", { exact: true });
  const save = page.getByRole("button", { name: "暗号化して保存する" });

  await save.click();
  await expect(page.getByText("ファイルを選んでください。")).toBeVisible();

  const program = Buffer.concat([Buffer.from("MZ\x90\x00"), Buffer.alloc(2000, 1)]);
  await fileInput.setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: program });
  await save.click();
  await expect(page.getByText("プログラムやスクリプトは保管できません。")).toBeVisible();

  const zip = Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(2000, 0)]);
  await fileInput.setInputFiles({ name: "contract.pdf", mimeType: "application/pdf", buffer: zip });
  await save.click();
  await expect(page.getByText("ZIPなどの圧縮ファイルは保管できません。")).toBeVisible();
  await screenshot(page, "evidence-errors-ja");

  // The server makes the same checks whatever the browser does.
  expect(await (await apiUpload(page, program, { fileName: "photo.png" })).json()).toEqual({ ok: false, error: "executable" });
  expect(await (await apiUpload(page, zip, { fileName: "contract.pdf" })).json()).toEqual({ ok: false, error: "archive" });
  expect(await (await apiUpload(page, Buffer.from("<svg onload=alert(1)>"), { fileName: "x.png" })).json()).toEqual({ ok: false, error: "unsupportedType" });
  // A body longer than it claims is not stored.
  const png = await pngWithText();
  expect((await apiUpload(page, png, { size: 10 })).status()).toBe(400);
  // Without this app's Origin (a form on another site), nothing is stored.
  expect((await apiUpload(page, png, {}, { origin: "https://evil.example" })).status()).toBe(403);

  // The limit the page states (TAIKAI_EVIDENCE_MAX_FILE_BYTES may lower it for tests).
  const [, amount, unit] = (await page.getByText(/1ファイル/).textContent())!.match(/1ファイル([\d.]+)\s(B|KB|MB|GB)/)!;
  const limit = Math.round(Number(amount) * 1024 ** ["B", "KB", "MB", "GB"].indexOf(unit));
  const tooBig = Buffer.alloc(Math.ceil(limit * 1.06) + 1, 0); // over the limit even if the page rounded it down
  Buffer.from("%PDF-1.4\n").copy(tooBig);
  const oversized = await apiUpload(page, tooBig, { fileName: "big.pdf" });
  expect(oversized.status()).toBe(413);
  expect(await oversized.json()).toEqual({ ok: false, error: "fileTooLarge" });

  const traversal = await apiUpload(page, png, { fileName: "../../etc/passwd.png" });
  expect(traversal.status()).toBe(201);
  expect((await traversal.json()).data.fileName).toBe("passwd.png");
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: "passwd.png" })).toContainText("メタデータ削除済み");
  await expect(page.getByText("../")).toHaveCount(0);
});

test("another user's evidence and bundles are not found", async ({ page, browser }) => {
  const login = await registerNewUser(page);
  seedCase(login, "つばき事務所");
  await page.goto("/evidence");
  const uploaded = await apiUpload(page, await pngWithText(), { fileName: "mine.png" });
  const { id } = (await uploaded.json()).data;
  const bundleHref = (await page.getByRole("link", { name: /つばき事務所 の証拠をまとめる/ }).getAttribute("href"))!;
  expect((await page.request.get(`/api/evidence/${id}`)).status()).toBe(200);
  expect((await page.request.get(bundleHref)).status()).toBe(200);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await registerNewUser(otherPage);
  expect((await otherPage.request.get(`/api/evidence/${id}`)).status()).toBe(404);
  expect((await otherPage.request.get(bundleHref)).status()).toBe(404);
  expect((await otherPage.request.get("/api/evidence/does-not-exist")).status()).toBe(404);
  await otherPage.goto("/evidence");
  await expect(otherPage.getByText("まだ何も保管していません。")).toBeVisible();
  await other.close();

  const signedOut = await browser.newContext();
  expect((await signedOut.request.get(`http://127.0.0.1:${process.env.E2E_PORT ?? 3100}/api/evidence/${id}`)).status()).toBe(401);
  await signedOut.close();
});
