import { describe, expect, it } from "vitest";
import en from "../../messages/escalation.en.json";
import ja from "../../messages/escalation.ja.json";
import bodiesFile from "../bodies/bodies.json";
import { parseBodiesFile } from "../bodies/schema";
import { customerGuides, guideFor, guideSources, guideStepKeys, guideSteps, type GuideStepKey } from "./customer-guides";
import { dangerNumbers, telHref } from "./phone-link";
import { routeBodies } from "./routing";
import { customerSituations, questionnaireSchema } from "./situations";

const bodies = parseBodiesFile(bodiesFile);
const blocking: GuideStepKey[] = ["blockLine", "blockPhone", "blockOnSite"];
const route = (situations: (typeof customerSituations)[number][], dangerNow = false) =>
  routeBodies({ situations, employmentType: "UNKNOWN", dangerNow }, bodies);
const slugs = (r: ReturnType<typeof route>) => r.bodies.map((b) => b.body.slug);

describe("the customer guides (data)", () => {
  it("give every customer situation its own steps, each step once", () => {
    for (const s of customerSituations) {
      expect(customerGuides[s].length, s).toBeGreaterThan(2);
      expect(new Set(customerGuides[s]).size, s).toBe(customerGuides[s].length);
    }
  });

  it("keep the evidence before any blocking (blocking or deleting can lose the history)", () => {
    for (const s of customerSituations) {
      const steps = customerGuides[s];
      expect(steps, s).toContain("keepEvidence");
      for (const b of blocking) if (steps.includes(b)) expect(steps.indexOf("keepEvidence"), `${s}: ${b}`).toBeLessThan(steps.indexOf(b));
    }
  });

  it("report him to the site for every customer situation, and name the police where he follows, threatens or posts", () => {
    for (const s of customerSituations.filter((s) => s !== "personal_info_posted")) expect(customerGuides[s], s).toContain("reportToSite");
    expect(customerGuides.customer_stalking).toEqual(expect.arrayContaining(["policeStalkerLaw", "policeWhatToBring"]));
    expect(customerGuides.customer_threatens_posting).toEqual(expect.arrayContaining(["privateImagesLaw", "doNotPay", "policeWhatToBring"]));
    expect(customerGuides.customer_posted).toContain("privateImagesLaw");
    expect(customerGuides.customer_money).toContain("moneyConsumer");
  });

  it("mark a step verified only when it rests on official pages, each read on a recorded day", () => {
    for (const key of guideStepKeys) {
      const step = guideSteps[key];
      for (const id of step.sources) expect(guideSources[id], `${key}: ${id}`).toBeDefined();
      if (step.verified) {
        expect(step.sources.length, key).toBeGreaterThan(0);
        for (const id of step.sources) expect(guideSources[id].kind, `${key}: ${id}`).toBe("official");
      }
    }
    for (const [id, s] of Object.entries(guideSources)) {
      expect(s.readOn, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.url, id).toMatch(/^https?:\/\//);
    }
    // What LINE's block does was read only in third-party articles.
    expect(guideSteps.blockLine.verified).toBe(false);
    expect(guideSteps.blockLine.sources.map((id) => guideSources[id].kind)).toEqual(["article", "article"]);
    expect(guideFor("customer_stalking")[0].sources[0].title).toContain("愛知県警察");
  });

  it("has a title and a body for every step in both languages, and the legal steps name the law", () => {
    for (const key of guideStepKeys)
      for (const m of [ja, en]) {
        const step = (m.guides.steps as Record<string, { title: string; body: string }>)[key];
        expect(step?.title, key).toBeTruthy();
        expect(step?.body, key).toBeTruthy();
      }
    expect(ja.guides.steps.policeStalkerLaw.body).toMatch(/ストーカー規制法.*警告.*禁止命令/);
    expect(ja.guides.steps.privateImagesLaw.body).toContain("私事性的画像記録の提供等による被害の防止に関する法律");
    expect(ja.guides.steps.privateImagesLaw.body).toContain("告訴");
    expect(ja.guides.steps.blockLine.body).toMatch(/通知は届きません.*新しいアカウント/);
    expect(ja.guides.lead).toContain("法律相談ではありません");
  });
});

describe("routing the customer situations", () => {
  it("a customer threatening to post recordings: the police station, #9110 and the sexual-crime line, then the image and legal help", () => {
    const r = route(["customer_threatens_posting"]);
    expect(slugs(r)).toEqual([
      "police-station-safety-division",
      "police-consultation-9110",
      "police-sexual-crime-8103",
      "paps",
      "bar-association-legal-consultation",
    ]);
    expect(r.firstSteps).toEqual(["reportCustomerToSite"]);
    expect(r.guides).toEqual([{ situation: "customer_threatens_posting", steps: customerGuides.customer_threatens_posting }]);
  });

  it("in danger, 110 comes first and #9110 is left out", () => {
    const r = route(["customer_stalking"], true);
    expect(slugs(r)[0]).toBe("police-emergency-110");
    expect(slugs(r)).not.toContain("police-consultation-9110");
    expect(slugs(r)).toContain("police-station-safety-division");
  });

  it("money trouble routes to 188 (seeded, now used), posted images to the deletion services, a posted address to the removal help", () => {
    expect(slugs(route(["customer_money"]))).toContain("consumer-hotline-188");
    expect(slugs(route(["customer_posted"])).slice(0, 2)).toEqual(["paps", "safe-line"]);
    expect(slugs(route(["personal_info_posted"]))).toEqual(expect.arrayContaining(["illegal-harmful-info-center", "slander-hotline", "human-rights-110"]));
  });

  it("several customer situations: each guide once, the site report once", () => {
    const r = route(["customer_money", "customer_stalking", "customer_stalking"]);
    expect(r.guides.map((g) => g.situation)).toEqual(["customer_stalking", "customer_money"]);
    expect(r.firstSteps).toEqual(["reportCustomerToSite"]);
  });

  it("an agency situation alone has no customer guide", () => {
    expect(routeBodies({ situations: ["cannot_quit"], employmentType: "EMPLOYEE", dangerNow: false }, bodies).guides).toEqual([]);
  });
});

describe("the danger path without friction", () => {
  it("'danger now' alone is a complete answer, and it gives 110 first", () => {
    const parsed = questionnaireSchema.safeParse({ dangerNow: true });
    expect(parsed.success && parsed.data).toEqual({ situations: [], employmentType: "UNKNOWN", dangerNow: true });
    const r = routeBodies(parsed.success ? parsed.data : { situations: [], employmentType: "UNKNOWN", dangerNow: true }, bodies);
    expect(r.callPoliceFirst).toBe(true);
    expect(r.bodies.map((b) => b.body.slug)).toEqual(["police-emergency-110"]);
  });

  it("without danger, a situation is still needed", () => {
    expect(questionnaireSchema.safeParse({ dangerNow: false }).success).toBe(false);
    expect(questionnaireSchema.safeParse({ dangerNow: false, situations: ["customer_money"] }).success).toBe(true);
  });

  it("writes # as %23 in tel: links", () => {
    expect(dangerNumbers).toEqual({ police: "tel:110", consultation: "tel:%239110" });
    expect(telHref("#9110")).toBe("tel:%239110");
    expect(telHref("#8103")).toBe("tel:%238103");
    expect(telHref("0120-532-110")).toBe("tel:0120532110");
    expect(telHref("110")).toBe("tel:110");
  });
});
