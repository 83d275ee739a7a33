import "server-only";
import { db } from "../db/client";

/** Her agencies, for pickers: names only. */
export function listAgencyNames(userId: string) {
  return db.agency.findMany({ where: { userId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
