// Statements issue 13 found wrong or overstated, each checked against what the reference says.
import { describe, expect, it } from "vitest";
import escalationEn from "./escalation.en.json";
import escalationJa from "./escalation.ja.json";
import bodiesFile from "../lib/bodies/bodies.json";
import en from "./en.json";
import ja from "./ja.json";

describe("issue 13 wording", () => {
  it("wizard.facts.agreement.why: no flat 'cannot end it'; states art. 628 as the reference does, with its source marked unverified", () => {
    const text = ja.wizard.facts.agreement.why;
    expect(text).not.toContain("終わらせることはできません");
    expect(text).toMatch(/民法628条.*やむを得ない事由.*すぐに契約を解除できる/);
    expect(text).toMatch(/出典.*未確認/);
    expect(text).toContain("はっきり言えません");
    expect(en.wizard.facts.agreement.why).not.toMatch(/does not let you end/);
    expect(en.wizard.facts.agreement.why).toMatch(/source.*unverified/);
  });

  it("why.appiLawsuit: two weeks from the request's arrival or from a refusal, not from sending", () => {
    expect(escalationJa.why.appiLawsuit).toMatch(/届いてから2週間.*断られた/);
    expect(escalationJa.why.appiLawsuit).not.toMatch(/請求から2週間/);
    expect(escalationEn.why.appiLawsuit).toMatch(/reaches them.*refuse/);
  });

  it("why.freelanceActHarassment: obligatory only for a 特定業務委託事業者", () => {
    expect(escalationJa.why.freelanceActHarassment).toContain("特定業務委託事業者");
    expect(escalationJa.why.freelanceActHarassment).toContain("14条");
    expect(escalationEn.why.freelanceActHarassment).toMatch(/client with employees/);
  });

  it("the evening line and the 24-hour line: no hours stated in the reasons (the bodies' hours carry their own unverified marks)", () => {
    // The keys were renamed (eveningHotline → workingConditionsLine, listening24h → listening) when the hours moved
    // into the bodies' data; neither reason may claim an evening or a 24-hour service again.
    for (const m of [escalationJa, escalationEn]) {
      expect(m.why).not.toHaveProperty("eveningHotline");
      expect(m.why).not.toHaveProperty("listening24h");
      expect(m.why.workingConditionsLine).not.toMatch(/夜|夕方|17|22|evening|night/i);
      expect(m.why.listening).not.toMatch(/24|年中無休|always|any time/i);
    }
    // The reference has these hours only from 2014/2017 data and a glossary: never shown as verified.
    const hours = (slug: string) => bodiesFile.bodies.find((b) => b.slug === slug)?.hours;
    expect(hours("working-conditions-hotline")?.verified).toBe(false);
    expect(hours("yorisoi-hotline")?.verified).toBe(false);
  });

  it("the threats situation says it is the agency", () => {
    expect(escalationJa.situations.threats).toMatch(/^事務所から/);
    expect(escalationEn.situations.threats).toMatch(/^The agency/);
  });
});
