// How a body's sources are shown: each source once, with the facts that rest on it, and the one date there is.
import { factNames, type BodySource, type CounsellingBody, type FactName } from "./schema";

export type SourceUse = { id: string; source: BodySource; facts: FactName[] };

/** Each source once, in the order of the facts that cite it first; sources of facts shown nowhere are not listed. */
export function sourceUses(body: CounsellingBody, shown: readonly FactName[] = factNames): SourceUse[] {
  const uses = new Map<string, SourceUse>();
  for (const name of factNames) {
    const fact = body[name];
    if (!fact || !shown.includes(name)) continue;
    for (const id of fact.sources) {
      const use = uses.get(id) ?? { id, source: body.sources[id], facts: [] };
      use.facts.push(name);
      uses.set(id, use);
    }
  }
  return [...uses.values()];
}

/**
 * The date shown for a source: the day it was read when someone recorded one, otherwise the date of the
 * reference it was written from — which must then be worded as such, never as a date the source was checked.
 */
export function sourceDate(source: BodySource, referenceDate: string): { date: string; isReferenceDate: boolean } {
  return source.readOn ? { date: source.readOn, isReferenceDate: false } : { date: referenceDate, isReferenceDate: true };
}

const kindRank: Record<BodySource["kind"], number> = { official: 0, third_party_copy: 1, article: 2 };

/** The one source to show first: an official page before a copy before an article; then the one backing most facts. */
export function bestSource(uses: readonly SourceUse[]): SourceUse | null {
  return [...uses].sort((a, b) => kindRank[a.source.kind] - kindRank[b.source.kind] || b.facts.length - a.facts.length)[0] ?? null;
}

export type Certainty = "official" | "partly_official" | "unofficial";

/** How sure the app is of the facts shown, in one word: all read on official pages, some, or none. */
export function certaintyOf(body: CounsellingBody, shown: readonly FactName[] = factNames): Certainty {
  const facts = factNames.filter((n) => shown.includes(n)).flatMap((n) => (body[n] ? [body[n]] : []));
  const verified = facts.filter((f) => f.verified).length;
  return verified === facts.length ? "official" : verified > 0 ? "partly_official" : "unofficial";
}
