import { describe, expect, it } from "vitest";
import { loadCatalogue, partnersOf, storedFacts } from "./catalogue";
import { profileUrlFromHandle, profileUrlFromSiteId, siteIdFromProfileUrl } from "./profile-url";
import { parseCatalogue, storedSiteFactsSchema, type Catalogue, type Source } from "./schema";

const catalogue = loadCatalogue();
const bySlug = new Map(catalogue.sites.map((s) => [s.slug, s]));
const clone = (): Catalogue => structuredClone(catalogue);

function sourcesOf(node: unknown): Source[] {
  if (Array.isArray(node)) return node.flatMap(sourcesOf);
  if (!node || typeof node !== "object") return [];
  const entries = Object.entries(node as Record<string, unknown>);
  return entries.flatMap(([key, value]) => (key === "source" && value ? [value as Source] : sourcesOf(value)));
}

function japaneseTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(japaneseTexts);
  if (!node || typeof node !== "object") return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    key === "ja" && typeof value === "string" ? [value] : japaneseTexts(value),
  );
}

describe("the site catalogue (lib/sites/catalogue.json)", () => {
  it("holds every site the issue names, with ポケットワーク as an agency note, not a site", () => {
    const names = catalogue.sites.map((s) => s.name);
    for (const name of [
      "FANZAライブチャット",
      "エンジェルライブ",
      "ライブチャットジュエル",
      "DXLIVE",
      "チャットピア",
      "マダムライブ",
      "ガールズチャット",
      "Mocha（モカ）",
      "BBchat",
      "モコム",
      "ライブでゴーゴー",
      "マシェリ",
      "FC2ライブ",
      "Cam4",
      "XLoveCam",
      "Streamate",
    ]) {
      expect(names, name).toContain(name);
    }
    expect(names).not.toContain("ポケットワーク");
    expect(catalogue.agencies.map((a) => a.name)).toEqual(["ポケットワーク"]);
    expect(catalogue.agencies[0].withdrawal.route).toBe("VIA_AGENCY");
  });

  it("keeps the overseas sites already catalogued", () => {
    for (const slug of ["livejasmin", "stripchat", "chaturbate", "manyvids", "xcams"]) expect(bySlug.has(slug), slug).toBe(true);
  });

  it("gives every fact a source with a read date, and only the site's own pages verify anything", () => {
    const sources = sourcesOf(catalogue);
    expect(sources.length).toBeGreaterThan(100);
    for (const s of sources) {
      if (s.kind !== "official") expect(s.verified, s.detail).toBe(false);
      // Internal index ids are cited in the detail, never offered as a link.
      if (s.url) expect(s.url, s.detail).not.toMatch(/find_string/);
    }
    // Every profile pattern comes from third-party code or data, so none is verified.
    for (const site of catalogue.sites) if (site.profile.kind !== "unknown") expect(site.profile.source.verified, site.slug).toBe(false);
  });

  it("writes Japanese with full-width punctuation", () => {
    const texts = japaneseTexts(catalogue);
    expect(texts.length).toBeGreaterThan(50);
    // Addresses and paths quoted in a sentence keep their own characters.
    const withoutAddresses = (t: string) => t.replace(/[A-Za-z0-9./_=?&:-]*[./][A-Za-z0-9./_=?&…-]+/g, "");
    for (const text of texts) expect(withoutAddresses(text), text).not.toMatch(/[(),!?:;]/);
  });

  it("keeps the researched address patterns, never one for a site whose pattern is unknown", () => {
    expect(bySlug.get("dxlive")!.profile).toMatchObject({ kind: "handle", pattern: "https://www.dxlive.com/preview/{handle}" });
    expect(bySlug.get("cam4")!.profile).toMatchObject({ kind: "handle", pattern: "https://www.cam4.com/{handle}" });
    expect(bySlug.get("streamate")!.profile).toMatchObject({ kind: "handle", pattern: "https://streamate.com/cam/{handle}" });
    expect(bySlug.get("fanza-live-chat")!.profile).toMatchObject({
      kind: "site-id",
      idFormat: "digits",
      pattern: "https://www.dmm.co.jp/live/chat/-/chat_room/=/character_id={id}/",
    });
    for (const slug of ["chatpia", "madam-live", "bbchat", "macherie", "fc2-live", "livede55"]) expect(bySlug.get(slug)!.profile.kind, slug).toBe("site-id");
    for (const slug of ["angel-live", "live-chat-jewel", "girls-chat", "mocha", "mocom", "xlovecam"])
      expect(bySlug.get(slug)!.profile.kind, slug).toBe("unknown");
  });

  it("builds an address on the site's own domains from every known pattern", () => {
    for (const site of catalogue.sites) {
      const p = site.profile;
      const url = p.kind === "handle" ? profileUrlFromHandle(p, "sample01") : p.kind === "site-id" ? profileUrlFromSiteId(p, "12345") : null;
      if (p.kind === "unknown") {
        expect(url, site.slug).toBeNull();
        continue;
      }
      expect(url, site.slug).not.toBeNull();
      const host = new URL(url!).hostname;
      expect(
        site.domains.hosts.some((d) => host === d || host.endsWith(`.${d}`)),
        `${site.slug}: ${host}`,
      ).toBe(true);
      if (p.kind === "site-id") expect(siteIdFromProfileUrl(p, url!), site.slug).toBe("12345");
    }
  });

  it("says where the number is for every site-id pattern, and why for every unknown one", () => {
    for (const site of catalogue.sites) {
      if (site.profile.kind === "site-id") expect(site.profile.where.ja, site.slug).toMatch(/アドレス/);
      if (site.profile.kind === "unknown") expect(site.profile.note.ja, site.slug).toMatch(/分かっていません|ありません|見つかっていません/);
    }
  });

  it("names a route's steps in both languages whenever the route is known", () => {
    for (const site of catalogue.sites) {
      const w = site.withdrawal;
      if (w.route !== "UNKNOWN") expect(w.steps && w.source, site.slug).toBeTruthy();
    }
    expect(bySlug.get("fanza-live-chat")!.withdrawal.route).toBe("VIA_AGENCY");
    expect(bySlug.get("macherie")!.withdrawal.route).toBe("OPERATOR_SUPPORT");
    expect(bySlug.get("fc2-live")!.withdrawal.route).toBe("SELF_SERVICE");
  });

  it("keeps the visibility warnings the checker must respect", () => {
    const cam4 = bySlug
      .get("cam4")!
      .visibility.map((v) => v.text.ja)
      .join();
    expect(cam4).toMatch(/国や地域ごとにプロフィールを見えなく/);
    expect(
      bySlug
        .get("angel-live")!
        .visibility.map((v) => v.text.ja)
        .join(),
    ).toMatch(/ログインできなくても、退会したとは限りません/);
  });

  it("links sites of the same network both ways, with the relation and its source", () => {
    const angel = partnersOf(catalogue, "angel-live");
    expect(angel.find((p) => p.slug === "livede55")).toMatchObject({ relation: "same-operator", network: "rias" });
    expect(partnersOf(catalogue, "livede55").some((p) => p.slug === "angel-live")).toBe(true);
    expect(partnersOf(catalogue, "live-chat-jewel").find((p) => p.slug === "madam-live")?.relation).toBe("possibly-same-operator");
    expect(partnersOf(catalogue, "streamate").map((p) => p.name)).toEqual(expect.arrayContaining(["Pornhub Live", "Cammodels"]));
    expect(partnersOf(catalogue, "macherie").every((p) => p.slug === null)).toBe(true);
    expect(
      partnersOf(catalogue, "fanza-live-chat")
        .map((p) => p.slug)
        .sort(),
    ).toEqual(["angel-live", "chatpia", "live-chat-jewel", "livede55", "madam-live"]);
    expect(partnersOf(catalogue, "stripchat")).toEqual([]);
    for (const site of catalogue.sites) expect(storedSiteFactsSchema.safeParse(storedFacts(catalogue, site)).success, site.slug).toBe(true);
  });
});

describe("parseCatalogue refuses bad data and names where it is", () => {
  function problemsOf(change: (c: Catalogue) => void): string {
    const data = clone();
    change(data);
    try {
      parseCatalogue(data);
    } catch (error) {
      return (error as Error).message;
    }
    return "";
  }

  it("a third-party source marked verified", () => {
    expect(problemsOf((c) => ((c.sites[0].home!.source as Source).verified = true))).toMatch(
      /sites\.0\.home\.source\.verified: only the site's own page can verify a fact/,
    );
  });

  it("a pattern of the wrong kind, or on another site's domain", () => {
    const dx = catalogue.sites.findIndex((s) => s.slug === "dxlive");
    expect(problemsOf((c) => ((c.sites[dx].profile as { pattern: string }).pattern = "https://www.dxlive.com/preview/{id}"))).toMatch(
      new RegExp(`sites\\.${dx}\\.profile\\.pattern`),
    );
    expect(problemsOf((c) => ((c.sites[dx].profile as { pattern: string }).pattern = "https://evil.example/{handle}"))).toMatch(
      /profile host evil\.example is not on the site's domains/,
    );
  });

  it("a known route without steps, a bad date, an unknown network member, a duplicate slug", () => {
    expect(problemsOf((c) => (c.sites[0].withdrawal.steps = null))).toMatch(/sites\.0\.withdrawal/);
    expect(problemsOf((c) => ((c.sites[0].home!.source as Source).read = "2026-02-30"))).toMatch(/sites\.0\.home\.source\.read/);
    expect(problemsOf((c) => c.networks[0].members.push({ slug: "no-such-site" }))).toMatch(/unknown site no-such-site/);
    expect(problemsOf((c) => (c.sites[1].slug = c.sites[0].slug))).toMatch(/duplicate slug/);
  });

  it("an unexpected field (a typo is not silently ignored)", () => {
    expect(problemsOf((c) => Object.assign(c.sites[0], { withdrawl: {} }))).toMatch(/sites\.0/);
  });
});
