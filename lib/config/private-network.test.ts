import { afterEach, describe, expect, it, vi } from "vitest";
import { allowPrivateNetworkForChecks } from "../registrations/check-registration";
import { privateNetworkWarning, warnAboutPrivateNetwork } from "./private-network";

describe("private-network checks in the web process and worker", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("are off when only TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK is set (a deployment cannot turn them on by accident)", () => {
    vi.stubEnv("TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK", "1");
    vi.stubEnv("TAIKAI_TEST_MODE", "");
    expect(allowPrivateNetworkForChecks()).toBe(false);
    expect(privateNetworkWarning()).toMatch(/ignored/);
  });

  it("are on only with TAIKAI_TEST_MODE=1 too, and then every start warns loudly", () => {
    vi.stubEnv("TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK", "1");
    vi.stubEnv("TAIKAI_TEST_MODE", "1");
    expect(allowPrivateNetworkForChecks()).toBe(true);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    warnAboutPrivateNetwork();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ALLOW_PRIVATE_NETWORK is ON[\s\S]*never run a real deployment/));
    warn.mockRestore();
  });

  it("say nothing when unset", () => {
    vi.stubEnv("TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK", "");
    vi.stubEnv("TAIKAI_TEST_MODE", "1");
    expect(allowPrivateNetworkForChecks()).toBe(false);
    expect(privateNetworkWarning()).toBeNull();
  });
});
