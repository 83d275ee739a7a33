// Stamps every request Node's HTTP server receives with the client's address (see client-address.ts), before
// Next.js sees it. Installed once per process from instrumentation.ts; `next start` serves from that same process.
import { Server, type IncomingMessage } from "node:http";
import { clientAddressHeader, resolveClientAddress, trustedProxyHops } from "./client-address";

const installed = Symbol.for("taikai.clientAddressStamp");

export function stampClientAddress(request: IncomingMessage, hops: number): void {
  request.headers[clientAddressHeader] = resolveClientAddress(request.socket?.remoteAddress, request.headers["x-forwarded-for"], hops);
}

/** Wraps http.Server's emit so that each "request" event carries the stamp, whatever the client sent. */
export function installClientAddressStamp(hops = trustedProxyHops()): void {
  const proto = Server.prototype as unknown as Record<symbol, boolean> & { emit: (event: string | symbol, ...args: unknown[]) => boolean };
  if (proto[installed]) return;
  proto[installed] = true;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && args[0]) stampClientAddress(args[0] as IncomingMessage, hops);
    return emit.call(this, event, ...args);
  };
}
