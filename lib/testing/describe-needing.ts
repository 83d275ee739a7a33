// A unit test that drives a system program says so in its name. Without the program it is skipped with a note,
// never failed with a stack trace; under CI=true it fails, since a skipped check there would hide a broken PDF.
import { describe, expect, it } from "vitest";
import type { SystemRequirement } from "./system-requirements";

export function describeNeeding(requirement: SystemRequirement, name: string, body: () => void): void {
  const title = `${name} (needs ${requirement.pkg})`;
  if (requirement.present()) {
    describe(title, body);
  } else if (process.env.CI === "true") {
    describe(title, () => {
      it(`has ${requirement.pkg} installed`, () => {
        expect.fail(
          `${requirement.pkg} is not installed (${requirement.why}); npm test installs it when run as root, or: apt-get install -y ${requirement.pkg}`,
        );
      });
    });
  } else {
    console.log(`note: skipped "${name}": ${requirement.pkg} is not installed (apt-get install -y ${requirement.pkg}, or run npm test as root)`);
    describe.skip(title, body);
  }
}
