/**
 * Imitation pages for the fixture server: the classes of page that could tempt the checker into a false
 * "gone" (a moved profile, a cut or broken body, a wrong charset, a login wall, a private notice, a language
 * variant, a meta refresh...). imitation.test.ts lists each route with the verdict it must get.
 *
 *   /relocated/:h            301 -> /u/1001?n=:h, her profile at a new URL          (redirect_shows_handle)
 *   /relocated-og/:h         302 -> /u/1002?n=:h&og=1, named only in og:title       (redirect_shows_handle)
 *   /retired-listed/:h       302 -> /popular?who=:h, a listing that shows her        (redirect_shows_handle)
 *   /moved-host/:h           301 -> the same profile on http://localhost:port        (redirect_shows_handle)
 *   /to-search/:h            302 -> /find?q=:h, a search page echoing her handle     (redirect_shows_handle)
 *   /to-app/:h               302 -> /app, a JavaScript shell                         (js_shell)
 *   /to-maintenance/:h       302 -> /maintenance, "メンテナンス中"                   (temporary_error_page)
 *   /long/:h?mb=3            the handle after 2.5 MB (past the 2 MB cap)            (truncated_body)
 *   /refresh/top/:h          meta refresh to /                                       (gone, meta_refresh_off_profile)
 *   /refresh/self/:h         meta refresh to itself                                  (refresh_to_self)
 *   /refresh/profile/:h      meta refresh to /profile/:h                             (visible)
 *   /refresh/login/:h        meta refresh to /login?next=...                         (login_wall)
 *   /refresh/loop/:n         meta refresh to /refresh/loop/n+1                       (too_many_redirects)
 *   /refresh-slow/:h         her page (named in og:title) returning home after 600 s (handle_in_markup_only)
 *   /refresh-named/:h        a forwarding page to / that names her in og:title      (not gone)
 *   /refresh-titled/:h?to=   a forwarding page whose title is her handle, to / (or to)  (redirect_shows_handle / visible)
 *   /script-redirect/:h      location.href = "/"                                     (gone, meta_refresh_off_profile)
 *   /redirect-refresh/:h     302 -> /refresh/top/:h                                  (gone, meta_refresh_off_profile)
 *   /mislabelled/:h          Shift_JIS bytes labelled UTF-8                          (undecodable_body for a Japanese handle)
 *   /mislabelled-utf8/:h     UTF-8 bytes labelled Shift_JIS                          (undecodable_body for a Japanese handle)
 *   /utf16/:h                UTF-16LE with no charset                                (undecodable_body)
 *   /gzip-broken/:h          gzip header, corrupt stream                             (undecodable_body)
 *   /gzip-cut/:h             a valid gzip stream cut before its end (and the handle) (undecodable_body)
 *   /br/:h, /br-broken/:h    brotli, valid / corrupt                                 (visible / undecodable_body)
 *   /reset/:h?late=1         connection reset mid-body, before (or after) the handle (partial_read / visible)
 *   /private/:h, /offline/:h "非公開" / "オフライン" without the handle              (private_or_offline)
 *   /members-only/:h         "ログインしてプロフィールを見る"                         (login_wall)
 *   /maintenance/:h          200 "メンテナンス中"                                     (temporary_error_page)
 *   /en/profile/:h           English variant (a Japanese handle is not shown)       (language_variant)
 *   /og-only/:h, /jsonld-only/:h, /attr-only/:h   the handle only in markup         (handle_in_markup_only)
 *   /split/:h                the handle split by inline tags and a zero-width space  (visible)
 *   /missing-echo/:h         404 that names her                                      (not_found_shows_handle)
 *   /deleted/:h              200 "このアカウントは削除されました"                     (gone, handle_missing)
 *   /api-variant/:h          200 JSON without the handle                             (not_a_page)
 *   /spa-404/:h?og=1         an app shell answering 404 (naming her in og:title)     (js_shell / not_found_shows_handle)
 *   /refresh-header/:h       200 with a "Refresh: 0; url=/" header                    (gone, meta_refresh_off_profile)
 *   /utf16-bom/:h            UTF-16LE with a byte order mark                          (visible)
 *   /to-consent/:h, /region/:h  a cookie-consent or region notice                    (interstitial_page)
 *   /split-shy/:h            the handle split by &shy;                               (visible)
 *   /katakana/:h             a hiragana handle shown in katakana                     (visible)
 */
import type http from "node:http";
import { brotliCompressSync, gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import {
  CONSENT_PAGE,
  DELETED_PAGE,
  FILLER,
  REGION_PAGE,
  appShell404,
  softHyphenHtml,
  JS_SHELL,
  MAINTENANCE_PAGE,
  MEMBERS_ONLY_PAGE,
  OFFLINE_PAGE,
  PRIVATE_PAGE,
  englishProfileHtml,
  escapeHtml,
  handleFrom,
  layout,
  listingHtml,
  markupOnlyHtml,
  notFoundEchoHtml,
  profileHtml,
  refreshPage,
  scriptRedirectPage,
  splitHandleHtml,
} from "./fixture-pages";

export interface Reply {
  html(status: number, body: string, headers?: Record<string, string>): void;
  bytes(status: number, buf: Buffer, headers: Record<string, string>): void;
  redirect(status: number, location: string): void;
}

interface Request {
  seg: string[];
  url: URL;
  req: http.IncomingMessage;
  res: http.ServerResponse;
  reply: Reply;
}

const UTF8 = "text/html; charset=utf-8";

/** A long page that names her only after `padBytes` of log text (not in its title). */
function padded(handle: string, padBytes: number): string {
  const h = escapeHtml(handle);
  return layout(
    "プロフィール | Fixture Live Chat",
    `<pre class="log">${"x".repeat(padBytes)}</pre><section class="profile"><h1>${h}</h1><p>${FILLER.repeat(6)}</p></section>`,
  );
}

/** Headers, then the part of the page before `cut`, then a TCP reset. */
function resetMidBody({ req, res }: Request, page: Buffer, cut: number): void {
  res.writeHead(200, { "content-type": UTF8, "content-length": String(page.length) });
  res.write(page.subarray(0, cut));
  setTimeout(() => req.socket.resetAndDestroy(), 20);
}

const routes: Record<string, (r: Request) => void> = {
  relocated: ({ seg, reply }) => reply.redirect(301, `/u/1001?n=${seg[1] ?? ""}`),
  "relocated-og": ({ seg, reply }) => reply.redirect(302, `/u/1002?n=${seg[1] ?? ""}&og=1`),
  u: ({ url, reply }) => {
    const handle = url.searchParams.get("n") ?? "";
    reply.html(200, url.searchParams.get("og") === "1" ? markupOnlyHtml("og", handle) : profileHtml(handle, handle));
  },
  "retired-listed": ({ seg, reply }) => reply.redirect(302, `/popular?who=${seg[1] ?? ""}`),
  popular: ({ url, reply }) => reply.html(200, listingHtml(url.searchParams.get("who") ?? "")),
  "moved-host": ({ seg, req, reply }) => reply.redirect(301, `http://localhost:${req.socket.localPort}/profile/${seg[1] ?? ""}`),
  "to-search": ({ seg, reply }) => reply.redirect(302, `/find?q=${seg[1] ?? ""}`),
  find: ({ url, reply }) => {
    const q = escapeHtml(url.searchParams.get("q") ?? "");
    reply.html(200, layout("検索 | Fixture Live Chat", `<h1>「${q}」の検索結果</h1><p>0件</p><p>${FILLER.repeat(2)}</p>`));
  },
  "to-app": ({ reply }) => reply.redirect(302, "/app"),
  app: ({ reply }) => reply.html(200, JS_SHELL),
  "to-maintenance": ({ reply }) => reply.redirect(302, "/maintenance"),
  maintenance: ({ reply }) => reply.html(200, MAINTENANCE_PAGE),
  long: ({ seg, url, reply }) => {
    const mb = Math.min(Number(url.searchParams.get("mb") ?? "3") || 3, 16);
    reply.html(200, padded(handleFrom(seg[1]), Math.round((mb - 0.5) * 1024 * 1024)));
  },
  refresh: ({ seg, reply }) => {
    const rest = seg.slice(2).join("/");
    const self = `/refresh/${seg[1] ?? ""}/${rest}`;
    const n = Number(seg[2] ?? "0") || 0;
    const target: Record<string, string> = {
      top: "0;url=/",
      self: `0; URL='${self}'`,
      profile: `0;url=/profile/${rest}`,
      login: `1;url=/login?next=${encodeURIComponent(self)}`,
      loop: `0;url=/refresh/loop/${n + 1}`,
    };
    reply.html(200, refreshPage(target[seg[1] ?? ""] ?? "0"));
  },
  "refresh-slow": ({ seg, reply }) =>
    reply.html(200, markupOnlyHtml("og", handleFrom(seg[1])).replace("</title>", '</title><meta http-equiv="refresh" content="600;url=/">')),
  "refresh-named": ({ seg, reply }) =>
    reply.html(200, refreshPage("0;url=/").replace("</title>", `</title><meta property="og:title" content="${escapeHtml(handleFrom(seg[1]))}">`)),
  "refresh-titled": ({ seg, url, reply }) => {
    const to = url.searchParams.get("to") ?? "/";
    reply.html(200, refreshPage(`0;url=${to}`).replace("<title>Fixture Live Chat</title>", `<title>${escapeHtml(handleFrom(seg[1]))}</title>`));
  },
  "script-redirect": ({ reply }) => reply.html(200, scriptRedirectPage("/")),
  "redirect-refresh": ({ seg, reply }) => reply.redirect(302, `/refresh/top/${seg[1] ?? ""}`),
  mislabelled: ({ seg, reply }) => {
    const handle = handleFrom(seg[1]);
    reply.bytes(200, iconv.encode(profileHtml(handle, handle, ""), "Shift_JIS"), { "content-type": UTF8 });
  },
  "mislabelled-utf8": ({ seg, reply }) => {
    const handle = handleFrom(seg[1]);
    reply.bytes(200, Buffer.from(profileHtml(handle, handle, ""), "utf8"), { "content-type": "text/html; charset=Shift_JIS" });
  },
  utf16: ({ seg, reply }) => {
    const handle = handleFrom(seg[1]);
    reply.bytes(200, Buffer.from(profileHtml(handle, handle, ""), "utf16le"), { "content-type": "text/html" });
  },
  "gzip-broken": ({ reply }) => {
    const junk = Buffer.concat([Buffer.from("1f8b0800000000000003", "hex"), Buffer.alloc(300, 0xa7)]);
    reply.bytes(200, junk, { "content-type": UTF8, "content-encoding": "gzip" });
  },
  "gzip-cut": ({ seg, reply }) => {
    const gz = gzipSync(Buffer.from(padded(handleFrom(seg[1]), 200_000), "utf8"));
    reply.bytes(200, gz.subarray(0, Math.floor(gz.length / 3)), { "content-type": UTF8, "content-encoding": "gzip" });
  },
  br: ({ seg, reply }) => {
    const handle = handleFrom(seg[1]);
    reply.bytes(200, brotliCompressSync(Buffer.from(profileHtml(handle, handle), "utf8")), { "content-type": UTF8, "content-encoding": "br" });
  },
  "br-broken": ({ reply }) => reply.bytes(200, Buffer.alloc(200, 0xff), { "content-type": UTF8, "content-encoding": "br" }),
  reset: (r) => {
    const page = Buffer.from(padded(handleFrom(r.seg[1]), 60_000), "utf8");
    const late = r.url.searchParams.get("late") === "1";
    resetMidBody(r, page, late ? page.length - 200 : 30_000);
  },
  private: ({ reply }) => reply.html(200, PRIVATE_PAGE),
  offline: ({ reply }) => reply.html(200, OFFLINE_PAGE),
  "members-only": ({ reply }) => reply.html(200, MEMBERS_ONLY_PAGE),
  en: ({ seg, reply }) => reply.html(200, englishProfileHtml(handleFrom(seg[2]))),
  "og-only": ({ seg, reply }) => reply.html(200, markupOnlyHtml("og", handleFrom(seg[1]))),
  "jsonld-only": ({ seg, reply }) => reply.html(200, markupOnlyHtml("jsonld", handleFrom(seg[1]))),
  "attr-only": ({ seg, reply }) => reply.html(200, markupOnlyHtml("attr", handleFrom(seg[1]))),
  split: ({ seg, reply }) => reply.html(200, splitHandleHtml(handleFrom(seg[1]))),
  "missing-echo": ({ seg, reply }) => reply.html(404, notFoundEchoHtml(handleFrom(seg[1]))),
  deleted: ({ reply }) => reply.html(200, DELETED_PAGE),
  "spa-404": ({ seg, url, reply }) => reply.html(404, appShell404(handleFrom(seg[1]), url.searchParams.get("og") === "1")),
  "refresh-header": ({ reply }) => reply.html(200, layout("Fixture Live Chat", ""), { refresh: "0; url=/" }),
  "utf16-bom": ({ seg, reply }) => {
    const handle = handleFrom(seg[1]);
    reply.bytes(200, Buffer.from(`\ufeff${profileHtml(handle, handle, "")}`, "utf16le"), { "content-type": "text/html" });
  },
  "to-consent": ({ reply }) => reply.redirect(302, "/consent"),
  consent: ({ reply }) => reply.html(200, CONSENT_PAGE),
  region: ({ reply }) => reply.html(200, REGION_PAGE),
  katakana: ({ seg, reply }) => {
    const shown = handleFrom(seg[1]).replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
    reply.html(200, layout("プロフィール | Fixture Live Chat", `<section class="profile"><h1>${escapeHtml(shown)}</h1><p>${FILLER.repeat(4)}</p></section>`));
  },
  "split-shy": ({ seg, reply }) => reply.html(200, softHyphenHtml(handleFrom(seg[1]))),
  "api-variant": ({ reply }) =>
    reply.bytes(200, Buffer.from(JSON.stringify({ status: "ok", items: [], page: 1, total: 0 })), { "content-type": "application/json" }),
};

/** Serve an imitation route; false when the path is not one. */
export function serveImitation(r: Request): boolean {
  const route = routes[r.seg[0] ?? ""];
  if (!route) return false;
  route(r);
  return true;
}
