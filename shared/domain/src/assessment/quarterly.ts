import { FORM_LIMITS, GOAL_CODES, RSI_INDICATORS, USI_INDICATORS, type GoalCode } from './form.ts';
import type { AssessmentProblem } from './problem.ts';

/**
 * The quarterly reports above the tambons: each university's 14 USI indicators and each network's 4 RSI indicators,
 * with a note per tambon goal (the 16-goal coverage the deck asks for) and the 12-month impact summary. A report is a
 * draft until it is submitted; its overseer (the network over a university, the centre over a network) reopens it.
 */
export const QUARTERLY_KINDS = ['usi', 'rsi'] as const;
export type QuarterlyKind = (typeof QUARTERLY_KINDS)[number];
export const QUARTERLY_STATUSES = ['draft', 'submitted'] as const;
export type QuarterlyStatus = (typeof QUARTERLY_STATUSES)[number];

/** Bounds of a report: an indicator's or a goal's answer is as long as a form cell's; the impact summary is a page. */
export const QUARTERLY_LIMITS = { text: FORM_LIMITS.text, impact: 10_000 } as const;

export interface QuarterlyReport {
  /** Answer per indicator code (sparse: an unanswered indicator is absent). */
  indicators: Record<string, string>;
  /** Note per tambon goal (sparse). */
  goalNotes: Partial<Record<GoalCode, string>>;
  /** The 12-month impact summary. */
  impact: string;
}

export const EMPTY_QUARTERLY_REPORT: QuarterlyReport = Object.freeze({ indicators: {}, goalNotes: {}, impact: '' }) as QuarterlyReport;

/** The indicators a report of this kind answers: USI 1–14 for a university, RSI 1–4 for a network. */
export function quarterlyIndicators(kind: QuarterlyKind): readonly { code: string; th: string; en: string }[] {
  return kind === 'usi' ? USI_INDICATORS : RSI_INDICATORS;
}

/** A report as it is stored: answers trimmed, blank ones dropped, unknown keys never kept. */
export function cleanQuarterlyReport(kind: QuarterlyKind, r: QuarterlyReport): QuarterlyReport {
  const indicators: Record<string, string> = {};
  for (const { code } of quarterlyIndicators(kind)) {
    const v = Object.hasOwn(r.indicators, code) ? r.indicators[code]?.trim() : '';
    if (v) indicators[code] = v;
  }
  const goalNotes: Partial<Record<GoalCode, string>> = {};
  for (const g of GOAL_CODES) {
    const v = Object.hasOwn(r.goalNotes, g) ? r.goalNotes[g]?.trim() : '';
    if (v) goalNotes[g] = v;
  }
  return { indicators, goalNotes, impact: r.impact.trim() };
}

/**
 * What is wrong with a report, field by field (`indicators.<code>`, `goalNotes.<goal>`, `impact`): answers too long,
 * keys the report does not have and, when it is submitted, every indicator left unanswered — a submitted report
 * answers all of its indicators; goal notes and the impact summary may stay empty.
 */
export function quarterlyProblems(kind: QuarterlyKind, r: QuarterlyReport, submit: boolean): AssessmentProblem[] {
  const problems: AssessmentProblem[] = [];
  const codes = quarterlyIndicators(kind).map((i) => i.code);
  for (const key of Object.keys(r.indicators)) if (!codes.includes(key)) problems.push({ field: 'indicators', key: 'assessment.report.unknown' });
  for (const key of Object.keys(r.goalNotes)) if (!(GOAL_CODES as readonly string[]).includes(key)) problems.push({ field: 'goalNotes', key: 'assessment.report.unknown' });
  for (const code of codes) {
    const v = Object.hasOwn(r.indicators, code) ? (r.indicators[code] ?? '') : '';
    if (v.length > QUARTERLY_LIMITS.text) problems.push({ field: `indicators.${code}`, key: 'assessment.report.tooLong', params: { max: QUARTERLY_LIMITS.text } });
    else if (submit && !v.trim()) problems.push({ field: `indicators.${code}`, key: 'assessment.report.required' });
  }
  for (const g of GOAL_CODES) {
    const v = Object.hasOwn(r.goalNotes, g) ? (r.goalNotes[g] ?? '') : '';
    if (v.length > QUARTERLY_LIMITS.text) problems.push({ field: `goalNotes.${g}`, key: 'assessment.report.tooLong', params: { max: QUARTERLY_LIMITS.text } });
  }
  if (r.impact.length > QUARTERLY_LIMITS.impact) problems.push({ field: 'impact', key: 'assessment.report.tooLong', params: { max: QUARTERLY_LIMITS.impact } });
  return problems;
}

/** Per goal, how many tambons have it (✓ somewhere), only expect it (✗, no ✓) or neither. */
export interface GoalCoverageRow {
  goal: GoalCode;
  have: number;
  expected: number;
  neither: number;
}

/**
 * The 16-goal coverage the USI and RSI reports carry (the deck: "target-population coverage against the 16 goals"):
 * of `tambonCount` tambons, those whose form has each goal met, only expected, or neither. Tambons without a form
 * (or whose form does not count on the basis shown) are in `neither`: a coverage never hides who is missing.
 */
export function goalCoverage(tambons: readonly { met: readonly GoalCode[]; expected: readonly GoalCode[] }[], tambonCount: number): GoalCoverageRow[] {
  const total = Math.max(tambonCount, tambons.length);
  return GOAL_CODES.map((goal) => {
    const have = tambons.filter((t) => t.met.includes(goal)).length;
    const expected = tambons.filter((t) => !t.met.includes(goal) && t.expected.includes(goal)).length;
    return { goal, have, expected, neither: total - have - expected };
  });
}

