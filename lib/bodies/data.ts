import "server-only";
import { db } from "../db/client";
import { storedCounsellingBodySchema, type CounsellingBody } from "./schema";

/** The public directory of counselling bodies (no user data), in the reference's order of first contact. */
export async function listCounsellingBodies(): Promise<CounsellingBody[]> {
  const rows = await db.counsellingBody.findMany({ orderBy: [{ priority: "asc" }, { slug: "asc" }], select: { factsJson: true } });
  return rows.map((row) => storedCounsellingBodySchema.parse(JSON.parse(row.factsJson)));
}
