// `npm test`'s set-up on a fresh machine: install the Debian packages the test layers need, saying which and
// why. As root with apt-get it installs them; otherwise it prints the one command to run (a failure under
// CI=true, where a layer that cannot run must not pass quietly). TAIKAI_TEST_INSTALL=0 never installs.
import { spawnSync } from "node:child_process";
import { SYSTEM_REQUIREMENTS, hasCommand } from "../lib/testing/system-requirements";

export function provisionSystemPackages(): boolean {
  const missing = SYSTEM_REQUIREMENTS.filter((r) => !r.present());
  if (missing.length === 0) return true;

  console.log("\n▶ system packages the tests need and this machine lacks:");
  for (const r of missing) console.log(`  - ${r.pkg} (for ${r.layers}): ${r.why}`);
  const command = `apt-get install -y --no-install-recommends ${missing.map((r) => r.pkg).join(" ")}`;

  const canInstall = process.getuid?.() === 0 && hasCommand("apt-get") && process.env.TAIKAI_TEST_INSTALL !== "0";
  if (!canInstall) {
    console.log(`  Install them with: sudo apt-get update && sudo ${command}`);
    console.log("  Until then the layers that need them are skipped (a failure under CI=true).");
    return process.env.CI !== "true";
  }

  console.log(`  installing as root: ${command}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args: string[]) => spawnSync("apt-get", args, { stdio: ["ignore", "ignore", "inherit"], env }).status === 0;
  const installed = apt(["update", "-qq"]) && apt(["install", "-y", "-qq", "--no-install-recommends", ...missing.map((r) => r.pkg)]);
  // Debian's package starts a cluster of its own on port 5432; the tests start throw-away ones instead.
  if (missing.some((r) => r.pkg === "postgresql")) spawnSync("service", ["postgresql", "stop"], { stdio: "ignore" });

  const still = missing.filter((r) => !r.present());
  if (installed && still.length === 0) {
    console.log("  installed.");
    return true;
  }
  console.log(`  could not install: ${still.map((r) => r.pkg).join(", ") || "apt-get failed"}`);
  return process.env.CI !== "true";
}
