// The client's address for per-address rate limits. Anyone can send an X-Forwarded-For header, so it is believed
// only as far as TAIKAI_TRUSTED_PROXIES says: 0 (the default) takes the TCP peer's address; N takes the entry N
// from the right of X-Forwarded-For, the one the outermost of the N trusted proxies wrote (each proxy appends the
// address it was connected from). Everything to the left of that entry is the client's own claim and is ignored.
//
// Next 16 gives route handlers, server actions and next-auth's authorize() headers only (NextRequest.ip is gone,
// and `next start` fills x-forwarded-for from the socket only when the client sent none), so the address is worked
// out where the socket is still visible, in Node's HTTP server (lib/security/stamp-client-address.ts), and handed on
// in the clientAddressHeader, which replaces anything the client sent under that name.
import ipaddr from "ipaddr.js";

export const clientAddressHeader = "x-taikai-client-address";
const maxHops = 10;

/** TAIKAI_TRUSTED_PROXIES as a whole number 0–10; anything else is refused at start-up rather than guessed. */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TAIKAI_TRUSTED_PROXIES?.trim();
  if (!raw) return 0;
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 0 || hops > maxHops) throw new Error(`TAIKAI_TRUSTED_PROXIES must be a whole number from 0 to ${maxHops}`);
  return hops;
}

/** The address a request counts as coming from, from the socket's peer and the X-Forwarded-For header(s). */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string {
  if (hops === 0) return normaliseAddress(socketAddress);
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // No header: the request did not come through the proxies (or they do not write one); the peer is all we know.
  if (entries.length === 0) return normaliseAddress(socketAddress);
  // Fewer entries than proxies: every entry was written by a trusted proxy, the leftmost nearest the client.
  return normaliseAddress(entries[Math.max(0, entries.length - hops)]);
}

/** One canonical spelling per address (IPv4-mapped IPv6 as IPv4), "unknown" for anything that is not an address. */
export function normaliseAddress(value: string | undefined): string {
  const text = value?.trim().replace(/^\[(.*)\]$/, "$1") ?? "";
  if (!ipaddr.isValid(text)) return "unknown";
  const parsed = ipaddr.parse(text);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) return (parsed as ipaddr.IPv6).toIPv4Address().toString();
  return parsed.toString();
}

/**
 * The rate-limit bucket of an address: IPv4 as it is, IPv6 by its /64 (one home or phone connection is handed a
 * whole /64, so counting single IPv6 addresses would let one person rotate through 2^64 of them).
 */
export function addressBucket(address: string): string {
  if (!ipaddr.IPv6.isValid(address) || ipaddr.IPv4.isValid(address)) return address;
  const parts = ipaddr.IPv6.parse(address).parts.slice(0, 4);
  return `${parts.map((p) => p.toString(16)).join(":")}::/64`;
}

type HeaderBag = Record<string, string | string[] | undefined> | Headers | undefined;

/** For server code: the stamped address of this request, "unknown" when it was not stamped (never the raw header). */
export function clientAddressOf(headers: HeaderBag): string {
  const raw = headers instanceof Headers ? headers.get(clientAddressHeader) : headers?.[clientAddressHeader];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return addressBucket(normaliseAddress(value ?? undefined));
}
