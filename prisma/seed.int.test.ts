import { afterAll, describe, expect, it } from "vitest";
import { db } from "../lib/db/client";
import { provider } from "../lib/testing/databases";
import bodiesFile from "../lib/bodies/bodies.json";
import { listCounsellingBodies } from "../lib/bodies/data";
import { parseBodiesFile } from "../lib/bodies/schema";
import { seed } from "./seed";
import { sites } from "./seed-data/sites";

const counsellingBodies = parseBodiesFile(bodiesFile);

async function everything() {
  return {
    bodies: await db.counsellingBody.findMany({ orderBy: { slug: "asc" } }),
    sites: await db.site.findMany({ orderBy: { slug: "asc" }, include: { partners: { select: { slug: true } } } }),
  };
}

describe(`seed (${provider})`, () => {
  afterAll(() => db.$disconnect());

  it("fills the catalogues, and a second run changes nothing", async () => {
    await seed(db);
    const first = await everything();
    expect(first.bodies).toHaveLength(counsellingBodies.length);
    expect(first.sites).toHaveLength(sites.length);
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
});
