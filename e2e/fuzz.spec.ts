// Server Actions are public POST endpoints, route handlers too: every action of the built app (ids read from
// .next/server/server-reference-manifest.json) and every route handler is called directly, as a signed-in user,
// with wrong types, missing fields, huge and deep input, invalid UTF-8 and another user's ids. No answer may be a
// 5xx, no answer may carry the other user's data, and neither user's pages may change.
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addRegistration, agencyRoomFacts, answerWorkFacts, askWrittenContactOnly, expect, isoDaysFromToday, registerNewUser, test } from "./fixtures";

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };
const manifest = JSON.parse(readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
  node: Record<string, ManifestEntry>;
};

/** "app/(app)/withdrawal/[id]/step/[step]/page" → "/withdrawal/<id>/step/1": a real page that holds the action. */
function pagePathOf(worker: string, ids: Record<string, string>): string {
  const path = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]*\)/g, "")
    .replace(/\[(\w+)\]/g, (_, name: string) => ids[name] ?? "1");
  return path || "/";
}

const victimHandle = "fuzz-victim-himari";
const victimAgency = "ファズ被害者事務所";
const megabyte = "x".repeat(1024 * 1024);
const deep = "[".repeat(10_000) + "]".repeat(10_000);
const invalidUtf8 = Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0x22, 0x5d]);

type Body = { data: string | Buffer };

/** Bodies for any action: each is the raw text (or bytes) of the JSON array of its arguments. */
function genericBodies(foreign: { caseId: string; registrationId: string; evidenceId: string; eventId: string }): Body[] {
  const junk: unknown[] = [
    null,
    0,
    -1,
    1e308,
    true,
    "",
    "x",
    [],
    {},
    { ok: true },
    ["a"],
    "../../etc/passwd",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    { __proto__: { admin: true } },
    { constructor: { prototype: { polluted: true } } },
    "$K1",
    "$@0",
    "$undefined",
    "\u0000",
  ];
  // Flight references to chunks that do not exist, and bodies that are not an array of arguments at all.
  const flightRefs = ["$Q0", "$T", "$W0", "$B0", "$h0", "$n", "$D"];
  return [
    ...["", "null", "not json", "[1,2", "{}", '"x"', "1"].map((data) => ({ data })),
    ...flightRefs.flatMap((v) => [{ data: JSON.stringify([v]) }, { data: JSON.stringify([v, v, v]) }]),
    { data: "[]" },
    ...junk.map((v) => ({ data: JSON.stringify([v]) })),
    ...junk.map((v) => ({ data: JSON.stringify([v, v, v]) })),
    { data: JSON.stringify([megabyte]) },
    { data: JSON.stringify(["x", { note: megabyte, description: megabyte, name: megabyte }]) },
    { data: JSON.stringify(["x".repeat(900_000)]) },
    { data: `[${deep}]` },
    { data: `[${"[".repeat(1000)}${"]".repeat(1000)}]` },
    { data: `[{"a":${'{"a":'.repeat(500)}1${"}".repeat(500)}}]` },
    { data: JSON.stringify([Array.from({ length: 100_000 }, (_, i) => i)]) },
    { data: JSON.stringify([Array.from({ length: 100_000 }, () => "x"), Array.from({ length: 50_000 }, () => ({}))]) },
    { data: invalidUtf8 },
    { data: Buffer.concat([Buffer.from('["'), Buffer.alloc(1000, 0xff), Buffer.from('"]')]) },
    // Numbers where strings go, strings where objects go, everything with another user's ids.
    { data: JSON.stringify([12345, { type: 1, occurredOn: 20260101, note: 5, newDeadline: false }]) },
    { data: JSON.stringify([foreign.caseId]) },
    { data: JSON.stringify([foreign.registrationId]) },
    { data: JSON.stringify([foreign.evidenceId]) },
    { data: JSON.stringify([foreign.eventId]) },
  ];
}

/** Well-formed input aimed at the other user's rows: every one of these must be refused as not found. */
function foreignBodies(name: string, f: { caseId: string; registrationId: string; evidenceId: string; eventId: string }): unknown[][] {
  const event = { type: "NOTE", occurredOn: isoDaysFromToday(-1), note: "侵入", newDeadline: "" };
  const registration = {
    siteId: "other",
    customSiteName: "乗っ取り",
    confirmOtherDomain: true,
    handle: "attacker",
    profileUrl: "http://127.0.0.1:1/profile/x",
    confirmProfileUrl: true,
    agencyId: "",
    newAgencyName: "",
    registeredOn: "",
    withdrawalRequestedOn: "",
  };
  const letter = { kind: "reminder", situations: [], wants: "", appiData: [], registrationId: "" };
  const byAction: Record<string, unknown[][]> = {
    checkNowAction: [[f.registrationId]],
    deleteRegistrationAction: [[f.registrationId]],
    updateRegistrationAction: [[f.registrationId, registration]],
    createLetterAction: [
      [f.caseId, letter],
      [f.caseId, { ...letter, kind: "takedown", registrationId: f.registrationId }],
    ],
    deleteEvidenceAction: [[f.evidenceId]],
    updateEvidenceAction: [
      [f.evidenceId, { description: "侵入", caseId: "" }],
      [f.evidenceId, { description: "", caseId: f.caseId }],
    ],
    addEventAction: [
      [f.caseId, event],
      [f.caseId, { ...event, type: "COMPLETED" }],
    ],
    editEventAction: [[f.eventId, { occurredOn: isoDaysFromToday(-2), note: "侵入" }]],
    saveFactsAction: [[f.caseId, {}, null]],
    saveDatesAction: [[f.caseId, { noticeDate: isoDaysFromToday(0), replyDeadline: isoDaysFromToday(14), chosenLastWorkingDay: "" }]],
    saveSenderAction: [[f.caseId, { senderName: "侵入", senderAddress: "", agencyAddress: "", grid: "20x26", vertical: false }]],
    saveRequestsAction: [[f.caseId, { items: ["delete_accounts"] }]],
    markSentAction: [[f.caseId, { sentOn: isoDaysFromToday(0), channel: "LINE" }]],
    saveWhoAction: [
      [f.caseId, { agencyId: "new", newAgency: { name: "侵入" }, registrationIds: [f.registrationId] }],
      [null, { agencyId: "new", newAgency: { name: "" }, registrationIds: [f.registrationId] }],
    ],
    // Another user's ids where a customer-trouble record's id goes: nothing to find, nothing made.
    createTroubleLetterAction: [
      [f.caseId, { kind: "memo", asks: [], platformName: "", postUrl: "", privateImages: false, wants: "", senderName: "", contactEmail: "", myHandle: "" }],
      [f.caseId, { kind: "takedown", asks: [], platformName: "x", postUrl: "https://x.example/", privateImages: "yes" }],
    ],
    deleteTroubleAction: [[f.caseId], [f.evidenceId]],
    createTroubleAction: [
      [{ siteSlug: "../../etc", siteName: "", customerId: "x", kind: "STALKING", whatHappened: "x", firstContactOn: "", lastIncidentOn: "" }],
    ],
  };
  return byAction[name] ?? [];
}

type Victim = { login: string; registrationId: string; caseId: string; evidenceId: string; eventId: string; page: Page };

async function createVictim(browser: Browser, baseURL: string): Promise<Victim> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "ja-JP", timezoneId: "Asia/Tokyo", baseURL });
  const page = await context.newPage();
  const login = await registerNewUser(page);
  await addRegistration(page, { handle: victimHandle, path: `/profile/${victimHandle}` });
  const registrationId = page.url().split("/").pop()!;
  // A sent case through the wizard, as she would.
  await page.goto("/withdrawal/new");
  await page.getByLabel("事務所", { exact: true }).selectOption({ label: "新しい事務所を追加" });
  await page.getByLabel("事務所の名前").fill(victimAgency);
  await page.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "次へ" }).click();
  await answerWorkFacts(page, agencyRoomFacts);
  await page.getByRole("button", { name: "判定する" }).click();
  await askWrittenContactOnly(page);
  await page.getByLabel("申し入れの日").fill(isoDaysFromToday(-3));
  await page.getByLabel("回答の期限").fill(isoDaysFromToday(11));
  await page.getByRole("button", { name: "日付を計算する" }).click();
  await page.getByRole("link", { name: "次へ" }).click();
  await page.getByRole("button", { name: "文面を作る" }).click();
  await page.getByRole("link", { name: "送ったら記録する" }).click();
  await page.getByLabel("送った日").fill(isoDaysFromToday(-3));
  await page.getByLabel("送った方法").selectOption({ label: "LINE" });
  await page.getByRole("button", { name: "送ったことを記録する" }).click();
  await expect(page).toHaveURL(/\/withdrawal\/[a-z0-9]+$/);
  const caseId = page.url().split("/").pop()!;
  // Her evidence, uploaded as the form does.
  const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(2000, 0x20)]);
  const meta = {
    fileName: "reply.pdf",
    size: pdf.length,
    description: "返信",
    capturedAt: new Date(Date.now() - 60_000).toISOString(),
    caseId,
    stripMetadata: false,
  };
  const upload = await page.request.post("/api/evidence", {
    headers: { origin: baseURL, "content-type": "application/octet-stream", "x-taikai-evidence": encodeURIComponent(JSON.stringify(meta)) },
    data: pdf,
  });
  expect(upload.status()).toBe(201);
  const evidenceId = (await upload.json()).data.id as string;
  // The id of her "sent" event, from the props of its edit form in the page's RSC payload.
  const html = await (await page.request.get(`/withdrawal/${caseId}`)).text();
  const eventId = /eventId\\?":\\?"([a-z0-9]{16,})/.exec(html)?.[1];
  expect(eventId, "the event id on her case page").toBeTruthy();
  return { login, registrationId, caseId, evidenceId, eventId: eventId!, page };
}

/** What she sees on her pages: compared before and after the fuzzing. */
async function observe(page: Page, paths: string[]): Promise<string[]> {
  const seen: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    seen.push(`${path}\n${(await page.locator("main").innerText()).replace(/\d+ ?(秒|分|時間)前/g, "")}`);
  }
  return seen;
}

test("every server action and route handler refuses bad input and other users' ids without a 5xx or a change", async ({ page, browser, baseURL }) => {
  test.setTimeout(600_000);
  const origin = baseURL!;
  const victim = await createVictim(browser, origin);
  const victimPaths = ["/dashboard", `/dashboard/registrations/${victim.registrationId}`, "/withdrawal", `/withdrawal/${victim.caseId}`, "/evidence"];
  const victimBefore = await observe(victim.page, victimPaths);
  expect(victimBefore.join("\n")).toContain(victimHandle);

  await registerNewUser(page);
  const attackerPaths = ["/dashboard", "/withdrawal"];
  const attackerBefore = await observe(page, attackerPaths);
  const request: APIRequestContext = page.context().request;
  const ids = { id: victim.caseId, caseId: victim.caseId, step: "1" };
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let cases = 0;

  const check = async (label: string, send: () => Promise<{ status: () => number; text: () => Promise<string> }>) => {
    cases++;
    let status: number;
    let body = "";
    try {
      const response = await send();
      status = response.status();
      body = await response.text().catch(() => "");
    } catch (error) {
      failures.push(`${label}: request failed: ${(error as Error).message.split("\n")[0]}`);
      return;
    }
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (status >= 500) failures.push(`${label}: ${status} ${body.slice(0, 200)}`);
    if (body.includes(victimHandle) || body.includes(victim.login) || body.includes(victimAgency))
      failures.push(`${label}: answer holds the other user's data`);
  };

  // Server actions, last the one that ends her own sessions (a legitimate effect of calling it at all).
  const actions = Object.entries(manifest.node).sort(
    ([, a], [, b]) => Number(a.exportedName === "signOutEverywhereAction") - Number(b.exportedName === "signOutEverywhereAction"),
  );
  expect(actions.length).toBeGreaterThan(10);
  for (const [actionId, entry] of actions) {
    const path = pagePathOf(Object.keys(entry.workers)[0], ids);
    const headers = { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Origin: origin, Accept: "text/x-component" };
    const bodies: Body[] = [...genericBodies(victim), ...foreignBodies(entry.exportedName, victim).map((args) => ({ data: JSON.stringify(args) }))];
    for (const [i, { data }] of bodies.entries()) {
      await check(`${entry.exportedName} #${i} on ${path}`, () => request.post(path, { headers, data, maxRedirects: 0, timeout: 60_000 }));
    }
    // Multipart (as a <form action> posts) with junk fields, and a foreign Origin.
    const multiparts: Record<string, string>[] = [
      { "1_$ACTION_ID_x": "1", "1": megabyte.slice(0, 1000), "0": '["$K1"]' },
      { "0": '["$Q9"]' },
      { "0": '["$@1"]', "1": "not json" },
      { "0": `[${deep}]` },
      { "0": "[1," },
      { "0": JSON.stringify([victim.caseId]), "1": JSON.stringify([victim.caseId]) },
    ];
    for (const [i, multipart] of multiparts.entries()) {
      await check(`${entry.exportedName} multipart #${i}`, () =>
        request.post(path, { headers: { "Next-Action": actionId, Origin: origin }, multipart, maxRedirects: 0 }),
      );
    }
    await check(`${entry.exportedName} cross-origin`, () =>
      request.post(path, { headers: { ...headers, Origin: "https://evil.example" }, data: JSON.stringify([victim.caseId]), maxRedirects: 0 }),
    );
  }
  // An action id that does not exist, and a malformed one.
  for (const bogus of ["0".repeat(42), "zz", "x".repeat(10_000)]) {
    await check(`unknown action ${bogus.slice(0, 8)}`, () =>
      request.post("/dashboard", {
        headers: { "Next-Action": bogus, "Content-Type": "text/plain;charset=UTF-8", Origin: origin },
        data: "[]",
        maxRedirects: 0,
      }),
    );
  }

  // Route handlers: odd methods, ids and bodies. (Signed in again: the last action above ended her sessions.)
  await page.context().clearCookies();
  const attacker = await registerNewUser(page);
  expect(attacker).toMatch(/^e2e-\d+-[0-9a-f]{8}$/);
  const oddIds = [
    victim.caseId,
    victim.evidenceId,
    "does-not-exist",
    "x".repeat(65),
    "x".repeat(5000),
    "..%2F..%2Fsecrets.json",
    "%00",
    "%E3%81",
    "'%20OR%201%3D1",
    "$K1",
    "0",
    "-1",
    "%F0%9F%92%A9",
  ];
  const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
  const routes = (id: string) => [
    `/api/evidence/${id}`,
    `/api/cases/${id}/documents/notice`,
    `/api/cases/${id}/documents/naiyou`,
    `/api/cases/${id}/documents/reminder`,
    `/api/cases/${id}/documents/${id}`,
    `/api/cases/${id}/calendar`,
    `/api/cases/${id}/bundle`,
    `/api/documents/${id}`,
    `/api/documents/${id}?format=txt`,
  ];
  for (const id of oddIds) {
    for (const url of routes(id)) {
      for (const method of id === victim.caseId || id === victim.evidenceId ? methods : ["GET", "POST"]) {
        await check(`${method} ${url.slice(0, 80)}`, () =>
          request.fetch(url, { method, headers: { Origin: origin }, data: method === "GET" || method === "HEAD" ? undefined : invalidUtf8, maxRedirects: 0 }),
        );
      }
    }
  }
  for (const method of methods) {
    await check(`${method} /api/health`, () =>
      request.fetch("/api/health", { method, data: method === "GET" || method === "HEAD" ? undefined : deep, maxRedirects: 0 }),
    );
    await check(`${method} /api/evidence`, () =>
      request.fetch("/api/evidence", { method, headers: { Origin: origin }, data: method === "GET" || method === "HEAD" ? undefined : "x", maxRedirects: 0 }),
    );
  }
  const upload = (meta: unknown, data: string | Buffer, extra: Record<string, string> = {}) =>
    request.post("/api/evidence", {
      headers: {
        Origin: origin,
        "Content-Type": "application/octet-stream",
        "x-taikai-evidence": typeof meta === "string" ? meta : encodeURIComponent(JSON.stringify(meta)),
        ...extra,
      },
      data,
      maxRedirects: 0,
    });
  const goodMeta = { fileName: "a.pdf", size: 12, description: "", capturedAt: new Date(Date.now() - 60_000).toISOString(), caseId: "", stripMetadata: false };
  const metas: unknown[] = [
    "",
    "%",
    "%E3%81",
    "not json",
    encodeURIComponent(deep),
    "{}",
    null,
    [],
    { ...goodMeta, size: "12" },
    { ...goodMeta, size: -1 },
    { ...goodMeta, size: 1e308 },
    { ...goodMeta, caseId: victim.caseId },
    { ...goodMeta, caseId: "x".repeat(65) },
    { ...goodMeta, troubleId: victim.caseId },
    { ...goodMeta, troubleId: 42 },
    { ...goodMeta, capturedAt: "yesterday" },
    { ...goodMeta, capturedAt: "2999-01-01T00:00:00Z" },
    { ...goodMeta, fileName: "../../../etc/passwd" },
    { ...goodMeta, fileName: "x".repeat(100_000) },
    { ...goodMeta, stripMetadata: "yes" },
    { ...goodMeta, description: 7 },
  ];
  for (const meta of metas) await check(`upload meta ${JSON.stringify(meta)?.slice(0, 40)}`, () => upload(meta, "%PDF-1.4\nabc"));
  await check("upload without Origin", () =>
    request.post("/api/evidence", {
      headers: { "Content-Type": "application/octet-stream", "x-taikai-evidence": encodeURIComponent(JSON.stringify(goodMeta)) },
      data: "%PDF-1.4\nabc",
    }),
  );
  await check("upload as JSON", () => request.post("/api/evidence", { headers: { Origin: origin, "Content-Type": "application/json" }, data: deep }));
  await check("upload invalid utf-8 meta header bytes", () => upload(goodMeta, invalidUtf8, { "x-taikai-evidence": "%FF%FE%C3%28" }));
  await check("upload executable with a victim case", () =>
    upload({ ...goodMeta, size: 12, caseId: victim.caseId }, Buffer.concat([Buffer.from("MZ"), Buffer.alloc(10)])),
  );
  await check("upload size mismatch", () => upload({ ...goodMeta, size: 5 }, "%PDF-1.4\nabc"));

  // The sign-in endpoint: odd bodies and methods.
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const signInBodies: { data?: string | Buffer; form?: Record<string, string>; type: string }[] = [
    { type: "application/json", data: JSON.stringify({ csrfToken, login: victim.login, password: ["x"] }) },
    { type: "application/json", data: deep },
    { type: "application/x-www-form-urlencoded", data: invalidUtf8 },
    { type: "application/x-www-form-urlencoded", data: `csrfToken=${csrfToken}&login[]=a&login[]=b&password[$ne]=1` },
    { type: "application/x-www-form-urlencoded", data: `csrfToken=${csrfToken}&login=${encodeURIComponent(victim.login)}&password=${"x".repeat(1024 * 1024)}` },
    { type: "application/x-www-form-urlencoded", data: `csrfToken=${csrfToken}&login=%E3%81&password=%FF` },
    { type: "application/x-www-form-urlencoded", data: `login=${encodeURIComponent(victim.login)}&password=x` },
    { type: "text/plain", data: "" },
    { type: "multipart/form-data; boundary=zzz", data: '--zzz\r\nContent-Disposition: form-data; name="login"\r\n\r\nx\r\n--zzz--' },
  ];
  for (const [i, body] of signInBodies.entries()) {
    await check(`sign-in body #${i}`, () =>
      request.post("/api/auth/callback/credentials", { headers: { "Content-Type": body.type }, data: body.data, maxRedirects: 0 }),
    );
  }
  for (const method of ["GET", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
    await check(`${method} sign-in`, () => request.fetch("/api/auth/callback/credentials", { method, maxRedirects: 0 }));
  }
  for (const path of [
    "/api/auth/callback/nope",
    "/api/auth/%00",
    "/api/auth/session?x=%E3%81",
    "/api/auth/providers",
    "/api/nope",
    "/withdrawal/%E3%81",
    "/dashboard/registrations/%",
    "/%FF",
  ]) {
    await check(`GET ${path}`, () => request.get(path, { maxRedirects: 0 }));
  }

  console.log(`fuzz cases: ${cases}`);
  console.log(
    `  answers by status: ${[...statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}×${n}`)
      .join(", ")}`,
  );
  expect(failures).toEqual([]);

  // Nothing changed for her, and nothing appeared for the attacker (who has a fresh account with nothing in it).
  expect(await observe(victim.page, victimPaths)).toEqual(victimBefore);
  const attackerAfter = await observe(page, attackerPaths);
  expect(attackerAfter.map((s) => s.replace(/\S+@example\.test/g, ""))).toEqual(attackerBefore.map((s) => s.replace(/\S+@example\.test/g, "")));
  // Her own locker may hold the one well-formed upload above, its path-like name reduced to a plain name.
  await page.goto("/evidence");
  const locker = await page.locator("main").innerText();
  expect(locker).not.toContain("../");
  expect(locker).not.toContain("etc/passwd");
  await victim.page.context().close();
});
