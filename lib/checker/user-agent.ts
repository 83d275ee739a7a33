/**
 * The User-Agent the checker sends. Sites may be run by the agency or share what they see with it: a User-Agent
 * naming the app would tell them she uses it (and is leaving). The default is an ordinary desktop browser's;
 * TAIKAI_CHECKER_USER_AGENT replaces it (printable ASCII, at most 512 characters; anything else is ignored).
 */
export const BROWSER_USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

export function isValidUserAgent(value: string): boolean {
  return /^[\x20-\x7e]{1,512}$/.test(value) && value.trim() === value;
}

export function checkerUserAgent(env: Record<string, string | undefined> = process.env): string {
  const configured = env.TAIKAI_CHECKER_USER_AGENT?.trim();
  return configured && isValidUserAgent(configured) ? configured : BROWSER_USER_AGENT;
}
