// Ranks the counselling bodies for the questionnaire's answers. Which body for which situation is in routing-table.ts;
// what each body is and whom it takes up is in its record (lib/bodies/bodies.json), passed in: this only merges the
// rows of the chosen situations and orders the result. Pure, so it runs in the browser and the answers stay there.
import type { BodyScope } from "../bodies/schema";
import { dangerRule, firstStepsBySituation, routingTable, type FirstStepKey, type WhyKey } from "./routing-table";
import { customerGuides, type GuideStepKey } from "./customer-guides";
import { isCustomerSituation, orderSituations, type CustomerSituation, type EmploymentType, type Situation } from "./situations";

export type RoutingAnswers = { situations: readonly Situation[]; employmentType: EmploymentType; dangerNow: boolean };

/** What the routing needs of a body's record; the full record comes back in the result. */
export type RoutableBody = { slug: string; eligible: { scope: BodyScope } };

export type RoutedBody<B extends RoutableBody = RoutableBody> = {
  body: B;
  /** 1 = contact first. */
  rank: number;
  whyKeys: WhyKey[];
  /** The chosen situations this body fits (empty for 110 when only the danger brought it in). */
  situations: Situation[];
};

export type Routing<B extends RoutableBody = RoutableBody> = {
  callPoliceFirst: boolean;
  bodies: RoutedBody<B>[];
  /** Things she does herself first (the takedown request, the APPI request), from the reference rows. */
  firstSteps: FirstStepKey[];
  /** The short guide of each chosen customer situation, its steps in order (lib/escalation/customer-guides.ts). */
  guides: { situation: CustomerSituation; steps: readonly GuideStepKey[] }[];
};

type Tally<B> = { body: B; count: number; bestPosition: number; firstSeen: number; whyKeys: WhyKey[]; situations: Situation[] };

/** Defensive filter on top of the table: labour-law bodies never for genuine freelancers, freelance windows never for employees. */
function fits(scope: BodyScope, type: EmploymentType): boolean {
  if (type === "FREELANCER" && scope === "workers") return false;
  if (type === "EMPLOYEE" && scope === "freelancers") return false;
  return true;
}

/**
 * Order: 110 first when she is in danger now (and #9110 is then left out: the reference's "#9110 (110 if
 * urgent)"); then bodies fitting more of the chosen situations; then the earliest place any row gives the body
 * (the reference's order of first contact); then the order in which the situations and rows name them.
 * A body the table names but `bodies` lacks (not seeded) is left out.
 */
export function routeBodies<B extends RoutableBody>(answers: RoutingAnswers, bodies: readonly B[]): Routing<B> {
  const bySlug = new Map(bodies.map((b) => [b.slug, b]));
  const chosen = orderSituations(answers.situations);
  const tallies = new Map<string, Tally<B>>();
  let seen = 0;
  for (const situation of chosen) {
    routingTable[situation].bodies[answers.employmentType].forEach((entry, position) => {
      const body = bySlug.get(entry.slug);
      if (!body || !fits(body.eligible.scope, answers.employmentType)) return;
      if (answers.dangerNow && entry.slug === dangerRule.replaces) return;
      let t = tallies.get(entry.slug);
      if (!t) {
        t = { body, count: 0, bestPosition: position, firstSeen: seen++, whyKeys: [], situations: [] };
        tallies.set(entry.slug, t);
      }
      if (!t.situations.includes(situation)) {
        t.situations.push(situation);
        t.count++;
      }
      t.bestPosition = Math.min(t.bestPosition, position);
      if (!t.whyKeys.includes(entry.why)) t.whyKeys.push(entry.why);
    });
  }
  const ordered = [...tallies.values()].sort((a, b) => b.count - a.count || a.bestPosition - b.bestPosition || a.firstSeen - b.firstSeen);
  const police = bySlug.get(dangerRule.first);
  const first =
    answers.dangerNow && police
      ? [{ body: police, whyKeys: ["dangerNow" as const], situations: chosen.filter((s) => s === "threats" || isCustomerSituation(s)) }]
      : [];
  const routed = [...first, ...ordered].map((t, i) => ({ body: t.body, rank: i + 1, whyKeys: t.whyKeys, situations: t.situations }));
  const firstSteps = [...new Set(chosen.flatMap((s) => firstStepsBySituation[s] ?? []))];
  const guides = chosen.filter(isCustomerSituation).map((situation) => ({ situation, steps: customerGuides[situation] }));
  return { callPoliceFirst: answers.dangerNow, bodies: routed, firstSteps, guides };
}
