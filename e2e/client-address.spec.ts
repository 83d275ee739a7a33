// Per-address sign-in limits against real requests to `next start`: a client that rotates X-Forwarded-For is still
// one address, and behind TAIKAI_TRUSTED_PROXIES=1 the entry the proxy wrote (the rightmost) is the address.
// Each case starts its own server with a low per-address limit (the shared e2e server lifts it for the suite).
import { execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startNext, stopNext, waitForApp } from "../scripts/bench-app";
import { freePort } from "../scripts/free-port";
import { expect, test } from "./fixtures";

const limit = 3;

async function startServer(trustedProxies: string): Promise<{ origin: string; server: ChildProcess }> {
  const dataDir = mkdtempSync(join(tmpdir(), "taikai-e2e-address-"));
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    TAIKAI_WORKER: "off",
    TAIKAI_DATA_DIR: dataDir,
    DATABASE_URL: `file:${join(dataDir, "address.db")}`,
    TAIKAI_SIGNIN_LIMIT_PER_IP: String(limit),
    TAIKAI_TRUSTED_PROXIES: trustedProxies,
  };
  execFileSync("npx", ["tsx", "scripts/db-migrate.ts"], { env, stdio: "ignore" });
  const port = await freePort();
  const server = startNext(port, env);
  const origin = `http://127.0.0.1:${port}`;
  await waitForApp(origin);
  return { origin, server };
}

/** One failed sign-in through next-auth's own endpoint; returns next-auth's error code. */
async function failSignIn(origin: string, forwardedFor: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`, { headers: { "x-forwarded-for": forwardedFor } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  // An identifier no account has, under both names sign-in has used for it.
  const login = `nobody-${randomBytes(4).toString("hex")}@example.test`;
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": forwardedFor },
    body: new URLSearchParams({ csrfToken, login, email: login, password: "wrong-password-1", json: "true" }),
  });
  const body = (await response.json()) as { url?: string };
  return new URL(body.url ?? "", origin).searchParams.get("error") ?? `HTTP ${response.status}`;
}

const spoofed = () => `198.51.100.${randomBytes(1)[0]}`;

test("rotating X-Forwarded-For does not get around the per-address sign-in limit", async () => {
  const { origin, server } = await startServer("0");
  try {
    for (let i = 0; i < limit; i++) expect(await failSignIn(origin, spoofed())).toBe("INVALID_CREDENTIALS");
    expect(await failSignIn(origin, spoofed())).toMatch(/^RATE_LIMITED:\d+$/);
  } finally {
    await stopNext(server);
  }
});

test("behind one trusted proxy the rightmost X-Forwarded-For entry is the address", async () => {
  const { origin, server } = await startServer("1");
  try {
    for (let i = 0; i < limit; i++) expect(await failSignIn(origin, `${spoofed()}, 203.0.113.5`)).toBe("INVALID_CREDENTIALS");
    expect(await failSignIn(origin, `${spoofed()}, 203.0.113.5`)).toMatch(/^RATE_LIMITED:\d+$/);
    // Another client of the same proxy is not held up.
    expect(await failSignIn(origin, "203.0.113.5, 203.0.113.6")).toBe("INVALID_CREDENTIALS");
  } finally {
    await stopNext(server);
  }
});
