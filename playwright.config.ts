import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const port = Number(process.env.E2E_PORT ?? 3100);
export const fixturePort = port + 1;
// E2E_HTTPS=1: the app behind a TLS front (scripts/tls-front.ts) with an https NEXTAUTH_URL; only the HTTPS spec runs.
const https = process.env.E2E_HTTPS === "1";
const origin = `${https ? "https" : "http"}://127.0.0.1:${port}`;
// One data folder shared by the server and the tests (which seed bulk data with scripts/seed-demo.ts).
process.env.TAIKAI_DATA_DIR ??= mkdtempSync(join(tmpdir(), "taikai-e2e-"));

// Debian's Chromium (never `playwright install`: it downloads a browser and fails offline).
export default defineConfig({
  testDir: "e2e",
  ...(https ? { testMatch: "https.spec.ts" } : { testIgnore: "https.spec.ts" }),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: origin,
    ignoreHTTPSErrors: https,
    viewport: { width: 390, height: 844 },
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `tsx scripts/e2e-server.ts --port ${port} --fixture-port ${fixturePort}${https ? " --https" : ""}`,
    url: `${origin}/api/health`,
    ignoreHTTPSErrors: https,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
