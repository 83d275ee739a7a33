// Only the app's own origin: no CDN, font host or analytics may ever load, and no site may frame the app.
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes; inline styles cannot load anything from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ].join("; ");
}

/** For everything under /api/: files, JSON and redirects, never a page. Nothing may run or load, even if a downloaded
 *  file were opened in the browser; a route's own stricter header (the evidence download's) says the same. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** The policy a response to `pathname` gets from proxy.ts: the strict API one under /api/, the page one elsewhere. */
export function policyForPath(pathname: string, nonce: string, development = false): string {
  return pathname.startsWith("/api/") ? apiContentSecurityPolicy : contentSecurityPolicy(nonce, development);
}
