import { describe, expect, it } from "vitest";
import bodiesFile from "./bodies.json";
import { parseBodiesFile } from "./schema";
import { bestSource, certaintyOf, sourceDate, sourceUses } from "./sources";

const bodies = parseBodiesFile(bodiesFile);
const ppc = bodies.find((b) => b.slug === "ppc-appi-dial")!;

describe("sourceUses", () => {
  it("lists each source once with the facts resting on it, in the order of the facts", () => {
    expect(sourceUses(ppc).map((u) => [u.id, u.facts])).toEqual([
      ["ppc", ["name", "handles", "eligible", "hours", "url"]],
      ["ppc-copy", ["phone", "cost", "powers"]],
    ]);
  });

  it("lists only the sources of the facts shown", () => {
    expect(sourceUses(ppc, ["phone"]).map((u) => u.id)).toEqual(["ppc-copy"]);
    expect(sourceUses(ppc, []).map((u) => u.id)).toEqual([]);
  });

  it("covers every source of every body", () => {
    for (const b of bodies)
      expect(
        sourceUses(b)
          .map((u) => u.id)
          .sort(),
        b.slug,
      ).toEqual(Object.keys(b.sources).sort());
  });
});

describe("sourceDate", () => {
  it("shows the reference's date as such when nobody recorded reading the source", () => {
    expect(sourceDate(ppc.sources.ppc, ppc.referenceDate)).toEqual({ date: "2026-11-25", isReferenceDate: true });
  });

  it("shows a recorded reading date as the day it was checked", () => {
    expect(sourceDate({ ...ppc.sources.ppc, readOn: "2026-12-01" }, ppc.referenceDate)).toEqual({ date: "2026-12-01", isReferenceDate: false });
  });
});

describe("bestSource and certaintyOf", () => {
  const freelance = bodies.find((b) => b.slug === "freelance-trouble-110")!;

  it("shows an official page first, even when an article backs more facts", () => {
    expect(bestSource(sourceUses(ppc))?.source.kind).toBe("official");
    expect(bestSource(sourceUses(freelance))?.source.kind).toBe("official");
    expect(bestSource([])).toBeNull();
  });

  it("says in one word how sure the facts shown are", () => {
    expect(certaintyOf(ppc, ["hours", "url"])).toBe("official");
    expect(certaintyOf(ppc, ["hours", "phone"])).toBe("partly_official");
    expect(certaintyOf(ppc, ["phone"])).toBe("unofficial");
  });
});
