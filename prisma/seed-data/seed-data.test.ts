import { describe, it, expect } from "vitest";
import { loadCatalogue } from "../../lib/sites/catalogue";
import { sites, profileUrlRegExpSource } from "./sites";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function hostBelongs(host: string, domains: string[]): boolean {
  const h = host.toLowerCase();
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

describe("sites", () => {
  const bySlug = new Map(sites.map((s) => [s.slug, s]));

  it("has unique kebab-case slugs", () => {
    const slugs = sites.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(KEBAB);
  });

  it("has no rule for the Japanese sites: they use the baseline method, and their facts come from the catalogue", () => {
    const catalogue = new Map(loadCatalogue().sites.map((s) => [s.slug, s]));
    expect(sites.map((s) => s.slug)).toEqual([...catalogue.keys()]);
    for (const site of sites.filter((s) => s.country === "JP")) {
      expect(site.rule, site.slug).toBeNull();
      expect(site.ruleStatus, site.slug).toBe("baseline");
      expect(site.notesJa, site.slug).toBeNull();
      const entry = catalogue.get(site.slug)!;
      expect(site.baseUrl, site.slug).toBe(entry.home?.url ?? null);
      expect(site.domains, site.slug).toEqual(entry.domains.hosts);
      // Only a handle template goes to the checker; a site-id template needs her number, not her handle.
      expect(site.profileUrlPattern, site.slug).toBe(entry.profile.kind === "handle" ? entry.profile.pattern : null);
    }
  });

  it("includes every overseas site with a current rule, one entry each", () => {
    for (const slug of [
      "livejasmin",
      "showup-tv",
      "stripchat",
      "bongacams",
      "chaturbate",
      "pocketstars",
      "royalcams",
      "amateur-tv",
      "camsoda",
      "myfreecams",
      "manyvids",
      "chaturbator-su",
    ]) {
      expect(bySlug.get(slug)?.ruleStatus, slug).toBe("verified");
    }
    const names = sites.map((s) => s.nameEn.toLowerCase().replace(/[^a-z0-9]/g, ""));
    expect(new Set(names).size).toBe(names.length);
  });

  it("every verified site has a rule with a signal, a source and a real ruleVerifiedOn", () => {
    for (const s of sites.filter((x) => x.ruleStatus === "verified")) {
      expect(s.rule, s.slug).not.toBeNull();
      expect(s.ruleSource, s.slug).toBeTruthy();
      expect(s.ruleVerifiedOn && isRealDate(s.ruleVerifiedOn), s.slug).toBe(true);
      const r = s.rule!;
      const signals = (r.presentCodes?.length ?? 0) + (r.absentCodes?.length ?? 0) + (r.presentStrings?.length ?? 0) + (r.absentStrings?.length ?? 0);
      expect(signals, s.slug).toBeGreaterThan(0);
      expect(s.country, s.slug).toBe("INTL");
    }
  });

  it("no baseline site claims a rule", () => {
    for (const s of sites.filter((x) => x.ruleStatus === "baseline")) {
      expect(s.rule, s.slug).toBeNull();
      expect(s.ruleVerifiedOn, s.slug).toBeNull();
      expect(s.ruleSource, s.slug).toBeNull();
    }
  });

  it("prefers a code-and-string rule where the references have one", () => {
    for (const slug of ["livejasmin", "showup-tv", "stripchat"]) {
      const r = bySlug.get(slug)!.rule!;
      expect(r.presentCodes?.length, slug).toBeGreaterThan(0);
      expect(r.presentStrings?.length, slug).toBeGreaterThan(0);
      expect(r.absentCodes?.length, slug).toBeGreaterThan(0);
      expect(r.absentStrings?.length, slug).toBeGreaterThan(0);
    }
  });

  it("never treats blocked responses as absent and never uses a marker containing the handle", () => {
    for (const s of sites) {
      const r = s.rule;
      if (!r) continue;
      for (const code of r.absentCodes ?? []) {
        expect([403, 429].includes(code) || code >= 500, `${s.slug}: ${code}`).toBe(false);
      }
      for (const marker of [...(r.presentStrings ?? []), ...(r.absentStrings ?? [])]) {
        expect(marker, s.slug).not.toMatch(/\{(handle|username|account)\}/);
        expect(marker.length, s.slug).toBeGreaterThan(0);
      }
    }
  });

  it("check URLs are absolute https templates with {handle} on a known domain", () => {
    for (const s of sites) {
      const checkUrl = s.rule?.checkUrl;
      if (!checkUrl) continue;
      expect(checkUrl, s.slug).toMatch(/^https:\/\//);
      expect(checkUrl, s.slug).toContain("{handle}");
      const host = new URL(checkUrl.replace("{handle}", "sample")).hostname;
      expect(hostBelongs(host, s.domains), `${s.slug}: ${host}`).toBe(true);
    }
  });

  it("baseUrl and profile URL templates stay on the listed domains", () => {
    for (const s of sites) {
      for (const d of s.domains) expect(d, s.slug).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
      if (s.baseUrl) {
        expect(s.domains.length, s.slug).toBeGreaterThan(0);
        expect(hostBelongs(new URL(s.baseUrl).hostname, s.domains), s.slug).toBe(true);
      }
      if (s.profileUrlPattern) {
        expect(s.profileUrlPattern, s.slug).toContain("{handle}");
        const host = new URL(s.profileUrlPattern.replace("{handle}", "sample")).hostname;
        expect(hostBelongs(host, s.domains), `${s.slug}: ${host}`).toBe(true);
      }
    }
  });

  it("each rule's profileUrlPattern is a valid RegExp that captures the handle from the profile URL", () => {
    const handle = "Sample_user-01";
    for (const s of sites) {
      const source = s.rule?.profileUrlPattern;
      if (!source) continue;
      expect(() => new RegExp(source, "i"), s.slug).not.toThrow();
      const re = new RegExp(source, "i");
      expect(s.profileUrlPattern, s.slug).not.toBeNull();
      const url = s.profileUrlPattern!.replace("{handle}", handle);
      expect(re.exec(url)?.[1], `${s.slug}: ${url}`).toBe(handle);
      expect(re.exec(`${url.replace(/\/$/, "")}/?ref=x`)?.[1], s.slug).toBe(handle);
      // The bare site root is not a profile.
      if (s.baseUrl) expect(re.test(`${s.baseUrl}/`), s.slug).toBe(false);
      // Another site's host must not match.
      expect(re.test(url.replace(/^https:\/\/[^/]+/, "https://example.com")), s.slug).toBe(false);
    }
  });

  it("profileUrlRegExpSource handles subdomain handles and alternative hosts", () => {
    const sub = new RegExp(profileUrlRegExpSource("https://{handle}.manyvids.com"), "i");
    expect(sub.exec("https://Alice.manyvids.com/")?.[1]).toBe("Alice");
    expect(sub.test("https://www.example.com/")).toBe(false);
    expect(sub.test("https://www.manyvids.com/")).toBe(false);
    const alt = new RegExp(profileUrlRegExpSource("https://bongacams.com/profile/{handle}", ["bongacams.com", "pt.bongacams.com"]), "i");
    expect(alt.exec("https://pt.bongacams.com/profile/bob")?.[1]).toBe("bob");
    expect(alt.test("https://evilbongacams.com/profile/bob")).toBe(false);
    expect(alt.test("https://bongacams.com/profile/")).toBe(false);
  });
});
