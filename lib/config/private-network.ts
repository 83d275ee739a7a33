// TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK=1 lets the web process and the worker check sites on loopback and private
// addresses, on any port: the end-to-end and worker tests need it for their fixture sites, and nothing else ever
// should (it would let anyone with an account make the server fetch its own network). So it counts only together
// with TAIKAI_TEST_MODE=1, a variable nothing but the test scripts sets, and every start says loudly when it is on.
type Env = Record<string, string | undefined>;

export function privateNetworkChecksAllowed(env: Env = process.env): boolean {
  return env.TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK === "1" && env.TAIKAI_TEST_MODE === "1";
}

/** What a starting process must print about it, or null when the flag is not set at all. */
export function privateNetworkWarning(env: Env = process.env): string | null {
  if (privateNetworkChecksAllowed(env)) {
    return [
      "!".repeat(78),
      "!! TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK is ON (with TAIKAI_TEST_MODE=1).",
      "!! Profile checks may reach loopback and private addresses on any port. For tests only:",
      "!! never run a real deployment like this. Unset both variables.",
      "!".repeat(78),
    ].join("\n");
  }
  if (env.TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK) {
    return "[taikai] TAIKAI_CHECKER_ALLOW_PRIVATE_NETWORK is set but ignored (it needs TAIKAI_TEST_MODE=1, for tests only): checks reach public addresses only.";
  }
  return null;
}

/** Called once when the web process or the worker starts. */
export function warnAboutPrivateNetwork(env: Env = process.env): void {
  const warning = privateNetworkWarning(env);
  if (warning) console.warn(warning);
}
