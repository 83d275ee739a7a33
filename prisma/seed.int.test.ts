import { afterAll, describe, expect, it } from "vitest";
import { db } from "../lib/db/client";
import { provider } from "../lib/testing/databases";
import { seed } from "./seed";
import { counsellingBodies } from "./seed-data/counselling-bodies";
import { sites } from "./seed-data/sites";

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

  it("keeps each body's source and marks unverified facts", async () => {
    await seed(db);
    const bodies = await db.counsellingBody.findMany();
    expect(bodies.every((b) => b.sourceUrl.startsWith("https://") && /^\d{4}-\d{2}-\d{2}$/.test(b.lastCheckedOn))).toBe(true);
    expect(bodies.some((b) => !b.phoneVerified || !b.hoursVerified || !b.costVerified)).toBe(true);
  });
});
