import "server-only";
import { db } from "../db/client";
import { openAgencyNames } from "./crypto-fields";

/** Her agencies, for pickers: names only. */
export async function listAgencyNames(userId: string) {
  return openAgencyNames(await db.agency.findMany({ where: { userId }, select: { id: true, nameEnc: true } }));
}
