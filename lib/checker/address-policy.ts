/**
 * Which IP addresses the checker may connect to: public unicast only.
 * Everything else (loopback, private, link-local, CGNAT, multicast, reserved,
 * IPv4-mapped / NAT64 / 6to4 / Teredo embeddings of those, ULA...) is refused.
 */
import ipaddr from "ipaddr.js";

export type AddressPolicy = (address: string) => boolean;

export interface AddressClass {
  allowed: boolean;
  /** ipaddr.js range name, or 'invalid' / 'embedded:<range>' */
  range: string;
}

const V4_ALLOWED_RANGES = new Set(["unicast"]);

function classifyV4(addr: ipaddr.IPv4): AddressClass {
  const range = addr.range();
  return { allowed: V4_ALLOWED_RANGES.has(range), range };
}

function v4FromBytes(bytes: number[]): ipaddr.IPv4 {
  return new ipaddr.IPv4(bytes);
}

function classifyV6(addr: ipaddr.IPv6): AddressClass {
  if (addr.isIPv4MappedAddress()) {
    const inner = classifyV4(addr.toIPv4Address());
    return { allowed: inner.allowed, range: `ipv4Mapped:${inner.range}` };
  }
  const range = addr.range();
  const bytes = addr.toByteArray();
  if (range === "rfc6052") {
    // 64:ff9b::/96 embeds an IPv4 address in the last 32 bits; 64:ff9b:1::/48 is local-use: refuse.
    const isWellKnown = addr.match(ipaddr.IPv6.parse("64:ff9b::"), 96);
    if (!isWellKnown) return { allowed: false, range };
    const inner = classifyV4(v4FromBytes(bytes.slice(12, 16)));
    return { allowed: inner.allowed, range: `nat64:${inner.range}` };
  }
  if (range === "6to4") {
    const inner = classifyV4(v4FromBytes(bytes.slice(2, 6)));
    return { allowed: inner.allowed, range: `6to4:${inner.range}` };
  }
  if (range === "teredo") {
    const server = classifyV4(v4FromBytes(bytes.slice(4, 8)));
    const client = classifyV4(v4FromBytes(bytes.slice(12, 16).map((b) => b ^ 0xff)));
    return {
      allowed: server.allowed && client.allowed,
      range: `teredo:${server.allowed ? client.range : server.range}`,
    };
  }
  if (range !== "unicast") return { allowed: false, range };
  // Only global unicast 2000::/3 is reachable on the public internet.
  if ((bytes[0] & 0xe0) !== 0x20) return { allowed: false, range: "reserved" };
  return { allowed: true, range };
}

/** Classify an IP address string (v4 or v6, optional [brackets] and %zone). */
export function classifyAddress(address: string): AddressClass {
  let text = address.trim();
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  if (text.includes("%")) return { allowed: false, range: "zoned" };
  // Only strict dotted-quad / IPv6 text; odd notations must have been normalised by URL parsing.
  if (!ipaddr.IPv4.isValidFourPartDecimal(text) && !ipaddr.IPv6.isValid(text)) {
    return { allowed: false, range: "invalid" };
  }
  const parsed = ipaddr.parse(text);
  return parsed.kind() === "ipv4" ? classifyV4(parsed as ipaddr.IPv4) : classifyV6(parsed as ipaddr.IPv6);
}

/** Default policy: public unicast only. */
export const isPublicAddress: AddressPolicy = (address) => classifyAddress(address).allowed;

/** Policy that allows everything (tests against loopback fixtures only). */
export const allowAnyAddress: AddressPolicy = () => true;

const IPV4_CHARS = /^[0-9a-fx.]+$/i;

/** ipLiteralOf is pure; a small cache spares re-parsing the same few hosts on every hop and connection. */
const literalCache = new Map<string, string | null>();
const LITERAL_CACHE_MAX = 512;

/** Is this URL hostname an IP literal? Returns the bare address or null. */
export function ipLiteralOf(hostname: string): string | null {
  const cached = literalCache.get(hostname);
  if (cached !== undefined) return cached;
  const literal = parseIpLiteral(hostname);
  if (literalCache.size >= LITERAL_CACHE_MAX) literalCache.clear();
  literalCache.set(hostname, literal);
  return literal;
}

function parseIpLiteral(hostname: string): string | null {
  let text = hostname;
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  // Cheap pre-check: an IPv6 literal has a ':', an IPv4 one (any notation) only [0-9a-fx.].
  // Everything else (ordinary DNS names) cannot be a literal.
  const v4chars = IPV4_CHARS.test(text);
  if (!v4chars && !text.includes(":")) return null;
  if (ipaddr.IPv6.isValid(text)) return text;
  // WHATWG URL parsing turns 2130706433, 0x7f000001, 017700000001, 127.1 into dotted form;
  // still accept any notation ipaddr.js understands, to be safe.
  if (v4chars && ipaddr.IPv4.isValid(text)) {
    return ipaddr.IPv4.parse(text).toString();
  }
  return null;
}

export class AddressRefusedError extends Error {
  readonly code = "ERR_TAIKAI_ADDRESS_REFUSED";
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`Refused to connect to ${host} (${address}): not a public unicast address`);
    this.name = "AddressRefusedError";
  }
}
