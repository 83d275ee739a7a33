// Unit tests fail on console.error and console.warn, as the e2e tests fail on a browser console error: an error the
// code logs is a bug a test should see, not noise. A test that expects a log spies on console itself.
import { afterEach, beforeEach, vi } from "vitest";

let logged: string[] = [];

beforeEach(() => {
  logged = [];
  for (const level of ["error", "warn"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(`console.${level}: ${args.map(String).join(" ")}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (logged.length > 0) throw new Error(`the test logged:\n${logged.join("\n")}`);
});
