import { describe, expect, it } from "vitest";
import bodiesFile from "./bodies.json";
import { factNames, parseBodiesFile } from "./schema";

const bodies = parseBodiesFile(bodiesFile);
const bySlug = new Map(bodies.map((b) => [b.slug, b]));
const body = (slug: string) => bySlug.get(slug)!;
/** A deep copy of the file to break. */
const broken = () => structuredClone(bodiesFile) as unknown as { referenceDate: string; bodies: Record<string, any>[] };

describe("the bodies file", () => {
  it("holds all 25 reference entries, each once, with the file's reference date", () => {
    expect(bodies).toHaveLength(25);
    expect(new Set(bodies.map((b) => b.slug)).size).toBe(25);
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

describe("parseBodiesFile refuses invalid data, naming the field", () => {
  const refusal = (file: unknown) => {
    try {
      parseBodiesFile(file);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error("accepted");
  };

  it("an unknown or unused source, a missing translation, an extra field, a duplicate slug", () => {
    const unknown = broken();
    unknown.bodies[0].cost.sources = ["nowhere"];
    expect(refusal(unknown)).toMatch(/^lib\/bodies\/bodies\.json is invalid:/);
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
