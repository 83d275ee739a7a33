// Ranks the counselling bodies for the questionnaire's answers. The knowledge is in routing-table.ts; this only
// merges the rows of the chosen situations and orders the result.
import {
  bodyFacts,
  firstStepsBySituation,
  powers as allPowers,
  routingTable,
  type BodySlug,
  type FirstStepKey,
  type Power,
  type WhyKey,
} from "./routing-table";
import { orderSituations, type EmploymentType, type Situation } from "./situations";

export type RoutingAnswers = { situations: readonly Situation[]; employmentType: EmploymentType; dangerNow: boolean };

export type RoutedBody = {
  slug: BodySlug;
  /** 1 = contact first. */
  rank: number;
  whyKeys: WhyKey[];
  powers: Power[];
  needsPrefecture: boolean;
  directoryUrl?: string;
  /** The chosen situations this body fits (empty for 110 when only the danger brought it in). */
  situations: Situation[];
};

export type Routing = {
  callPoliceFirst: boolean;
  bodies: RoutedBody[];
  /** Things she does herself first (the takedown request, the APPI request), from the reference rows. */
  firstSteps: FirstStepKey[];
};

type Tally = { slug: BodySlug; count: number; bestPosition: number; firstSeen: number; whyKeys: WhyKey[]; powers: Set<Power>; situations: Situation[] };

/** Defensive filter on top of the table: labour-only bodies never for genuine freelancers, freelance windows never for employees. */
function fits(slug: BodySlug, type: EmploymentType): boolean {
  const facts = bodyFacts[slug];
  if (type === "FREELANCER" && facts.labourOnly) return false;
  if (type === "EMPLOYEE" && facts.freelanceOnly) return false;
  return true;
}

function toBody(t: Pick<Tally, "slug" | "whyKeys" | "powers" | "situations">, rank: number): RoutedBody {
  const facts = bodyFacts[t.slug];
  return {
    slug: t.slug,
    rank,
    whyKeys: t.whyKeys,
    powers: allPowers.filter((p) => t.powers.has(p)),
    needsPrefecture: facts.needsPrefecture,
    ...(facts.directoryUrl ? { directoryUrl: facts.directoryUrl } : {}),
    situations: t.situations,
  };
}

/**
 * Order: 110 first when she is in danger now (and #9110 is then left out: the reference's "#9110 (110 if
 * urgent)"); then bodies fitting more of the chosen situations; then the earliest place any row gives the body
 * (the reference's order of first contact); then the order in which the situations and rows name them.
 */
export function routeBodies(answers: RoutingAnswers): Routing {
  const chosen = orderSituations(answers.situations);
  const tallies = new Map<BodySlug, Tally>();
  let seen = 0;
  for (const situation of chosen) {
    routingTable[situation][answers.employmentType].forEach((entry, position) => {
      if (answers.dangerNow && entry.slug === "police-consultation-9110") return;
      if (!fits(entry.slug, answers.employmentType)) return;
      let t = tallies.get(entry.slug);
      if (!t) {
        t = { slug: entry.slug, count: 0, bestPosition: position, firstSeen: seen++, whyKeys: [], powers: new Set(), situations: [] };
        tallies.set(entry.slug, t);
      }
      if (!t.situations.includes(situation)) {
        t.situations.push(situation);
        t.count++;
      }
      t.bestPosition = Math.min(t.bestPosition, position);
      if (!t.whyKeys.includes(entry.why)) t.whyKeys.push(entry.why);
      for (const p of entry.powers) t.powers.add(p);
    });
  }
  const ordered = [...tallies.values()].sort((a, b) => b.count - a.count || a.bestPosition - b.bestPosition || a.firstSeen - b.firstSeen);
  const police = answers.dangerNow
    ? [{ slug: "police-emergency-110" as const, whyKeys: ["dangerNow" as const], powers: new Set(bodyFacts["police-emergency-110"].powers), situations: chosen.filter((s) => s === "threats") }]
    : [];
  const bodies = [...police, ...ordered].map((t, i) => toBody(t, i + 1));
  const firstSteps = chosen.flatMap((s) => firstStepsBySituation[s] ?? []);
  return { callPoliceFirst: answers.dangerNow, bodies, firstSteps };
}
