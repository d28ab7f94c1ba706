import { formColumns, GOAL_CODES, GOAL_COUNT, type GoalCode, type TambonForm } from './form.ts';
import type { AssessmentProblem } from './problem.ts';

/**
 * Tiers of a tambon by how many of the 16 goals it meets (the deck: Sustainable 14–16, Sufficiency 11–13, Survive
 * 8–10). Below the lowest threshold a tambon is "not yet classified": shown, never hidden. The thresholds are the
 * minimum number of goals met for each tier; the central office may change them, so nothing else hard-codes them.
 */
export interface TierThresholds {
  sustainable: number;
  sufficiency: number;
  survive: number;
}

export const DEFAULT_THRESHOLDS: Readonly<TierThresholds> = Object.freeze({ sustainable: 14, sufficiency: 11, survive: 8 });

/** Highest first: the order of charts, tables and the settings form. */
export const TIERS = ['sustainable', 'sufficiency', 'survive', 'unclassified'] as const;
export type Tier = (typeof TIERS)[number];
export type ClassifiedTier = Exclude<Tier, 'unclassified'>;
export const CLASSIFIED_TIERS: readonly ClassifiedTier[] = ['sustainable', 'sufficiency', 'survive'];

export function isTier(v: unknown): v is Tier {
  return typeof v === 'string' && (TIERS as readonly string[]).includes(v);
}

/** Goals marked in one of the form's own columns with `mark`, each once, in the form's order. */
function goalsMarked(form: Pick<TambonForm, 'goals' | 'activities'>, mark: 'have' | 'expected'): Set<GoalCode> {
  const found = new Set<GoalCode>();
  // Cells of a column the form no longer has (an activity removed) are not the tambon's any more.
  for (const column of formColumns(form)) {
    const cells = Object.hasOwn(form.goals, column) ? form.goals[column] : undefined;
    if (!cells) continue;
    for (const g of GOAL_CODES) if (Object.hasOwn(cells, g) && cells[g] === mark) found.add(g);
  }
  return found;
}

/** The goals a tambon meets: ✓ "already in place" in any column, counted once however many activities meet it. */
export function goalsMet(form: Pick<TambonForm, 'goals' | 'activities'>): GoalCode[] {
  const met = goalsMarked(form, 'have');
  return GOAL_CODES.filter((g) => met.has(g));
}

/** Goals only expected: ✗ somewhere and ✓ nowhere — what the tambon still waits for. */
export function goalsExpected(form: Pick<TambonForm, 'goals' | 'activities'>): GoalCode[] {
  const met = goalsMarked(form, 'have');
  const expected = goalsMarked(form, 'expected');
  return GOAL_CODES.filter((g) => expected.has(g) && !met.has(g));
}

export function tierOf(goalsMetCount: number, t: TierThresholds = DEFAULT_THRESHOLDS): Tier {
  if (goalsMetCount >= t.sustainable) return 'sustainable';
  if (goalsMetCount >= t.sufficiency) return 'sufficiency';
  if (goalsMetCount >= t.survive) return 'survive';
  return 'unclassified';
}

/** Higher is better: unclassified 0, survive 1, sufficiency 2, sustainable 3. */
export function tierRank(t: Tier): number {
  return TIERS.length - 1 - TIERS.indexOf(t);
}

/** The range of goals met a tier covers under `t`, for labels ("14–16"); unclassified is 0 to below survive. */
export function tierRange(tier: Tier, t: TierThresholds = DEFAULT_THRESHOLDS): { min: number; max: number } {
  switch (tier) {
    case 'sustainable':
      return { min: t.sustainable, max: GOAL_COUNT };
    case 'sufficiency':
      return { min: t.sufficiency, max: t.sustainable - 1 };
    case 'survive':
      return { min: t.survive, max: t.sufficiency - 1 };
    case 'unclassified':
      return { min: 0, max: t.survive - 1 };
  }
}

/** What is wrong with thresholds the central office typed: whole numbers 1–16, each tier above the next. */
export function thresholdProblems(t: Record<keyof TierThresholds, unknown>): AssessmentProblem[] {
  const problems: AssessmentProblem[] = [];
  const fields = CLASSIFIED_TIERS;
  for (const f of fields) {
    const v = t[f];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > GOAL_COUNT) problems.push({ field: f, key: 'assessment.threshold.range' });
  }
  if (problems.length > 0) return problems;
  for (let i = 1; i < fields.length; i++) {
    const higher = fields[i - 1]!;
    const lower = fields[i]!;
    if ((t[higher] as number) <= (t[lower] as number)) problems.push({ field: higher, key: 'assessment.threshold.order' });
  }
  return problems;
}

/** The programme's target shares: 25% / 50% / 25% of the tambons (750 / 1,500 / 750 of 3,000). */
export const TIER_TARGET_SHARES: Readonly<Record<ClassifiedTier, number>> = Object.freeze({ sustainable: 0.25, sufficiency: 0.5, survive: 0.25 });

/** Target counts of tambons per tier; largest remainder, so they add up to the tambon count exactly. */
export function tierTargets(tambonCount: number): Record<ClassifiedTier, number> {
  const n = Math.max(0, Math.floor(tambonCount));
  const counts = CLASSIFIED_TIERS.map((tier) => {
    const exact = n * TIER_TARGET_SHARES[tier];
    // The epsilon keeps 0.1 + 0.2 style drift from losing a whole tambon.
    const count = Math.floor(exact + 1e-9);
    return { tier, count, rest: exact - count };
  });
  let left = n - counts.reduce((s, c) => s + c.count, 0);
  for (const c of [...counts].sort((a, b) => b.rest - a.rest)) {
    if (left <= 0) break;
    c.count += 1;
    left -= 1;
  }
  return Object.fromEntries(counts.map((c) => [c.tier, c.count])) as Record<ClassifiedTier, number>;
}

/** Goals as a bit mask (bit i = GOAL_CODES[i]): the server stores it so the database can count goals per tier. */
export function goalMask(goals: readonly GoalCode[]): number {
  let mask = 0;
  for (const g of goals) {
    const i = GOAL_CODES.indexOf(g);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

export function goalsOfMask(mask: number): GoalCode[] {
  return GOAL_CODES.filter((_, i) => (mask & (1 << i)) !== 0);
}
