import { describe, expect, it } from "vitest";
import { articleKeys, articles, legalBases, relatedArticles } from "./legal-bases";
import { legalBasisKeys } from "./keys";

const entries = [...Object.values(articles), ...Object.values(legalBases)];

describe("legal bases and articles", () => {
  it("has one entry per key, each with its own key", () => {
    expect(Object.keys(articles).sort()).toEqual([...articleKeys].sort());
    expect(Object.keys(legalBases).sort()).toEqual([...legalBasisKeys].sort());
    for (const [key, entry] of Object.entries({ ...articles, ...legalBases })) expect(entry.key).toBe(key);
  });

  it("marks everything unverified: the references quote secondary sites, not e-Gov", () => {
    for (const entry of entries) expect(entry.verified).toBe(false);
  });

  it("gives a date and says it is the reference file's date, and a source or a note why there is none", () => {
    for (const entry of entries) {
      expect(entry.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.dateIsFileDate).toBe(true);
      expect(entry.titleJa && entry.titleEn && entry.summaryJa && entry.summaryEn && entry.sourceNameJa).toBeTruthy();
      if (entry.sourceUrl === null) expect(entry.noteJa && entry.noteEn).toBeTruthy();
      else expect(entry.sourceUrl).toMatch(/^https?:\/\//);
    }
  });

  it("the day-count rule (民法140条) has no source in the references and says so", () => {
    expect(articles.civil_140.sourceUrl).toBeNull();
    expect(articles.civil_140.noteJa).toContain("未確認");
  });

  it("every basis and related list points at known articles", () => {
    for (const basis of Object.values(legalBases)) for (const a of basis.articles) expect(articleKeys).toContain(a);
    for (const list of Object.values(relatedArticles)) for (const a of list) expect(articleKeys).toContain(a);
    expect(legalBases.civil_627_1.endsImmediately).toBe(false);
    expect(legalBases.civil_651.articles).toEqual(["civil_651", "civil_656"]);
  });
});
