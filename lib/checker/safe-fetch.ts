/**
 * GET with manual redirects (at most maxRedirects), per-hop scheme and literal-address checks
 * (the agent re-checks resolved addresses at connect time) and a body cap: reading stops at
 * maxBytes and the rest is never buffered.
 */
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { pipeline, type Readable, type Transform } from "node:stream";
import type { Dispatcher } from "undici";
import { AddressRefusedError, ipLiteralOf, type AddressPolicy } from "./address-policy";
import type { ReasonCode } from "./reasons";
import { checkerUserAgent } from "./user-agent";
import { isWebPort } from "./ports";

/** Read once at start (lib/checker/user-agent.ts): an ordinary browser's unless TAIKAI_CHECKER_USER_AGENT says otherwise. */
export const DEFAULT_USER_AGENT = checkerUserAgent();
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export class FetchFailure extends Error {
  constructor(
    readonly reason: ReasonCode,
    message: string,
    readonly finalUrl: string | null,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = "FetchFailure";
  }
}

/**
 * A minimal abort signal for one check. undici accepts any EventEmitter-shaped signal (once/removeListener,
 * aborted, reason); this one costs a small object per check instead of an AbortController, an AbortSignal
 * EventTarget and its listener bookkeeping. abort() is idempotent and calls every listener once.
 */
export class CheckSignal {
  aborted = false;
  reason: unknown = undefined;
  private listeners: Array<() => void> | null = null;

  abort(reason?: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason ?? new DOMException("This operation was aborted", "AbortError");
    const listeners = this.listeners;
    this.listeners = null;
    if (listeners) for (const fn of listeners) fn();
  }

  on(event: string, fn: () => void): this {
    if (event === "abort") (this.listeners ??= []).push(fn);
    return this;
  }

  once(event: string, fn: () => void): this {
    return this.on(event, fn);
  }

  removeListener(event: string, fn: () => void): this {
    const listeners = this.listeners;
    if (event === "abort" && listeners) {
      const i = listeners.indexOf(fn);
      if (i >= 0) listeners.splice(i, 1);
    }
    return this;
  }

  off(event: string, fn: () => void): this {
    return this.removeListener(event, fn);
  }
}

const ACCEPT = "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8";
const ACCEPT_LANGUAGE = "ja,en;q=0.8";
/** Shared, never mutated: undici only reads request headers. */
const DEFAULT_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "user-agent": DEFAULT_USER_AGENT,
  accept: ACCEPT,
  "accept-language": ACCEPT_LANGUAGE,
});

export interface SafeFetchOptions {
  url: string;
  dispatcher: Dispatcher;
  policy: AddressPolicy;
  signal: AbortSignal | CheckSignal;
  /** Extra headers (from a site rule); sent only to the original site and its subdomains. */
  siteHeaders?: Record<string, string>;
  /** The URL the check started from, when this fetch follows a meta refresh (scopes siteHeaders). */
  siteBase?: string;
  userAgent?: string;
  /** Allow ports other than 80 and 443 (loopback fixtures in tests only); checked on every hop. */
  allowAnyPort?: boolean;
  maxBytes?: number;
  maxRedirects?: number;
  timeoutMs?: number;
  /** Called before each hop's request (after its checks); used by tests and politeness hooks. */
  onHop?: (url: URL, hop: number) => void;
  /** Updated before each hop's request: the URL being requested (so a caller knows it after a failure). */
  progress?: { lastUrl: string | null };
}

export interface FetchedPage {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** URL first requested, normalised. */
  requestedUrl: string;
  finalUrl: string;
  redirects: number;
  body: Buffer;
  /** Decoded (decompressed) body bytes kept, at most maxBytes. */
  bytesRead: number;
  /** How the body read ended; anything but 'complete' can never prove absence (see verdict.ts). */
  bodyState: BodyState;
}

/**
 * complete: read to its end; truncated: cut at maxBytes; partial: the connection broke mid-body;
 * undecodable: a Content-Encoding we cannot decode, or a compressed stream that failed or ended early.
 * The bytes read before the cut or the failure are kept (they can still show the handle).
 */
export type BodyState = "complete" | "truncated" | "partial" | "undecodable";

/** A decompressor for the response's Content-Encoding, 'identity', or null when unsupported. */
function decoderFor(encoding: string | undefined): (() => Transform) | "identity" | null {
  const list = (encoding ?? "")
    .toLowerCase()
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e && e !== "identity");
  if (list.length === 0) return "identity";
  if (list.length > 1) return null;
  // Strict flushes: a stream that ends early must fail (and be marked undecodable) rather than pass as a
  // whole page; what was decoded before the failure is kept. Our own cut at the cap stops reading first.
  switch (list[0]) {
    case "gzip":
    case "x-gzip":
      return () => createGunzip();
    case "deflate":
      return () => createInflate();
    case "br":
      return () => createBrotliDecompress();
    default:
      return null;
  }
}

/** Stop a body we do not want; its abort error must not become an uncaught exception. */
function discard(body: Readable): void {
  body.on("error", () => undefined);
  body.destroy();
}

interface CappedRead {
  chunks: Buffer[];
  bytesRead: number;
  truncated: boolean;
  /** Set when the stream failed or closed before its end; chunks hold what came before. */
  error?: unknown;
}

/**
 * Read at most maxBytes from a stream, then stop (destroying it, so the rest is never buffered or
 * downloaded); keeps what was read. Event-driven: one promise per body rather than one per chunk.
 * A stream error, or a close before the end (premature close), resolves with `error` set and the
 * chunks read so far: a broken body is a fact about the page, and what came before it still counts.
 * The listeners stay attached (guarded by `settled`): once settled the stream is finished or destroyed,
 * and a late error is swallowed instead of becoming an uncaught exception.
 */
function readCapped(stream: Readable, maxBytes: number): Promise<CappedRead> {
  return new Promise<CappedRead>((resolve) => {
    const chunks: Buffer[] = [];
    let bytesRead = 0;
    let settled = false;
    stream.on("data", (chunk: Buffer) => {
      if (settled) return;
      const room = maxBytes - bytesRead;
      if (chunk.length >= room) {
        chunks.push(chunk.subarray(0, room));
        bytesRead += room;
        settled = true;
        stream.destroy(); // stop here: aborts the response, the rest is never read
        resolve({ chunks, bytesRead, truncated: true });
        return;
      }
      chunks.push(chunk);
      bytesRead += chunk.length;
    });
    stream.on("end", () => {
      if (settled) return;
      settled = true;
      resolve({ chunks, bytesRead, truncated: false });
    });
    stream.on("error", (err: unknown) => {
      if (settled) return;
      settled = true;
      resolve({ chunks, bytesRead, truncated: false, error: err });
    });
    stream.on("close", () => {
      if (settled) return;
      settled = true;
      const err = new Error("Premature close") as NodeJS.ErrnoException;
      err.code = "ERR_STREAM_PREMATURE_CLOSE";
      resolve({ chunks, bytesRead, truncated: false, error: err });
    });
  });
}

/** Parse and vet a URL: absolute http(s), no credentials, no refused literal address, port 80 or 443 (unless allowAnyPort). */
export function vetUrl(raw: string, policy: AddressPolicy, base?: URL, allowAnyPort = false): URL {
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    throw new FetchFailure("bad_url", `Not a valid URL: ${raw.slice(0, 200)}`, null);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchFailure("bad_url", `Only http and https URLs are checked, not ${url.protocol}`, null);
  }
  if (url.username || url.password) {
    throw new FetchFailure("bad_url", "URLs with credentials are not checked", null);
  }
  if (!url.hostname) throw new FetchFailure("bad_url", "URL has no host", null);
  // RFC 6761: localhost names are loopback whatever DNS says.
  const lower = url.hostname.toLowerCase();
  const name = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  if ((name === "localhost" || name.endsWith(".localhost")) && !policy("127.0.0.1")) {
    throw new AddressRefusedError(url.hostname, "127.0.0.1");
  }
  const literal = ipLiteralOf(url.hostname);
  if (literal !== null && !policy(literal)) throw new AddressRefusedError(url.hostname, literal);
  if (!allowAnyPort && !isWebPort(url)) throw new FetchFailure("bad_url", `Only ports 80 and 443 are checked, not ${url.port}`, null);
  if (url.hash) url.hash = "";
  return url;
}

function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, "");
}

function sameSite(a: URL, b: URL): boolean {
  const ka = siteKey(a.hostname);
  const kb = siteKey(b.hostname);
  return ka === kb || kb.endsWith(`.${ka}`);
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** zlib and brotli failures (Z_DATA_ERROR, Z_BUF_ERROR "unexpected end of file", ERR__ERROR_FORMAT_...). */
function isDecompressionError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === "string" && (code.startsWith("Z_") || code.startsWith("ERR__") || code.includes("BROTLI"));
}

function stateOf(read: CappedRead, decoded: boolean): BodyState {
  if (read.truncated) return "truncated";
  if (read.error === undefined) return "complete";
  return decoded && isDecompressionError(read.error) ? "undecodable" : "partial";
}

export async function safeFetch(opts: SafeFetchOptions): Promise<FetchedPage> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const first = vetUrl(opts.url, opts.policy, undefined, opts.allowAnyPort);
  const base = opts.siteBase ? new URL(opts.siteBase) : first;
  let url = first;
  for (let hop = 0; ; hop++) {
    let headers: Record<string, string> = DEFAULT_HEADERS;
    const extra = opts.siteHeaders && sameSite(base, url) ? opts.siteHeaders : undefined;
    if ((opts.userAgent !== undefined && opts.userAgent !== DEFAULT_USER_AGENT) || extra) {
      headers = { "user-agent": opts.userAgent ?? DEFAULT_USER_AGENT, accept: ACCEPT, "accept-language": ACCEPT_LANGUAGE };
      if (extra) Object.assign(headers, extra);
    }
    if (opts.progress) opts.progress.lastUrl = url.href;
    opts.onHop?.(url, hop);
    // dispatcher.request directly: what undici's top-level request() does after re-parsing the URL
    // and spreading the options into a new object, both of which we can skip (url is already vetted).
    const res = await opts.dispatcher.request({
      origin: url.origin,
      path: url.search ? `${url.pathname}${url.search}` : url.pathname,
      method: "GET",
      headers,
      signal: opts.signal as AbortSignal,
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
    });
    const location = headerValue(res.headers.location);
    if (REDIRECT_STATUSES.has(res.statusCode) && location) {
      // Drain a little so the socket can be reused, then move on.
      await res.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
      if (hop + 1 > maxRedirects) {
        throw new FetchFailure("too_many_redirects", `More than ${maxRedirects} redirects`, url.href, res.statusCode);
      }
      url = vetUrl(location, opts.policy, url, opts.allowAnyPort);
      continue;
    }
    const decoder = decoderFor(headerValue(res.headers["content-encoding"]));
    let read: CappedRead;
    let bodyState: BodyState;
    if (decoder === "identity") {
      read = await readCapped(res.body, maxBytes);
      bodyState = stateOf(read, false);
    } else if (decoder === null) {
      discard(res.body);
      read = { chunks: [], bytesRead: 0, truncated: false };
      bodyState = "undecodable";
    } else {
      const piped = decoder();
      // pipeline: an error or abort on either side destroys both (no hung reads).
      pipeline(res.body, piped, () => undefined);
      try {
        read = await readCapped(piped, maxBytes);
      } finally {
        piped.destroy();
      }
      bodyState = stateOf(read, true);
    }
    // A failure caused by a deadline (ours, the caller's abort, undici's body timeout) is a timeout, not a
    // fact about the page.
    if (read.error !== undefined && (opts.signal.aborted || (read.error as { code?: unknown }).code === "UND_ERR_BODY_TIMEOUT")) {
      throw read.error;
    }
    if (!res.body.readableEnded) discard(res.body);
    const { chunks, bytesRead } = read;
    return {
      status: res.statusCode,
      headers: res.headers,
      requestedUrl: first.href,
      finalUrl: url.href,
      redirects: hop,
      body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, bytesRead),
      bytesRead,
      bodyState,
    };
  }
}
