/** HTML of the fixture sites (fixture-server.ts): deterministic pages imitating a Japanese live-chat site. */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

export const FILLER = "ライブチャットで毎晩お話ししています。趣味は料理と映画鑑賞です。Live every night, chatting about food and films. ";

export function layout(title: string, body: string, charsetMeta = '<meta charset="utf-8">'): string {
  return `<!DOCTYPE html><html lang="ja"><head>${charsetMeta}<title>${title}</title>
<link rel="stylesheet" href="/static/site.css"></head><body>
<header><a href="/">Fixture Live Chat</a> <nav><a href="/search">探す</a> <a href="/login">ログイン</a></nav></header>
<main>${body}</main>
<footer><p>Fixture Live Chat 運営事務局 | 利用規約 | プライバシーポリシー | お問い合わせ</p>
<p>18歳未満の方のご利用は固くお断りします。</p></footer></body></html>`;
}

export function profileHtml(_handle: string, display: string, charsetMeta?: string): string {
  const h = escapeHtml(display);
  return layout(
    `${h} のプロフィール | Fixture Live Chat`,
    `<section class="profile"><h1>${h}</h1><p class="status">オンライン待機中 / online</p>
<p>${FILLER.repeat(6)}</p><ul><li>年齢: 24</li><li>地域: 東京</li><li>ID: ${h}</li></ul>
<script>window.__PROFILE__ = {"id": 1}</script></section>`,
    charsetMeta,
  );
}

export const TOP_PAGE = layout(
  "Fixture Live Chat | ライブチャット",
  `<h1>ようこそ Fixture Live Chat へ</h1><p>${FILLER.repeat(4)}</p><ul><li>人気の配信者</li><li>新人の配信者</li></ul>`,
);
export const LOGIN_PAGE = layout(
  "ログイン | Fixture Live Chat",
  `<h1>ログイン</h1><form><input name="email"><input name="password" type="password"></form><p>${FILLER}</p>`,
);
export const SEARCH_PAGE = layout("検索 | Fixture Live Chat", `<h1>配信者を探す</h1><p>${FILLER.repeat(2)}</p>`);
export const SOFT_404 = layout(
  "Fixture Live Chat",
  `<h1>お探しのページは見つかりません</h1><p class="notice">このユーザーは存在しません / This performer does not exist</p><p>${FILLER.repeat(2)}</p>`,
);
export const LOST_PAGE = layout(
  "プロフィール | Fixture Live Chat",
  `<section class="profile"><h1>配信者プロフィール</h1><p>${FILLER.repeat(5)}</p><ul><li>人気の配信者</li><li>新人の配信者</li></ul></section>`,
);
export const AGE_GATE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年齢確認 | Fixture Live Chat</title></head><body>
<h1>年齢確認</h1><p>当サイトはアダルトコンテンツを含みます。あなたは18歳以上ですか？</p>
<a href="?agree=1">はい</a> <a href="https://www.google.com/">いいえ</a></body></html>`;
export const JS_SHELL = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fixture Live Chat</title>
<script src="/static/runtime.js" defer></script><script src="/static/app.3f9a1c.js" defer></script></head>
<body><noscript>JavaScript を有効にしてください</noscript><div id="root"></div></body></html>`;

export function cloudflare(): string {
  return `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="refresh" content="390"><meta name="robots" content="noindex,nofollow"></head><body>
<div class="main-wrapper"><h1>fixture.example</h1><h2 id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div id="challenge-error-title">Enable JavaScript and cookies to continue</div></noscript></div>
<script>(function(){window._cf_chl_opt={cvId: '3',cZone: 'fixture.example',cType: 'managed'};
var cpo=document.createElement('script');cpo.src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8';
document.getElementsByTagName('head')[0].appendChild(cpo);}());</script>
<script src="https://challenges.cloudflare.com/turnstile/v0/api.js"></script></body></html>`;
}

export const DDOS_GUARD = `<!DOCTYPE html><html><head><title>DDoS-Guard</title></head><body><div id="ddg-l10n-title">Checking your browser before accessing fixture.example</div><script src="/.well-known/ddos-guard/check?context=free_splash"></script></body></html>`;
export const INCAPSULA = `<html><head><META NAME="robots" CONTENT="noindex,nofollow"><script src="/_Incapsula_Resource?SWJIYLWA=5074a744e2e3d891814e9a2dace20bd4,719d34d31c8e3a6e6fffd425f7e032f3"></script></head><body><iframe id="main-iframe" src="/_Incapsula_Resource?CWUDNSAI=9">Request unsuccessful. Incapsula incident ID: 0-1</iframe></body></html>`;
export const HCAPTCHA = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Security check</title><script src="https://hcaptcha.com/1/api.js" async defer></script></head><body><h1>ロボットではないことを確認してください</h1><form><div class="h-captcha" data-sitekey="10000000-ffff-ffff-ffff-000000000001"></div></form></body></html>`;

export function handleFrom(segment: string | undefined): string {
  if (!segment) return "";
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/*
 * Imitation pages (fixture-imitations.ts): what real sites serve every day, each a way the checker could be
 * tempted into a false "gone".
 */

/** A page that only forwards the browser, with or without a target. */
export function refreshPage(content: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="${content}"><title>Fixture Live Chat</title></head><body></body></html>`;
}

export function scriptRedirectPage(target: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fixture Live Chat</title></head><body><script>window.location.href = "${target}";</script></body></html>`;
}

/** A listing page (popular performers) that shows the handle among others. */
export function listingHtml(handle: string): string {
  const h = escapeHtml(handle);
  return layout("人気の配信者 | Fixture Live Chat", `<h1>人気の配信者</h1><ul><li>momo</li><li>${h}</li><li>rin</li></ul><p>${FILLER.repeat(3)}</p>`);
}

/** A moved profile whose new page names her only in markup (og:title, JSON-LD); the text shows a generic heading. */
export function markupOnlyHtml(kind: "og" | "jsonld" | "attr", handle: string): string {
  const entities = [...handle].map((c) => `&#${c.codePointAt(0)};`).join("");
  const escapes = [...handle].map((c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`).join("");
  const meta =
    kind === "og"
      ? `<meta property="og:title" content="${entities} | Fixture Live Chat">`
      : kind === "jsonld"
        ? `<script type="application/ld+json">{"@type":"Person","name":"${escapes}"}</script>`
        : "";
  const attr = kind === "attr" ? ` data-performer="${entities}"` : "";
  return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>プロフィール | Fixture Live Chat</title>${meta}</head><body>
<main><section class="profile"${attr}><h1>配信者プロフィール</h1><p>${FILLER.repeat(4)}</p></section></main></body></html>`;
}

/** The handle split by inline tags and a zero-width space (an A/B layout). */
export function splitHandleHtml(handle: string): string {
  const chars = [...handle];
  const mid = Math.max(1, Math.floor(chars.length / 2));
  const split = `<span>${escapeHtml(chars.slice(0, mid).join(""))}</span><wbr><b>${escapeHtml(chars.slice(mid).join("")).replace(/^(.)/, "$1\u200b")}</b>`;
  return layout("プロフィール | Fixture Live Chat", `<section class="profile"><h1>${split}</h1><p>${FILLER.repeat(4)}</p></section>`);
}

export const PRIVATE_PAGE = layout(
  "プロフィール | Fixture Live Chat",
  `<section class="profile"><h1>このプロフィールは非公開です</h1><p>配信者の設定により表示できません。 / This profile is private.</p><p>${FILLER.repeat(2)}</p></section>`,
);
export const OFFLINE_PAGE = layout(
  "プロフィール | Fixture Live Chat",
  `<section class="profile"><h1>この配信者は現在オフラインです</h1><p>次の配信をお待ちください。 / This performer is offline.</p><p>${FILLER.repeat(2)}</p></section>`,
);
export const MEMBERS_ONLY_PAGE = layout(
  "プロフィール | Fixture Live Chat",
  `<section class="profile"><h1>ログインしてプロフィールを見る</h1><p>このページは会員の方だけが見られます。 / Log in to see this profile.</p><p>${FILLER.repeat(2)}</p></section>`,
);
export const MAINTENANCE_PAGE = layout(
  "メンテナンス中 | Fixture Live Chat",
  `<h1>ただいまメンテナンス中です</h1><p>しばらくしてから再度アクセスしてください。 / Under maintenance, please try again later.</p><p>${FILLER.repeat(2)}</p>`,
);
export const DELETED_PAGE = layout(
  "プロフィール | Fixture Live Chat",
  `<section class="profile"><h1>このアカウントは削除されました</h1><p>This account has been deleted.</p><p>${FILLER.repeat(2)}</p></section>`,
);

/** The English variant: a Japanese handle is not written in kana there (romaji is out of scope). */
export function englishProfileHtml(handle: string): string {
  const shown = /^[\x20-\x7e]+$/.test(handle) ? escapeHtml(handle) : "Performer";
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Profile | Fixture Live Chat</title></head><body>
<header><a href="/">Fixture Live Chat</a> <a href="/profile/x">日本語</a></header><main><section class="profile"><h1>${shown}</h1>
<p>${"Chatting live every night about food, films and travel. ".repeat(6)}</p></section></main></body></html>`;
}

export function notFoundEchoHtml(handle: string): string {
  return layout("Not Found", `<h1>404 Not Found</h1><p>「${escapeHtml(handle)}」のページは見つかりません。</p><p>${FILLER}</p>`);
}

export const CONSENT_PAGE = layout(
  "Cookie | Fixture Live Chat",
  "<h1>Cookieの使用について</h1><p>We use cookies. Please accept cookies to continue.</p><button>同意する / Accept</button>",
);
export const REGION_PAGE = layout(
  "Fixture Live Chat",
  "<h1>ご利用いただけません</h1><p>This content is not available in your region. お住まいの地域ではご利用いただけません。</p>",
);

/** The handle with a soft hyphen entity inside it (&shy;): invisible, but it splits the text. */
export function softHyphenHtml(handle: string): string {
  const chars = [...escapeHtml(handle)];
  const mid = Math.max(1, Math.floor(chars.length / 2));
  return layout(
    "プロフィール | Fixture Live Chat",
    `<section class="profile"><h1>${chars.slice(0, mid).join("")}&shy;${chars.slice(mid).join("")}</h1><p>${FILLER.repeat(4)}</p></section>`,
  );
}

/** An app shell answering 404 whose metadata still names her (a route the server does not know). */
export function appShell404(handle: string, withMetadata: boolean): string {
  const meta = withMetadata ? `<meta property="og:title" content="${escapeHtml(handle)} | Fixture Live Chat">` : "";
  return JS_SHELL.replace("</title>", `</title>${meta}`);
}
