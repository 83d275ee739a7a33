// Run only with E2E_HTTPS=1: the app behind a TLS-terminating front with NEXTAUTH_URL=https://…, as deployed. Proves
// HSTS is sent and every cookie the app or next-auth sets is Secure, HttpOnly and SameSite=Lax, and that sign-in,
// the sign-in gate and server actions (with their Origin check) work behind the front.
import { addRegistration, expect, registerNewUser, test } from "./fixtures";

test("over HTTPS: HSTS, and every cookie Secure, HttpOnly and SameSite=Lax", async ({ page, context, baseURL }) => {
  expect(baseURL).toMatch(/^https:\/\//);
  const landing = await page.goto("/");
  expect(landing?.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");

  await registerNewUser(page);
  const dashboard = await page.request.get("/dashboard", { maxRedirects: 0 });
  expect(dashboard.status()).toBe(200);
  expect(dashboard.headers()["strict-transport-security"]).toContain("max-age=63072000");

  // A server action behind the front (Origin https://…, forwarded to the app over loopback) and a check-now.
  await addRegistration(page, { handle: "https-himari", path: "/profile/https-himari" });
  await expect(page.getByText("https-himari").first()).toBeVisible();

  // The app's own cookies: language and discreet mode.
  await page.goto("/settings");
  const discreet = page.getByRole("form", { name: "目立たないモード" });
  await discreet.getByLabel("ブラウザのタブ名とアイコンを目立たないものにする").check();
  await discreet.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByText("保存しました。")).toBeVisible();
  await page.getByRole("main").getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

  const cookies = await context.cookies();
  const names = cookies.map((c) => c.name).sort();
  expect(names).toEqual(expect.arrayContaining(["__Host-next-auth.csrf-token", "__Secure-next-auth.session-token", "NEXT_LOCALE", "taikai_discreet"]));
  for (const cookie of cookies) {
    expect({ name: cookie.name, secure: cookie.secure, httpOnly: cookie.httpOnly, sameSite: cookie.sameSite }).toEqual({
      name: cookie.name,
      secure: true,
      httpOnly: true,
      sameSite: "Lax",
    });
  }

  // Signed out, the gate still reads the "__Secure-" cookie name: the dashboard sends her to sign in.
  await context.clearCookies();
  const gated = await page.request.get("/dashboard", { maxRedirects: 0 });
  expect(gated.status()).toBe(307);
  expect(gated.headers().location).toContain("/signin");
});
