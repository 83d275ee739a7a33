import { describe, expect, it } from "vitest";
import { articles } from "../cases/legal-bases";
import bodiesFile from "./bodies.json";
import { factNames, parseBodiesFile, type CounsellingBody, type FactName } from "./schema";

const bodies = parseBodiesFile(bodiesFile);
const bySlug = new Map(bodies.map((b) => [b.slug, b]));
const body = (slug: string) => bySlug.get(slug)!;
/** Added after the reference, from pages read on 2026-12-02 (issue 13's customer side). */
const researched = ["police-station-safety-division", "slander-hotline"];
const kindsOf = (b: CounsellingBody, name: FactName) => b[name]!.sources.map((id) => b.sources[id].kind);
/** A deep copy of the file to break. */
// biome-ignore lint/suspicious/noExplicitAny: the test breaks the file at any depth on purpose
const broken = () => structuredClone(bodiesFile) as unknown as { referenceDate: string; bodies: Record<string, any>[] };

describe("the bodies file", () => {
  it("holds all 25 reference entries and the 2 added for the customer side (issue 13), each once, with the file's reference date", () => {
    expect(bodies).toHaveLength(27);
    expect(new Set(bodies.map((b) => b.slug)).size).toBe(27);
    for (const b of bodies) expect(b.referenceDate).toBe("2026-11-25");
  });

  it("gives every fact a value in both languages and its sources", () => {
    for (const b of bodies) {
      expect(b.handles.value.ja, b.slug).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      for (const name of factNames) {
        const f = b[name];
        if (f === null) continue;
        if (f.verified) expect(f.sources.length, `${b.slug}.${name}`).toBeGreaterThan(0);
      }
    }
  });

  it("marks verified only what rests on an official page read at its own address", () => {
    for (const b of bodies)
      for (const name of factNames) {
        if (!b[name]?.verified) continue;
        expect(kindsOf(b, name), `${b.slug}.${name}`).toContain("official");
      }
  });

  it("never calls a verified value unverified or third-party in its own words", () => {
    const caveat = /未確認|第三者|unverified|third-party/i;
    for (const b of bodies)
      for (const name of factNames) {
        const f = b[name];
        if (!f?.verified) continue;
        expect(JSON.stringify(f.value), `${b.slug}.${name}`).not.toMatch(caveat);
        // A verified number's note may flag another number, never this one.
        if (name === "phone" && b.phone.note) for (const note of [b.phone.note.ja, b.phone.note.en]) expect(note, b.slug).not.toMatch(/^(未確認|Unverified)/);
      }
  });

  it("a third-party copy names the official page it copies, or the copy itself, and says what it is", () => {
    for (const b of bodies)
      for (const [id, s] of Object.entries(b.sources)) {
        if (s.url) expect(s.url, `${b.slug}.${id}`).toMatch(/^https?:\/\//);
        expect(s.title.length, `${b.slug}.${id}`).toBeGreaterThan(3);
      }
  });

  it("keeps the reference's caveats and its one certain number", () => {
    expect(body("freelance-trouble-110").phone).toMatchObject({ value: "0120-532-110", verified: false });
    expect(body("freelance-trouble-110").hours?.verified).toBe(false);
    expect(body("lighthouse").phone.verified).toBe(false);
    expect(body("yorisoi-hotline").phone.verified).toBe(false);
    expect(body("labour-consultation-corner").cost?.verified).toBe(false);
    expect(body("labour-consultation-corner").phone.value).toBeNull(); // the 082 number is an example only
    expect(body("futerasu").url).toBeNull();
    expect(body("police-emergency-110").phone).toMatchObject({ value: "110", verified: true });
    expect(body("police-consultation-9110").phone).toMatchObject({ value: "#9110", verified: true });
    expect(Math.min(...bodies.map((b) => b.priority))).toBe(body("police-emergency-110").priority);
  });
});

describe("facts read only through a copy or an article carry no verified mark (issue 13)", () => {
  it("the PPC dial's number was read on a proxy copy of its page", () => {
    const ppc = body("ppc-appi-dial");
    expect(ppc.phone.value).toBe("03-6457-9849");
    expect(ppc.phone.verified).toBe(false);
    expect(kindsOf(ppc, "phone")).toEqual(["third_party_copy"]);
    expect(ppc.phone.note?.ja).toContain("未確認");
    // The hours were read on the official page itself.
    expect(ppc.hours?.verified).toBe(true);
  });

  it("prefectural conciliation is free in Hiroshima (read on a cache copy), not 'free' everywhere", () => {
    const prefectural = body("prefectural-labour-consultation");
    expect(prefectural.cost?.verified).toBe(false);
    expect(kindsOf(prefectural, "cost")).toEqual(["third_party_copy"]);
    expect(prefectural.cost?.value.ja).toMatch(/^広島県労働委員会のあっせんは無料/);
    expect(prefectural.cost?.value.ja).toContain("他の都道府県は未確認");
    expect(prefectural.cost?.value.en).toMatch(/^Hiroshima/);
  });

  it("Safe-line's cost (and everything else read on the same proxy copy) is unverified", () => {
    const safeLine = body("safe-line");
    expect(safeLine.cost?.verified).toBe(false);
    expect(kindsOf(safeLine, "cost")).toEqual(["third_party_copy"]);
    for (const name of factNames) {
      const f = safeLine[name];
      if (f?.sources.every((id) => safeLine.sources[id].kind !== "official")) expect(f.verified, name).toBe(false);
    }
  });

  it("the 労基署 freelancer window's hours are unverified here as in the wizard's legal sources, and say the same", () => {
    const office = body("labour-standards-inspection-office");
    expect(office.hours?.verified).toBe(false);
    expect(kindsOf(office, "hours")).toEqual(["third_party_copy"]);
    expect(office.sources[office.hours!.sources[0]].url).toBe(articles.mhlw_worker_status.sourceUrl);
    // The other place that states these hours: the wizard's note on who is a worker.
    expect(articles.mhlw_worker_status.verified).toBe(false);
    expect(articles.mhlw_worker_status.summaryJa).toContain("平日8:30〜17:15");
    expect(office.hours?.value.ja).toContain("平日8:30〜17:15");
  });

  it("no source claims a reading date the reference does not give: a page read for this app has its address and a past date", () => {
    const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
    for (const b of bodies)
      for (const [id, s] of Object.entries(b.sources)) {
        if (!s.readOn) continue;
        expect(s.url, `${b.slug}.${id}`).toBeDefined();
        expect(s.readOn > b.referenceDate && s.readOn <= today, `${b.slug}.${id}`).toBe(true);
      }
    expect(bodies.find((b) => b.slug === "bar-association-legal-consultation")?.sources["bengo4-2021"]?.readOn).toBe("2026-12-02");
  });

  it("no source links to a personal mirror (issue 16)", () => {
    for (const b of bodies) for (const [id, s] of Object.entries(b.sources)) expect(s.url ?? "", `${b.slug}.${id}`).not.toContain("mixi.076.moe");
  });

  it("the bodies added for the customer side rest on official pages read on a recorded day", () => {
    for (const slug of researched) {
      const b = body(slug);
      for (const [id, s] of Object.entries(b.sources)) {
        expect(s.readOn, `${slug}.${id}`).toBe("2026-12-02");
        expect(s.kind, `${slug}.${id}`).toBe("official");
      }
    }
    // The police station has no single number: each station's own, looked up by prefecture, never a verified value.
    expect(body("police-station-safety-division").phone).toMatchObject({ value: null, local: true, verified: false });
    expect(body("police-station-safety-division").powers.value.ja).toMatch(/警告.*禁止命令/);
    expect(body("slander-hotline").url).toMatchObject({ value: "https://www.saferinternet.or.jp/bullying/", verified: true });
  });
});

describe("parseBodiesFile refuses invalid data, naming the field", () => {
  const refusal = (file: unknown) => {
    try {
      parseBodiesFile(file);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error("accepted");
  };

  it("a verified fact resting only on a copy", () => {
    const file = broken();
    const ppc = file.bodies.find((b) => b.slug === "ppc-appi-dial")!;
    ppc.phone.verified = true;
    const message = refusal(file);
    expect(message).toMatch(/^lib\/bodies\/bodies\.json is invalid:/);
    expect(message).toContain("only a fact read on an official page can be verified");
    expect(message).toMatch(/bodies\[\d+\]\.phone\.verified/);
  });

  it("an unknown or unused source, a missing translation, an extra field, a duplicate slug", () => {
    const unknown = broken();
    unknown.bodies[0].cost.sources = ["nowhere"];
    expect(refusal(unknown)).toContain('unknown source "nowhere"');

    const missingEnglish = broken();
    delete missingEnglish.bodies[1].handles.value.en;
    expect(refusal(missingEnglish)).toMatch(/bodies\[1\]\.handles\.value\.en/);

    const extra = broken();
    extra.bodies[2].situations = ["cannot_quit"];
    expect(refusal(extra)).toMatch(/situations/);

    const duplicate = broken();
    duplicate.bodies[3].slug = duplicate.bodies[4].slug;
    expect(refusal(duplicate)).toContain("duplicate slug");
  });

  it("a number without a word on why it is unverified, and a verified missing number", () => {
    const silent = broken();
    const freelance = silent.bodies.find((b) => b.slug === "freelance-trouble-110")!;
    freelance.phone.note = { ja: "平日のみ", en: "Weekdays only" };
    expect(refusal(silent)).toContain("an unverified number says so in its note");

    const missing = broken();
    const office = missing.bodies.find((b) => b.slug === "labour-standards-inspection-office")!;
    office.phone.verified = true;
    office.sources["nagasaki-bureau"].kind = "official";
    office.phone.sources = ["nagasaki-bureau"];
    expect(refusal(missing)).toContain("no number, nothing to verify");
  });

  it("a reference date that is not a date", () => {
    const file = broken();
    file.referenceDate = "2026-11-31";
    expect(refusal(file)).toMatch(/referenceDate/);
  });
});
