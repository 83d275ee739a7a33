import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../lib/db/client";
import { catalogueFile, loadCatalogue } from "../lib/sites/catalogue";
import { storedSiteFactsSchema } from "../lib/sites/schema";
import { provider } from "../lib/testing/databases";
import bodiesFile from "../lib/bodies/bodies.json";
import { listCounsellingBodies } from "../lib/bodies/data";
import { parseBodiesFile } from "../lib/bodies/schema";
import { seed } from "./seed";

const counsellingBodies = parseBodiesFile(bodiesFile);

async function everything() {
  return {
    bodies: await db.counsellingBody.findMany({ orderBy: { slug: "asc" } }),
    sites: await db.site.findMany({ orderBy: { slug: "asc" } }),
  };
}

describe(`seed (${provider})`, () => {
  afterAll(() => db.$disconnect());

  it("fills the catalogues, and a second run changes nothing", async () => {
    await seed(db);
    const first = await everything();
    expect(first.bodies).toHaveLength(counsellingBodies.length);
    expect(first.sites).toHaveLength(loadCatalogue().sites.length);
    await seed(db);
    expect(await everything()).toEqual(first);
  });

  it("reads back exactly the file's records, in the directory's order, sources and marks included", async () => {
    await seed(db);
    const read = await listCounsellingBodies();
    const byOrder = [...counsellingBodies].sort((a, b) => a.priority - b.priority || a.slug.localeCompare(b.slug));
    expect(read).toEqual(byOrder);
    expect(read[0].slug).toBe("police-emergency-110");
    expect(read.find((b) => b.slug === "freelance-trouble-110")?.phone).toMatchObject({ value: "0120-532-110", verified: false });
  });

  it("rewrites a changed body and removes one the file no longer has", async () => {
    await seed(db);
    await db.counsellingBody.update({ where: { slug: "houterasu" }, data: { factsJson: "{}" } });
    await db.counsellingBody.create({ data: { slug: "retired-body", priority: 999, factsJson: "{}" } });
    await seed(db);
    expect(await db.counsellingBody.findUnique({ where: { slug: "retired-body" } })).toBeNull();
    expect((await listCounsellingBodies()).find((b) => b.slug === "houterasu")).toEqual(counsellingBodies.find((b) => b.slug === "houterasu"));
  });

  it("stores each site's sourced facts, its address pattern and its partner sites", async () => {
    await seed(db);
    const dxlive = await db.site.findUniqueOrThrow({ where: { slug: "dxlive" } });
    expect(dxlive).toMatchObject({
      profileUrlKind: "HANDLE",
      profileUrlPattern: "https://www.dxlive.com/preview/{handle}",
      withdrawalRoute: "UNKNOWN",
      ruleStatus: "BASELINE",
    });
    expect(JSON.parse(dxlive.domainsJson)).toContain("www.dxlive.com");
    const fanza = await db.site.findUniqueOrThrow({ where: { slug: "fanza-live-chat" } });
    expect(fanza).toMatchObject({ profileUrlKind: "SITE_ID", withdrawalRoute: "VIA_AGENCY" });
    const angel = storedSiteFactsSchema.parse(JSON.parse((await db.site.findUniqueOrThrow({ where: { slug: "angel-live" } })).factsJson!));
    expect(angel.partners.some((p) => p.slug === "livede55" && p.relation === "same-operator")).toBe(true);
    expect((await db.site.findUniqueOrThrow({ where: { slug: "mocha" } })).profileUrlPattern).toBeNull();
    // The checker rules still come with their sites.
    expect(await db.site.findUniqueOrThrow({ where: { slug: "stripchat" } })).toMatchObject({ ruleStatus: "VERIFIED", profileUrlKind: "HANDLE" });
  });

  it("updates a site whose catalogue entry changed, and keeps its id (registrations point at it)", async () => {
    await seed(db);
    const before = await db.site.findUniqueOrThrow({ where: { slug: "cam4" } });
    await db.site.update({ where: { slug: "cam4" }, data: { domainsJson: "[]", factsJson: "{}" } });
    await seed(db);
    const after = await db.site.findUniqueOrThrow({ where: { slug: "cam4" } });
    expect(after.id).toBe(before.id);
    expect(after.domainsJson).toBe(before.domainsJson);
    expect(after.factsJson).toBe(before.factsJson);
  });

  it("stops on an invalid catalogue with the file and the wrong paths, and writes nothing", async () => {
    await seed(db);
    const data = JSON.parse(readFileSync(catalogueFile, "utf8"));
    data.sites[0].home.source.verified = true; // a third-party source cannot verify a fact
    data.sites[1].profile = { kind: "handle", pattern: "https://example.test/{handle}", note: null, source: data.sites[0].home.source };
    const file = join(mkdtempSync(join(tmpdir(), "taikai-catalogue-")), "catalogue.json");
    writeFileSync(file, JSON.stringify(data));
    await db.site.update({ where: { slug: data.sites[2].slug }, data: { nameEn: "changed" } });
    await expect(seed(db, { catalogueFile: file })).rejects.toThrow(
      /catalogue\.json is not valid:\n(.|\n)*sites\.0\.home\.source\.verified(.|\n)*sites\.1\.profile\.pattern/,
    );
    expect((await db.site.findUniqueOrThrow({ where: { slug: data.sites[2].slug } })).nameEn).toBe("changed");
    await seed(db);
    expect((await db.site.findUniqueOrThrow({ where: { slug: data.sites[2].slug } })).nameEn).toBe(data.sites[2].nameEn);
  });
});
