/**
 * Loopback-only HTTP fixture server imitating live-chat sites, for tests, the benchmark and e2e tests.
 * Deterministic, no randomness, no external resources. Listens on 127.0.0.1 with a random port.
 *
 * Routes (handle = any URL-encoded text):
 *   /                              top page (no handle)            /login, /search   login / search pages
 *   /profile/:handle               visible profile (handle on page; ?fw=1 shows it full-width)
 *   /moved/:handle                 301 -> /profile/:handle          (stays on profile)
 *   /retired/:handle               302 -> /                          (gone, redirect_off_profile)
 *   /login-wall/:handle            302 -> /login?next=...            (gone, redirect_off_profile)
 *   /soft404/:handle               200 "このユーザーは存在しません / This performer does not exist"
 *   /lost/:handle                  200 normal page without the handle (gone with a baseline handle)
 *   /status/:code                  that status (429/503 send Retry-After: ?retry-after=, default 120)
 *   /challenge/cf?status=200|403|503, /challenge/ddos-guard, /challenge/incapsula, /challenge/hcaptcha
 *   /slow?ms=N                     waits N ms before answering       /slow-body?ms=N  headers then stalls
 *   /loop/:n                       302 -> /loop/n+1 forever
 *   /big/:handle?mb=10             10 MB page, handle near the start, streamed with backpressure
 *   /sjis/profile/:handle          Shift_JIS, charset in Content-Type
 *   /eucjp/profile/:handle         EUC-JP, charset only in <meta http-equiv>
 *   /sjis-bare/profile/:handle     Shift_JIS, no charset anywhere
 *   /age/profile/:handle           age gate unless Cookie age_check=1
 *   /shell/profile/:handle         JavaScript shell
 *   /gzip/profile/:handle          gzip-encoded profile (?mb=N: N MB of padding after the handle)
 *   /zstd/profile/:handle          Content-Encoding we cannot decode
 *   /redirect?to=URL&status=302    redirect anywhere (SSRF tests)
 *   /__stats                       JSON request counters (not counted)
 *   imitation pages (moved profiles, cut bodies, meta refreshes, ...): see fixture-imitations.ts
 *   recorded pages (options.recorded, keyed by path + query): the site rules' examples, for the selftest
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import {
  AGE_GATE,
  DDOS_GUARD,
  HCAPTCHA,
  INCAPSULA,
  JS_SHELL,
  LOGIN_PAGE,
  LOST_PAGE,
  SEARCH_PAGE,
  SOFT_404,
  TOP_PAGE,
  cloudflare,
  handleFrom,
  layout,
  profileHtml,
  toFullWidth,
  FILLER,
} from "./fixture-pages";
import { serveImitation } from "./fixture-imitations";

export interface FixtureStats {
  requests: number;
  /** TCP connections accepted (keep-alive reuse shows as few connections). */
  connections: number;
  byPath: Record<string, number>;
  /** User-Agent and Cookie of the last counted request. */
  lastUserAgent: string | null;
  lastCookie: string | null;
  /** Bytes written and whether the body finished, for /big responses. */
  big: { bytesWritten: number; finished: boolean; closedEarly: boolean }[];
}

/** A page served as recorded: a site rule's example (see rule.ts ruleExampleSchema). */
export interface RecordedPage {
  status: number;
  contentType: string;
  body: string;
}

export interface FixtureServer {
  url: string;
  port: number;
  close(): Promise<void>;
  stats(): FixtureStats;
  resetStats(): void;
}

export async function startFixtureServer(options: { port?: number; recorded?: ReadonlyMap<string, RecordedPage> } = {}): Promise<FixtureServer> {
  let stats: FixtureStats = { requests: 0, connections: 0, byPath: {}, lastUserAgent: null, lastCookie: null, big: [] };
  const timers = new Set<NodeJS.Timeout>();

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fixture.invalid");
    const path = url.pathname;
    if (path === "/__stats") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(stats));
      return;
    }
    stats.requests++;
    stats.lastUserAgent = req.headers["user-agent"] ?? null;
    stats.lastCookie = req.headers.cookie ?? null;
    const family = `/${path.split("/")[1] ?? ""}`;
    stats.byPath[family] = (stats.byPath[family] ?? 0) + 1;
    const seg = path.split("/").filter(Boolean);
    const html = (status: number, body: string, headers: Record<string, string> = {}) => {
      const buf = Buffer.from(body, "utf8");
      res.writeHead(status, { "content-type": "text/html; charset=utf-8", "content-length": String(buf.length), ...headers });
      res.end(buf);
    };
    const bytes = (status: number, buf: Buffer, contentType: string) => {
      res.writeHead(status, { "content-type": contentType, "content-length": String(buf.length) });
      res.end(buf);
    };
    const redirect = (status: number, location: string) => {
      res.writeHead(status, { location, "content-length": "0" });
      res.end();
    };
    const recorded = options.recorded?.get(req.url ?? "");
    if (recorded) {
      const buf = Buffer.from(recorded.body, "utf8");
      res.writeHead(recorded.status, { "content-type": recorded.contentType, "content-length": String(buf.length) });
      res.end(buf);
      return;
    }

    switch (seg[0]) {
      case undefined:
        return html(200, TOP_PAGE);
      case "login":
        return html(200, LOGIN_PAGE);
      case "search":
        return html(200, SEARCH_PAGE);
      case "profile": {
        const handle = handleFrom(seg[1]);
        return html(200, profileHtml(handle, url.searchParams.get("fw") === "1" ? toFullWidth(handle) : handle));
      }
      case "moved":
        return redirect(301, `/profile/${seg[1] ?? ""}`);
      case "retired":
        return redirect(302, "/");
      case "login-wall":
        return redirect(302, `/login?next=${encodeURIComponent(`/profile/${seg[1] ?? ""}`)}`);
      case "soft404":
        return html(200, SOFT_404);
      case "lost":
        return html(200, LOST_PAGE);
      case "status": {
        const code = Number(seg[1]);
        const status = Number.isInteger(code) && code >= 200 && code <= 599 ? code : 400;
        const headers: Record<string, string> = {};
        if (status === 429 || status === 503) headers["retry-after"] = url.searchParams.get("retry-after") ?? "120";
        return html(status, layout(`${status}`, `<h1>Status ${status}</h1><p>${FILLER}</p>`), headers);
      }
      case "challenge": {
        const kind = seg[1] ?? "cf";
        if (kind === "ddos-guard") return html(403, DDOS_GUARD, { server: "ddos-guard" });
        if (kind === "incapsula") return html(200, INCAPSULA);
        if (kind === "hcaptcha") return html(200, HCAPTCHA);
        const status = Number(url.searchParams.get("status") ?? "403");
        return html([200, 403, 503].includes(status) ? status : 403, cloudflare(), {
          "cf-ray": "8f00000000000000-NRT",
          server: "cloudflare",
          ...(url.searchParams.get("mitigated") === "1" ? { "cf-mitigated": "challenge" } : {}),
        });
      }
      case "slow": {
        const ms = Math.min(Number(url.searchParams.get("ms") ?? "2000") || 0, 60_000);
        const t = setTimeout(() => {
          timers.delete(t);
          if (!res.destroyed) html(200, profileHtml("slowpoke", "slowpoke"));
        }, ms);
        timers.add(t);
        res.on("close", () => {
          clearTimeout(t);
          timers.delete(t);
        });
        return;
      }
      case "slow-body": {
        const ms = Math.min(Number(url.searchParams.get("ms") ?? "2000") || 0, 60_000);
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.write("<!DOCTYPE html><html><head><title>slow</title></head><body><h1>");
        const t = setTimeout(() => {
          timers.delete(t);
          if (!res.destroyed) res.end("slowpoke</h1></body></html>");
        }, ms);
        timers.add(t);
        res.on("close", () => {
          clearTimeout(t);
          timers.delete(t);
        });
        return;
      }
      case "loop": {
        const n = Number(seg[1] ?? "0") || 0;
        return redirect(302, `/loop/${n + 1}`);
      }
      case "big":
        return sendBig(res, handleFrom(seg[1]), Number(url.searchParams.get("mb") ?? "10") || 10, stats);
      case "sjis":
      case "eucjp":
      case "sjis-bare": {
        const handle = handleFrom(seg[2]);
        const display = url.searchParams.get("fw") === "1" ? toFullWidth(handle) : handle;
        if (seg[0] === "sjis") {
          return bytes(200, iconv.encode(profileHtml(handle, display, '<meta name="x" content="y">'), "Shift_JIS"), "text/html; charset=Shift_JIS");
        }
        if (seg[0] === "eucjp") {
          const meta = '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">';
          return bytes(200, iconv.encode(profileHtml(handle, display, meta), "EUC-JP"), "text/html");
        }
        return bytes(200, iconv.encode(profileHtml(handle, display, ""), "Shift_JIS"), "text/html");
      }
      case "age": {
        const handle = handleFrom(seg[2]);
        const cookie = req.headers.cookie ?? "";
        if (/(?:^|;\s*)age_check=1(?:;|$)/.test(cookie)) return html(200, profileHtml(handle, handle));
        return html(200, AGE_GATE);
      }
      case "shell":
        return html(200, JS_SHELL);
      case "gzip": {
        const handle = handleFrom(seg[2]);
        const mb = Math.min(Number(url.searchParams.get("mb") ?? "0") || 0, 64);
        const page = profileHtml(handle, handle).replace("</main>", `<pre>${"x".repeat(mb * 1024 * 1024)}</pre></main>`);
        const gz = gzipSync(Buffer.from(page, "utf8"));
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip", "content-length": String(gz.length) });
        res.end(gz);
        return;
      }
      case "zstd": {
        const junk = Buffer.from(`28b52ffd0058610000${"ab".repeat(200)}`, "hex");
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "zstd", "content-length": String(junk.length) });
        res.end(junk);
        return;
      }
      case "redirect": {
        const to = url.searchParams.get("to") ?? "/";
        const status = Number(url.searchParams.get("status") ?? "302");
        return redirect([301, 302, 303, 307, 308].includes(status) ? status : 302, to);
      }
      default: {
        const reply = {
          html,
          bytes: (status: number, buf: Buffer, headers: Record<string, string>) => {
            res.writeHead(status, { "content-length": String(buf.length), ...headers });
            res.end(buf);
          },
          redirect,
        };
        if (serveImitation({ seg, url, req, res, reply })) return;
        return html(404, layout("Not Found", `<h1>404 Not Found</h1><p>${FILLER}</p>`));
      }
    }
  });
  server.keepAliveTimeout = 5_000;
  server.on("connection", () => {
    stats.connections++;
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stats: () => stats,
    resetStats: () => {
      stats = { requests: 0, connections: 0, byPath: {}, lastUserAgent: null, lastCookie: null, big: [] };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };

  function sendBig(res: http.ServerResponse, handle: string, mb: number, s: FixtureStats): void {
    const total = Math.min(mb, 64) * 1024 * 1024;
    const entry = { bytesWritten: 0, finished: false, closedEarly: false };
    s.big.push(entry);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": String(total) });
    const head = Buffer.from(profileHtml(handle, handle).replace("</main>", '<div class="log">'), "utf8");
    const chunk = Buffer.alloc(64 * 1024, `${"x".repeat(63)}\n`);
    res.on("close", () => {
      if (!entry.finished) entry.closedEarly = true;
    });
    const pump = () => {
      while (entry.bytesWritten < total && !res.destroyed) {
        let piece = entry.bytesWritten === 0 ? head : chunk;
        const left = total - entry.bytesWritten;
        if (piece.length > left) piece = piece.subarray(0, left);
        entry.bytesWritten += piece.length;
        if (!res.write(piece)) {
          res.once("drain", pump);
          return;
        }
      }
      if (entry.bytesWritten >= total && !res.destroyed) {
        res.end();
        entry.finished = true;
      }
    };
    pump();
  }
}
