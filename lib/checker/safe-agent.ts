/**
 * An undici Agent whose connector refuses any non-public address at connect time:
 * literal-IP hosts are checked before connecting (undici does not call lookup for them),
 * names are resolved with ALL their addresses and refused if any one is not allowed.
 * Every new connection (each redirect hop to a new origin, each reconnect) goes through it,
 * so DNS rebinding cannot get around the check.
 */
import dns from "node:dns";
import type { LookupAddress } from "node:dns";
import { Agent, buildConnector } from "undici";
import { AddressRefusedError, ipLiteralOf, isPublicAddress, type AddressPolicy } from "./address-policy";

export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export interface SafeAgentOptions {
  /** Address policy; default: public unicast only. */
  policy?: AddressPolicy;
  /** Name resolution; default dns.lookup with all addresses. Injectable for tests. */
  resolve?: ResolveHost;
  connectTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
  /** Max sockets per origin. */
  connections?: number;
}

const systemResolve: ResolveHost = (hostname) => dns.promises.lookup(hostname, { all: true, order: "verbatim" });

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

export function createSafeLookup(policy: AddressPolicy, resolve: ResolveHost = systemResolve) {
  return function safeLookup(hostname: string, options: dns.LookupOptions | number | LookupCallback, cb?: LookupCallback): void {
    const callback = (typeof options === "function" ? options : cb) as LookupCallback;
    const opts: dns.LookupOptions = typeof options === "object" && options !== null ? options : {};
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0) {
          const err = new Error(`No addresses for ${hostname}`) as NodeJS.ErrnoException;
          err.code = "ENOTFOUND";
          callback(err, "");
          return;
        }
        for (const a of addresses) {
          if (!policy(a.address)) {
            callback(new AddressRefusedError(hostname, a.address) as unknown as NodeJS.ErrnoException, "");
            return;
          }
        }
        const wanted = opts.family === 4 || opts.family === 6 ? addresses.filter((a) => a.family === opts.family) : addresses;
        if (opts.all) {
          callback(null, wanted);
        } else if (wanted.length > 0) {
          callback(null, wanted[0].address, wanted[0].family);
        } else {
          const err = new Error(`No IPv${String(opts.family)} address for ${hostname}`) as NodeJS.ErrnoException;
          err.code = "ENOTFOUND";
          callback(err, "");
        }
      },
      (err: NodeJS.ErrnoException) => callback(err, ""),
    );
  };
}

export function createSafeAgent(options: SafeAgentOptions = {}): Agent {
  const policy = options.policy ?? isPublicAddress;
  const base = buildConnector({
    timeout: options.connectTimeoutMs ?? 10_000,
    lookup: createSafeLookup(policy, options.resolve),
  } as buildConnector.BuildOptions);
  const connect: buildConnector.connector = (opts, callback) => {
    const literal = ipLiteralOf(opts.hostname);
    if (literal !== null && !policy(literal)) {
      callback(new AddressRefusedError(opts.hostname, literal), null);
      return;
    }
    base(opts, callback);
  };
  return new Agent({
    connect,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 4_000,
    keepAliveMaxTimeout: 30_000,
    connections: options.connections ?? 64,
    pipelining: 1,
  });
}

let publicAgent: Agent | undefined;
let privateAgent: Agent | undefined;

/** Shared keep-alive agents (one per policy), created lazily. */
export function sharedAgent(allowPrivateNetwork: boolean): Agent {
  if (allowPrivateNetwork) {
    privateAgent ??= createSafeAgent({ policy: () => true });
    return privateAgent;
  }
  publicAgent ??= createSafeAgent();
  return publicAgent;
}

export async function closeSharedAgents(): Promise<void> {
  const agents = [publicAgent, privateAgent].filter((a): a is Agent => a !== undefined);
  publicAgent = undefined;
  privateAgent = undefined;
  await Promise.all(agents.map((a) => a.close()));
}
