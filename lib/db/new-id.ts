import { randomBytes } from "node:crypto";

/** A row id made before the insert, because encrypted fields are bound to their row's id. */
export function newId(): string {
  return `c${randomBytes(12).toString("base64url").replace(/[-_]/g, "x").toLowerCase()}`;
}
