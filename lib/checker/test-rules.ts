/** Site rules for tests, with recorded examples built from the fixture's own pages (so they count as tested). */
import { SOFT_404, profileHtml } from "./fixture-pages";
import type { SiteRule } from "./rule";

/** The fixture's soft 404 ("このユーザーは存在しません"), as a tested rule. */
export const softNotFoundRule: SiteRule = {
  absentStrings: ["このユーザーは存在しません"],
  examples: {
    claimed: { handle: "example-claimed", status: 200, body: profileHtml("example-claimed", "example-claimed"), synthesised: true },
    unclaimed: { handle: "example-unclaimed", status: 200, body: SOFT_404, synthesised: true },
  },
};
