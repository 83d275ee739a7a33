/**
 * Profile pages live on the web's own ports. Any other port on a public host is some other service (mail, a database,
 * an admin panel): checking it would let an account use the server to probe it. Loopback test fixtures, which listen
 * on random ports, are reached only with the private-network flag, which lifts this rule too.
 */
export const WEB_PORTS = ["80", "443"] as const;

export function isWebPort(url: URL): boolean {
  // URL leaves port empty for the scheme's default (http 80, https 443).
  return url.port === "" || (WEB_PORTS as readonly string[]).includes(url.port);
}
