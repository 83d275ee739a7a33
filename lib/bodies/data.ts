import "server-only";
import { db } from "../db/client";

/** The public directory of counselling bodies (no user data). */
export function listCounsellingBodies() {
  return db.counsellingBody.findMany({ orderBy: [{ priority: "asc" }, { slug: "asc" }] });
}
