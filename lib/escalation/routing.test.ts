import { describe, expect, it } from "vitest";
import bodiesFile from "../bodies/bodies.json";
import { parseBodiesFile, powerKinds } from "../bodies/schema";
import { routeBodies as route, type RoutingAnswers } from "./routing";
import { dangerRule, firstStepKeys, routedBodySlugs, routingTable, whyKeys, type BodySlug } from "./routing-table";
import { agencySituations, customerSituations, employmentTypes, prefectures, questionnaireSchema, situations } from "./situations";

const bodies = parseBodiesFile(bodiesFile);
const seeded = new Map(bodies.map((b) => [b.slug, b]));
const routeBodies = (answers: RoutingAnswers) => route(answers, bodies);
const slugsOf = (r: ReturnType<typeof routeBodies>) => r.bodies.map((b) => b.body.slug);
const labourOnly: BodySlug[] = [
  "labour-consultation-corner",
  "labour-standards-inspection-office",
  "working-conditions-hotline",
  "prefectural-labour-consultation",
];
const freelanceOnly: BodySlug[] = ["freelance-trouble-110", "jftc-sme-agency-freelance-act", "labour-bureau-equal-employment-freelance"];
const prefectureSpecific: BodySlug[] = [
  "labour-consultation-corner",
  "labour-standards-inspection-office",
  "bar-association-legal-consultation",
  "prefectural-labour-consultation",
  "labour-bureau-equal-employment-freelance",
  "police-station-safety-division",
];
/** The rows that send her to #9110 when she is not in danger now (in danger, 110 replaces it). */
const withNonEmergencyPolice = [
  "threats",
  "customer_has_contact",
  "customer_stalking",
  "customer_threatens_posting",
  "customer_money",
  "customer_meet_offline",
  "personal_info_posted",
];

const cases = situations.flatMap((s) => employmentTypes.flatMap((t) => [false, true].map((dangerNow) => [s, t, dangerNow] as const)));

describe("routeBodies for every situation × employment type × danger", () => {
  it.each(cases)("%s / %s / danger %s", (situation, employmentType, dangerNow) => {
    const r = routeBodies({ situations: [situation], employmentType, dangerNow });
    const slugs = slugsOf(r);
    expect(r.callPoliceFirst).toBe(dangerNow);
    // At least one body besides the police.
    expect(slugs.filter((s) => s !== "police-emergency-110").length).toBeGreaterThan(0);
    // Every slug is seeded; no duplicates; ranks 1..n in order.
    for (const s of slugs) expect(seeded.has(s), s).toBe(true);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(r.bodies.map((b) => b.rank)).toEqual(slugs.map((_, i) => i + 1));
    // 110 first iff in danger, and nowhere otherwise.
    expect(slugs[0] === "police-emergency-110").toBe(dangerNow);
    expect(slugs.includes("police-emergency-110")).toBe(dangerNow);
    // #9110 only for threats (by the agency or a customer) without immediate danger.
    expect(slugs.includes("police-consultation-9110")).toBe(withNonEmergencyPolice.includes(situation) && !dangerNow);
    // Labour-only bodies never for genuine freelancers; freelance windows never for employees.
    if (employmentType === "FREELANCER") for (const s of labourOnly) expect(slugs).not.toContain(s);
    if (employmentType === "EMPLOYEE") for (const s of freelanceOnly) expect(slugs).not.toContain(s);
    for (const b of r.bodies) {
      expect(b.body.phone.local, b.body.slug).toBe(prefectureSpecific.includes(b.body.slug as BodySlug));
      expect(b.whyKeys.length).toBeGreaterThan(0);
      for (const k of b.whyKeys) expect(whyKeys).toContain(k);
      for (const p of b.body.powers.kinds) expect(powerKinds).toContain(p);
      if (b.body.url?.officeList) expect(b.body.url.value).toMatch(/^https:\/\//);
    }
  });
});

describe("routing table (data)", () => {
  it("has a non-empty row for every situation and employment type, all slugs in the bodies file", () => {
    for (const s of situations)
      for (const t of employmentTypes) {
        const row = routingTable[s].bodies[t];
        expect(row.length, `${s}/${t}`).toBeGreaterThan(0);
        for (const e of row) expect(seeded.has(e.slug), e.slug).toBe(true);
      }
    for (const slug of [...routedBodySlugs, dangerRule.first, dangerRule.replaces]) expect(seeded.has(slug), slug).toBe(true);
  });

  it("names the reference row each situation comes from, once each", () => {
    const references = situations.map((s) => routingTable[s].reference);
    for (const r of references) expect(r.trim().length).toBeGreaterThan(5);
    expect(new Set(references).size).toBe(situations.length);
  });

  it("keeps only routing: no body fact is stated in the table", () => {
    for (const s of situations)
      for (const t of employmentTypes) for (const e of routingTable[s].bodies[t]) expect(Object.keys(e).sort()).toEqual(["slug", "source", "why"]);
  });

  it("never lists a labour-law body for a genuine freelancer or a freelance window for an employee", () => {
    for (const s of situations) {
      for (const e of routingTable[s].bodies.FREELANCER) expect(seeded.get(e.slug)!.eligible.scope, `${s}: ${e.slug}`).not.toBe("workers");
      for (const e of routingTable[s].bodies.EMPLOYEE) expect(seeded.get(e.slug)!.eligible.scope, `${s}: ${e.slug}`).not.toBe("freelancers");
    }
  });

  it("transcribes the reference rows in their order of first contact", () => {
    const slugs = (s: (typeof situations)[number], t: (typeof employmentTypes)[number]) =>
      routingTable[s].bodies[t].filter((e) => e.source === "table").map((e) => e.slug);
    expect(slugs("cannot_quit", "EMPLOYEE")).toEqual([
      "labour-consultation-corner",
      "labour-standards-inspection-office",
      "houterasu",
      "bar-association-legal-consultation",
    ]);
    expect(slugs("cannot_quit", "FREELANCER_IN_SUBSTANCE_EMPLOYEE")).toEqual(["labour-standards-inspection-office", "freelance-trouble-110", "houterasu"]);
    expect(slugs("cannot_quit", "FREELANCER")).toEqual(["freelance-trouble-110", "houterasu", "bar-association-legal-consultation"]);
    expect(slugs("penalty", "EMPLOYEE")).toEqual(["labour-standards-inspection-office", "labour-consultation-corner", "houterasu"]);
    expect(slugs("penalty", "FREELANCER")).toEqual(["freelance-trouble-110", "jftc-sme-agency-freelance-act", "bar-association-legal-consultation"]);
    expect(slugs("withheld_pay", "EMPLOYEE")).toEqual([
      "labour-standards-inspection-office",
      "working-conditions-hotline",
      "bar-association-legal-consultation",
    ]);
    expect(slugs("withheld_pay", "FREELANCER_IN_SUBSTANCE_EMPLOYEE")).toEqual([
      "labour-standards-inspection-office",
      "jftc-sme-agency-freelance-act",
      "freelance-trouble-110",
    ]);
    expect(slugs("withheld_pay", "FREELANCER")).toEqual(["jftc-sme-agency-freelance-act", "freelance-trouble-110", "houterasu"]);
    expect(slugs("threats", "FREELANCER")).toEqual(["police-consultation-9110", "womens-human-rights-hotline", "yorisoi-hotline"]);
    expect(slugs("profile_online", "EMPLOYEE")).toEqual(["illegal-harmful-info-center", "human-rights-110", "bar-association-legal-consultation"]);
    expect(slugs("reposted", "EMPLOYEE")).toEqual([
      "paps",
      "safe-line",
      "illegal-harmful-info-center",
      "police-sexual-crime-8103",
      "bar-association-legal-consultation",
    ]);
    expect(slugs("id_documents", "UNKNOWN")).toEqual(["ppc-appi-dial", "bar-association-legal-consultation"]);
    expect(slugs("sexual_pressure", "EMPLOYEE")).toEqual(["one-stop-8891", "paps", "lighthouse", "bar-association-legal-consultation"]);
    expect(slugs("harassment", "EMPLOYEE")).toEqual(["labour-consultation-corner"]);
    expect(slugs("harassment", "FREELANCER")).toEqual(["labour-bureau-equal-employment-freelance", "freelance-trouble-110"]);
    expect(slugs("cut_off", "FREELANCER_IN_SUBSTANCE_EMPLOYEE")).toEqual(["labour-bureau-equal-employment-freelance"]);
    expect(slugs("cut_off", "FREELANCER")).toEqual(["labour-bureau-equal-employment-freelance", "freelance-trouble-110"]);
  });

  it("marks the entries the reference table does not give as resting on the body's own scope", () => {
    const fromHandles = situations.flatMap((s) =>
      employmentTypes.flatMap((t) => routingTable[s].bodies[t].filter((e) => e.source === "handles").map((e) => e.slug)),
    );
    const agencyFromHandles = agencySituations.flatMap((s) =>
      employmentTypes.flatMap((t) => routingTable[s].bodies[t].filter((e) => e.source === "handles").map((e) => e.slug)),
    );
    expect(new Set(agencyFromHandles)).toEqual(new Set(["prefectural-labour-consultation"]));
    // The reference has no customer rows: every entry there rests on the body's own record.
    for (const s of customerSituations)
      for (const t of employmentTypes) for (const e of routingTable[s].bodies[t]) expect(e.source, `${s}: ${e.slug}`).toBe("handles");
    expect(fromHandles).toContain("police-station-safety-division");
    for (const s of situations) expect(routingTable[s].bodies.FREELANCER.some((e) => e.slug === "prefectural-labour-consultation")).toBe(false);
  });

  it("UNKNOWN shows both the employed and the in-substance routes", () => {
    const { bodies: row } = routingTable.cannot_quit;
    const unknown = row.UNKNOWN.map((e) => e.slug);
    for (const e of [...row.EMPLOYEE, ...row.FREELANCER_IN_SUBSTANCE_EMPLOYEE]) expect(unknown).toContain(e.slug);
    expect(unknown.slice(0, 2)).toEqual(["labour-consultation-corner", "labour-standards-inspection-office"]);
  });

  it("gives the official list of local offices only where the reference names one", () => {
    const withList = bodies.filter((b) => b.url?.officeList).map((b) => b.slug);
    expect(withList.sort()).toEqual(["bar-association-legal-consultation", "labour-consultation-corner"]);
    for (const slug of withList) expect(seeded.get(slug)!.phone.local, slug).toBe(true);
  });
});

describe("routing over the bodies' records", () => {
  it("the scopes in the bodies file are the labour-only and freelance-only bodies above", () => {
    expect(
      bodies
        .filter((b) => b.eligible.scope === "workers")
        .map((b) => b.slug)
        .sort(),
    ).toEqual([...labourOnly].sort());
    expect(
      bodies
        .filter((b) => b.eligible.scope === "freelancers")
        .map((b) => b.slug)
        .sort(),
    ).toEqual([...freelanceOnly].sort());
  });

  it("filters by each body's own scope, whatever the table says", () => {
    const asIfLabourOnly = bodies.map((b) => (b.slug === "freelance-trouble-110" ? { ...b, eligible: { ...b.eligible, scope: "workers" as const } } : b));
    const r = route({ situations: ["cannot_quit"], employmentType: "FREELANCER", dangerNow: false }, asIfLabourOnly);
    expect(r.bodies.map((b) => b.body.slug)).toEqual(["houterasu", "bar-association-legal-consultation"]);
  });

  it("leaves out a body the table names but the directory lacks, and ranks the rest 1..n", () => {
    const r = route(
      { situations: ["threats"], employmentType: "EMPLOYEE", dangerNow: true },
      bodies.filter((b) => b.slug !== "womens-human-rights-hotline" && b.slug !== "police-emergency-110"),
    );
    expect(r.callPoliceFirst).toBe(true);
    expect(r.bodies.map((b) => [b.body.slug, b.rank])).toEqual([["yorisoi-hotline", 1]]);
  });
});

describe("merging several situations", () => {
  it("ranks a body that fits several situations higher", () => {
    const r = routeBodies({ situations: ["cannot_quit", "penalty"], employmentType: "FREELANCER", dangerNow: false });
    expect(slugsOf(r)).toEqual(["freelance-trouble-110", "bar-association-legal-consultation", "houterasu", "jftc-sme-agency-freelance-act"]);
    expect(r.bodies[0].situations).toEqual(["cannot_quit", "penalty"]);
    expect(r.bodies[0].whyKeys).toEqual(["freelanceMediation"]);
    expect(r.bodies[1].whyKeys).toEqual(["lawyer"]);
  });

  it("collects every why key and power of a body, without duplicates", () => {
    const r = routeBodies({ situations: ["penalty", "withheld_pay", "cannot_quit"], employmentType: "EMPLOYEE", dangerNow: false });
    const lsis = r.bodies.find((b) => b.body.slug === "labour-standards-inspection-office")!;
    expect(lsis.rank).toBe(1);
    expect(lsis.whyKeys).toEqual(["forcedLabour", "penaltyBan", "unpaidWages"]);
    expect(lsis.body).toBe(seeded.get("labour-standards-inspection-office"));
  });

  it("puts 110 first and drops #9110 when she is in danger now", () => {
    const r = routeBodies({ situations: ["threats", "cannot_quit"], employmentType: "FREELANCER", dangerNow: true });
    expect(r.bodies[0]).toMatchObject({ rank: 1, whyKeys: ["dangerNow"], situations: ["threats"] });
    expect(r.bodies[0].body.slug).toBe("police-emergency-110");
    expect(slugsOf(r)).not.toContain("police-consultation-9110");
    expect(slugsOf(r)).toContain("womens-human-rights-hotline");
  });

  it("same answers in another order or repeated route the same way", () => {
    const a = routeBodies({ situations: ["reposted", "profile_online"], employmentType: "UNKNOWN", dangerNow: false });
    const b = routeBodies({ situations: ["profile_online", "reposted", "profile_online"], employmentType: "UNKNOWN", dangerNow: false });
    expect(b).toEqual(a);
    expect(a.bodies[0].body.slug).toBe("illegal-harmful-info-center");
  });

  it("lists her own first steps from the reference rows", () => {
    expect(routeBodies({ situations: ["id_documents", "profile_online"], employmentType: "EMPLOYEE", dangerNow: false }).firstSteps).toEqual([
      "askSiteOperator",
      "writtenAppiRequest",
    ]);
    expect(routeBodies({ situations: ["cannot_quit"], employmentType: "EMPLOYEE", dangerNow: false }).firstSteps).toEqual([]);
    expect(firstStepKeys).toHaveLength(3);
  });

  it("every why key is used by the table or by the danger rule", () => {
    const used = new Set<string>(["dangerNow"]);
    for (const s of situations) for (const t of employmentTypes) for (const e of routingTable[s].bodies[t]) used.add(e.why);
    expect([...used].sort()).toEqual([...whyKeys].sort());
  });
});

describe("questionnaireSchema", () => {
  it("accepts a valid answer and orders and de-duplicates situations", () => {
    const r = questionnaireSchema.safeParse({
      situations: ["threats", "cannot_quit", "threats"],
      employmentType: "UNKNOWN",
      dangerNow: false,
      prefecture: "osaka",
    });
    expect(r.success && r.data).toEqual({ situations: ["cannot_quit", "threats"], employmentType: "UNKNOWN", dangerNow: false, prefecture: "osaka" });
  });

  it("refuses no situation, an unknown situation, type or prefecture, and a missing dangerNow", () => {
    const base = { situations: ["penalty"], employmentType: "EMPLOYEE", dangerNow: true };
    expect(questionnaireSchema.safeParse(base).success).toBe(true);
    expect(questionnaireSchema.safeParse({ ...base, situations: [], dangerNow: false }).success).toBe(false);
    expect(questionnaireSchema.safeParse({ ...base, situations: ["scam"] }).success).toBe(false);
    expect(questionnaireSchema.safeParse({ ...base, employmentType: "BOSS" }).success).toBe(false);
    expect(questionnaireSchema.safeParse({ ...base, prefecture: "atlantis" }).success).toBe(false);
    expect(questionnaireSchema.safeParse({ ...base, dangerNow: "yes" }).success).toBe(false);
    expect(questionnaireSchema.safeParse({ situations: ["penalty"], employmentType: "EMPLOYEE" }).success).toBe(false);
  });

  it("lists the 47 prefectures once each with JIS codes 1–47", () => {
    expect(prefectures).toHaveLength(47);
    expect(prefectures.map((p) => p.code)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    expect(new Set(prefectures.map((p) => p.key)).size).toBe(47);
    expect(prefectures.filter((p) => /[都道府県]$/.test(p.ja))).toHaveLength(47);
    expect(prefectures.find((p) => p.key === "tokyo")).toMatchObject({ ja: "東京都", en: "Tokyo", code: 13 });
  });
});
