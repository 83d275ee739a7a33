// What the verdict reads about one fetched page: its own leaf module, so the decision (verdict.ts) and the guard
// that refuses an unproven "gone" (gone-guard.ts) can both name it without importing each other.
import type { SiteRule } from "./rule";
import type { BodyState } from "./safe-fetch";

export interface PageInput {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** URL first requested (after template filling). */
  requestedUrl: string;
  finalUrl: string;
  html: string;
  handle?: string;
  rule?: SiteRule;
  /** The rule has passing recorded examples (rule-trust.ts). Without them its absence marker never says gone. */
  ruleTested?: boolean;
  /** How the body read ended; anything but complete can never prove absence. Default complete. */
  bodyState?: BodyState;
  /** The raw body and the charset it was decoded with, to doubt the decoding before calling a page gone. */
  bytes?: Uint8Array;
  charset?: string;
  /** This page was reached by following a meta refresh or script redirect. */
  viaRefresh?: boolean;
  /** Report a meta refresh / script redirect to follow (refreshTo). Default true. */
  followRefresh?: boolean;
}
