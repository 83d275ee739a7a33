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
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

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

export interface FixtureServer {
  url: string;
  port: number;
  close(): Promise<void>;
  stats(): FixtureStats;
  resetStats(): void;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const FILLER =
  'ライブチャットで毎晩お話ししています。趣味は料理と映画鑑賞です。Live every night, chatting about food and films. ';

function layout(title: string, body: string, charsetMeta = '<meta charset="utf-8">'): string {
  return `<!DOCTYPE html><html lang="ja"><head>${charsetMeta}<title>${title}</title>
<link rel="stylesheet" href="/static/site.css"></head><body>
<header><a href="/">Fixture Live Chat</a> <nav><a href="/search">探す</a> <a href="/login">ログイン</a></nav></header>
<main>${body}</main>
<footer><p>Fixture Live Chat 運営事務局 | 利用規約 | プライバシーポリシー | お問い合わせ</p>
<p>18歳未満の方のご利用は固くお断りします。</p></footer></body></html>`;
}

function profileHtml(handle: string, display: string, charsetMeta?: string): string {
  const h = escapeHtml(display);
  return layout(
    `${h} のプロフィール | Fixture Live Chat`,
    `<section class="profile"><h1>${h}</h1><p class="status">オンライン待機中 / online</p>
<p>${FILLER.repeat(6)}</p><ul><li>年齢: 24</li><li>地域: 東京</li><li>ID: ${h}</li></ul>
<script>window.__PROFILE__ = {"id": 1}</script></section>`,
    charsetMeta,
  );
}

const TOP_PAGE = layout(
  'Fixture Live Chat | ライブチャット',
  `<h1>ようこそ Fixture Live Chat へ</h1><p>${FILLER.repeat(4)}</p><ul><li>人気の配信者</li><li>新人の配信者</li></ul>`,
);
const LOGIN_PAGE = layout('ログイン | Fixture Live Chat', `<h1>ログイン</h1><form><input name="email"><input name="password" type="password"></form><p>${FILLER}</p>`);
const SEARCH_PAGE = layout('検索 | Fixture Live Chat', `<h1>配信者を探す</h1><p>${FILLER.repeat(2)}</p>`);
const SOFT_404 = layout(
  'Fixture Live Chat',
  `<h1>お探しのページは見つかりません</h1><p class="notice">このユーザーは存在しません / This performer does not exist</p><p>${FILLER.repeat(2)}</p>`,
);
const LOST_PAGE = layout(
  'プロフィール | Fixture Live Chat',
  `<section class="profile"><h1>配信者プロフィール</h1><p>${FILLER.repeat(5)}</p><ul><li>人気の配信者</li><li>新人の配信者</li></ul></section>`,
);
const AGE_GATE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年齢確認 | Fixture Live Chat</title></head><body>
<h1>年齢確認</h1><p>当サイトはアダルトコンテンツを含みます。あなたは18歳以上ですか？</p>
<a href="?agree=1">はい</a> <a href="https://www.google.com/">いいえ</a></body></html>`;
const JS_SHELL = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fixture Live Chat</title>
<script src="/static/runtime.js" defer></script><script src="/static/app.3f9a1c.js" defer></script></head>
<body><noscript>JavaScript を有効にしてください</noscript><div id="root"></div></body></html>`;

function cloudflare(): string {
  return `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="refresh" content="390"><meta name="robots" content="noindex,nofollow"></head><body>
<div class="main-wrapper"><h1>fixture.example</h1><h2 id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div id="challenge-error-title">Enable JavaScript and cookies to continue</div></noscript></div>
<script>(function(){window._cf_chl_opt={cvId: '3',cZone: 'fixture.example',cType: 'managed'};
var cpo=document.createElement('script');cpo.src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8';
document.getElementsByTagName('head')[0].appendChild(cpo);}());</script>
<script src="https://challenges.cloudflare.com/turnstile/v0/api.js"></script></body></html>`;
}

const DDOS_GUARD = `<!DOCTYPE html><html><head><title>DDoS-Guard</title></head><body><div id="ddg-l10n-title">Checking your browser before accessing fixture.example</div><script src="/.well-known/ddos-guard/check?context=free_splash"></script></body></html>`;
const INCAPSULA = `<html><head><META NAME="robots" CONTENT="noindex,nofollow"><script src="/_Incapsula_Resource?SWJIYLWA=5074a744e2e3d891814e9a2dace20bd4,719d34d31c8e3a6e6fffd425f7e032f3"></script></head><body><iframe id="main-iframe" src="/_Incapsula_Resource?CWUDNSAI=9">Request unsuccessful. Incapsula incident ID: 0-1</iframe></body></html>`;
const HCAPTCHA = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Security check</title><script src="https://hcaptcha.com/1/api.js" async defer></script></head><body><h1>ロボットではないことを確認してください</h1><form><div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div></form></body></html>`;

function handleFrom(segment: string | undefined): string {
  if (!segment) return '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function startFixtureServer(options: { port?: number } = {}): Promise<FixtureServer> {
  let stats: FixtureStats = { requests: 0, connections: 0, byPath: {}, lastUserAgent: null, lastCookie: null, big: [] };
  const timers = new Set<NodeJS.Timeout>();

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    const path = url.pathname;
    if (path === '/__stats') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
      return;
    }
    stats.requests++;
    stats.lastUserAgent = req.headers['user-agent'] ?? null;
    stats.lastCookie = req.headers.cookie ?? null;
    const family = '/' + (path.split('/')[1] ?? '');
    stats.byPath[family] = (stats.byPath[family] ?? 0) + 1;
    const seg = path.split('/').filter(Boolean);
    const html = (status: number, body: string, headers: Record<string, string> = {}) => {
      const buf = Buffer.from(body, 'utf8');
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(buf.length), ...headers });
      res.end(buf);
    };
    const bytes = (status: number, buf: Buffer, contentType: string) => {
      res.writeHead(status, { 'content-type': contentType, 'content-length': String(buf.length) });
      res.end(buf);
    };
    const redirect = (status: number, location: string) => {
      res.writeHead(status, { location, 'content-length': '0' });
      res.end();
    };

    switch (seg[0]) {
      case undefined:
        return html(200, TOP_PAGE);
      case 'login':
        return html(200, LOGIN_PAGE);
      case 'search':
        return html(200, SEARCH_PAGE);
      case 'profile': {
        const handle = handleFrom(seg[1]);
        return html(200, profileHtml(handle, url.searchParams.get('fw') === '1' ? toFullWidth(handle) : handle));
      }
      case 'moved':
        return redirect(301, `/profile/${seg[1] ?? ''}`);
      case 'retired':
        return redirect(302, '/');
      case 'login-wall':
        return redirect(302, `/login?next=${encodeURIComponent(`/profile/${seg[1] ?? ''}`)}`);
      case 'soft404':
        return html(200, SOFT_404);
      case 'lost':
        return html(200, LOST_PAGE);
      case 'status': {
        const code = Number(seg[1]);
        const status = Number.isInteger(code) && code >= 200 && code <= 599 ? code : 400;
        const headers: Record<string, string> = {};
        if (status === 429 || status === 503) headers['retry-after'] = url.searchParams.get('retry-after') ?? '120';
        return html(status, layout(`${status}`, `<h1>Status ${status}</h1><p>${FILLER}</p>`), headers);
      }
      case 'challenge': {
        const kind = seg[1] ?? 'cf';
        if (kind === 'ddos-guard') return html(403, DDOS_GUARD, { server: 'ddos-guard' });
        if (kind === 'incapsula') return html(200, INCAPSULA);
        if (kind === 'hcaptcha') return html(200, HCAPTCHA);
        const status = Number(url.searchParams.get('status') ?? '403');
        return html([200, 403, 503].includes(status) ? status : 403, cloudflare(), {
          'cf-ray': '8f00000000000000-NRT',
          server: 'cloudflare',
          ...(url.searchParams.get('mitigated') === '1' ? { 'cf-mitigated': 'challenge' } : {}),
        });
      }
      case 'slow': {
        const ms = Math.min(Number(url.searchParams.get('ms') ?? '2000') || 0, 60_000);
        const t = setTimeout(() => {
          timers.delete(t);
          if (!res.destroyed) html(200, profileHtml('slowpoke', 'slowpoke'));
        }, ms);
        timers.add(t);
        res.on('close', () => {
          clearTimeout(t);
          timers.delete(t);
        });
        return;
      }
      case 'slow-body': {
        const ms = Math.min(Number(url.searchParams.get('ms') ?? '2000') || 0, 60_000);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!DOCTYPE html><html><head><title>slow</title></head><body><h1>');
        const t = setTimeout(() => {
          timers.delete(t);
          if (!res.destroyed) res.end('slowpoke</h1></body></html>');
        }, ms);
        timers.add(t);
        res.on('close', () => {
          clearTimeout(t);
          timers.delete(t);
        });
        return;
      }
      case 'loop': {
        const n = Number(seg[1] ?? '0') || 0;
        return redirect(302, `/loop/${n + 1}`);
      }
      case 'big':
        return sendBig(res, handleFrom(seg[1]), Number(url.searchParams.get('mb') ?? '10') || 10, stats);
      case 'sjis':
      case 'eucjp':
      case 'sjis-bare': {
        const handle = handleFrom(seg[2]);
        const display = url.searchParams.get('fw') === '1' ? toFullWidth(handle) : handle;
        if (seg[0] === 'sjis') {
          return bytes(200, iconv.encode(profileHtml(handle, display, '<meta name="x" content="y">'), 'Shift_JIS'), 'text/html; charset=Shift_JIS');
        }
        if (seg[0] === 'eucjp') {
          const meta = '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">';
          return bytes(200, iconv.encode(profileHtml(handle, display, meta), 'EUC-JP'), 'text/html');
        }
        return bytes(200, iconv.encode(profileHtml(handle, display, ''), 'Shift_JIS'), 'text/html');
      }
      case 'age': {
        const handle = handleFrom(seg[2]);
        const cookie = req.headers.cookie ?? '';
        if (/(?:^|;\s*)age_check=1(?:;|$)/.test(cookie)) return html(200, profileHtml(handle, handle));
        return html(200, AGE_GATE);
      }
      case 'shell':
        return html(200, JS_SHELL);
      case 'gzip': {
        const handle = handleFrom(seg[2]);
        const mb = Math.min(Number(url.searchParams.get('mb') ?? '0') || 0, 64);
        const page = profileHtml(handle, handle).replace('</main>', `<pre>${'x'.repeat(mb * 1024 * 1024)}</pre></main>`);
        const gz = gzipSync(Buffer.from(page, 'utf8'));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'content-length': String(gz.length) });
        res.end(gz);
        return;
      }
      case 'zstd': {
        const junk = Buffer.from('28b52ffd0058610000' + 'ab'.repeat(200), 'hex');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'zstd', 'content-length': String(junk.length) });
        res.end(junk);
        return;
      }
      case 'redirect': {
        const to = url.searchParams.get('to') ?? '/';
        const status = Number(url.searchParams.get('status') ?? '302');
        return redirect([301, 302, 303, 307, 308].includes(status) ? status : 302, to);
      }
      default:
        return html(404, layout('Not Found', `<h1>404 Not Found</h1><p>${FILLER}</p>`));
    }
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', () => {
    stats.connections++;
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
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
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(total) });
    const head = Buffer.from(profileHtml(handle, handle).replace('</main>', '<div class="log">'), 'utf8');
    const chunk = Buffer.alloc(64 * 1024, 'x'.repeat(63) + '\n');
    res.on('close', () => {
      if (!entry.finished) entry.closedEarly = true;
    });
    const pump = () => {
      while (entry.bytesWritten < total && !res.destroyed) {
        let piece = entry.bytesWritten === 0 ? head : chunk;
        const left = total - entry.bytesWritten;
        if (piece.length > left) piece = piece.subarray(0, left);
        entry.bytesWritten += piece.length;
        if (!res.write(piece)) {
          res.once('drain', pump);
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
