// Profile addresses from the catalogue's patterns: built from her handle ({handle}) or from the number or code the
// site gave her ({id}). Where the catalogue has no pattern nothing is built: she gives the address herself.
// Pure functions, shared by the add-registration form and the server's own check of what the form sent.
import type { SiteIdFormat } from "./schema";

export type ProfileAddress = { kind: "handle"; pattern: string } | { kind: "site-id"; pattern: string; idFormat: SiteIdFormat } | { kind: "unknown" };

const idPatterns: Record<SiteIdFormat, RegExp> = { digits: /^[0-9]{1,20}$/, token: /^[A-Za-z0-9_-]{1,64}$/ };
const idClasses: Record<SiteIdFormat, string> = { digits: "[0-9]{1,20}", token: "[A-Za-z0-9_-]{1,64}" };
// A handle placed in a host name (ManyVids: {handle}.manyvids.com) must be one DNS label.
const hostLabel = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

function parses(url: string): boolean {
  try {
    return new URL(url).protocol.startsWith("http");
  } catch {
    return false;
  }
}

/** Her profile address from her handle, or null when the pattern is not a handle pattern or the handle cannot go in it. */
export function profileUrlFromHandle(address: ProfileAddress, handle: string): string | null {
  if (address.kind !== "handle") return null;
  const value = handle.trim();
  if (!value || value.length > 100) return null;
  const [scheme, rest] = address.pattern.split("://");
  const inHost = rest !== undefined && rest.indexOf("{handle}") < (rest.indexOf("/") === -1 ? rest.length : rest.indexOf("/"));
  if (inHost && !hostLabel.test(value)) return null;
  const url = address.pattern.replace("{handle}", inHost ? value.toLowerCase() : encodeURIComponent(value));
  return scheme && parses(url) ? url : null;
}

/** Whether what she typed is the site's number or code (not an address, not anything else). */
export function isSiteId(address: ProfileAddress, value: string): boolean {
  return address.kind === "site-id" && idPatterns[address.idFormat].test(value.trim());
}

/** Her profile address from the number or code the site gave her, or null when it is not one. */
export function profileUrlFromSiteId(address: ProfileAddress, id: string): string | null {
  if (address.kind !== "site-id" || !isSiteId(address, id)) return null;
  return address.pattern.replace("{id}", id.trim());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The number or code in an address of the pattern's shape (http or https, any case of host, a trailing slash or more query). */
export function siteIdFromProfileUrl(address: ProfileAddress, url: string): string | null {
  if (address.kind !== "site-id") return null;
  const [before, after] = address.pattern.replace(/^https?:\/\//, "").split("{id}");
  const suffix = escapeRegExp(after.replace(/\/$/, "")) + (after.endsWith("/") ? "/?" : "");
  const re = new RegExp(`^https?://${escapeRegExp(before)}(${idClasses[address.idFormat]})${suffix}(?:[/?#&].*)?$`, "i");
  return re.exec(url.trim())?.[1] ?? null;
}
