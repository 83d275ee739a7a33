// Requests that Next.js or next-auth would answer with a 500 before any of the app's code runs: a server action body
// React cannot decode, a path that is not valid percent-encoding, a GET to the credentials callback. proxy.ts answers
// them with a plain 4xx instead, so that a 5xx always means a bug in the app.

const maxActionBytes = 1_000_000;
const maxDepth = 64;

/** Values React's reply encoding writes as "$…" strings without pointing at another part of the body. */
const standaloneValue = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|n-?\d+$|D\d{4}-\d\d-\d\dT[\d:.]+Z$)/;

/** A string that refers to another part of the body (React fails when that part is not there). */
function isReference(value: string): boolean {
  return value.startsWith("$") && !standaloneValue.test(value);
}

/** A reference in a multipart body ("$Q1", "$@2", "$3": another part, its id in hex) must name a part that is there;
 *  "$K…" names a prefix of form fields, which may be empty. */
function referenceResolves(value: string, form: FormData): boolean {
  const match = /^\$([A-Za-z@]?)([0-9a-f]+)$/.exec(value);
  if (!match) return false;
  return match[1] === "K" || form.has(String(parseInt(match[2], 16)));
}

/** Walks a parsed body without recursion (a deep body must not blow this check's stack either). */
function isAcceptableValue(root: unknown, resolves: (reference: string) => boolean): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (depth > maxDepth) return false;
    if (typeof value === "string") {
      if (isReference(value) && !resolves(value)) return false;
    } else if (value !== null && typeof value === "object") {
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
    }
  }
  return true;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** A plain-text action body: UTF-8 JSON, an array of arguments, not too deep, and no references (it has no other parts). */
export function isAcceptableTextActionBody(bytes: Uint8Array): boolean {
  if (bytes.byteLength > maxActionBytes) return false;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const parsed = parseJson(text);
  return parsed.ok && Array.isArray(parsed.value) && isAcceptableValue(parsed.value, () => false);
}

/** A multipart action body: its numbered parts must be JSON within the depth limit, and refer only to parts present. */
export function isAcceptableMultipartActionBody(form: FormData): boolean {
  for (const [name, value] of form.entries()) {
    if (!/^\d+$/.test(name) || typeof value !== "string") continue;
    const parsed = parseJson(value);
    if (!parsed.ok || !isAcceptableValue(parsed.value, (reference) => referenceResolves(reference, form))) return false;
  }
  return true;
}

/** The origin check Next.js does for actions, answered with a 403 instead of its 500. No Origin: a same-site form. */
export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (origin === null) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Every segment of the path must decode: Next.js fails on "%E3%81" while matching routes. */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** next-auth's credentials callback only takes a POST; any other method makes it throw. */
export function isMisdirectedSignIn(method: string, pathname: string): boolean {
  return pathname === "/api/auth/callback/credentials" && method !== "POST";
}

export const guardLimits = { maxActionBytes, maxDepth };
