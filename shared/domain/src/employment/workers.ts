import { toBaht, toSatang } from '../money.ts';
import type { EmploymentProblem } from './problem.ts';

/** The three kinds of people a tambon hires (ผู้ถูกจ้างงาน), in the deck's and the budget form's order (1.1–1.3). */
export const WORKER_TYPES = ['citizen', 'graduate', 'student'] as const;
export type WorkerType = (typeof WORKER_TYPES)[number];

export const WORKER_TYPE_LABELS: Readonly<Record<WorkerType, { th: string; en: string }>> = Object.freeze({
  citizen: { th: 'ประชาชน', en: 'Citizens' },
  graduate: { th: 'บัณฑิต', en: 'New graduates' },
  student: { th: 'นักศึกษา', en: 'Students' },
});

export function isWorkerType(v: unknown): v is WorkerType {
  return typeof v === 'string' && (WORKER_TYPES as readonly string[]).includes(v);
}

/** How many of one type a tambon hires, and the monthly rate in baht (kept to the satang). */
export interface PositionSetting {
  count: number;
  rate: number;
}
export type Positions = Record<WorkerType, PositionSetting>;

/**
 * The deck's tambon (Huai Haeng): 5 citizens × 9,000, 10 graduates × 15,000, 5 students × 5,000 baht a month —
 * 45,000 / 150,000 / 25,000, 220,000 in all, 20 people. The central office may set others per programme period.
 */
export const DEFAULT_POSITIONS: Readonly<Positions> = Object.freeze({
  citizen: Object.freeze({ count: 5, rate: 9_000 }),
  graduate: Object.freeze({ count: 10, rate: 15_000 }),
  student: Object.freeze({ count: 5, rate: 5_000 }),
});

/** The programme's target: 60,000 jobs added or kept (เพิ่ม/รักษาการจ้างงาน 60,000 อัตรา) = 3,000 tambons × 20. */
export const NATIONAL_TARGET = Object.freeze({ tambons: 3_000, perTambon: 20, workers: 60_000 });

/**
 * Bounds that catch a typing slip, not policy: a tambon hires at most 100 of one type (the deck has 10), and a rate is
 * a whole-month wage between 1 and 100,000 baht (the deck's highest is 15,000), to the satang.
 */
export const POSITION_LIMITS = Object.freeze({ maxCount: 100, minRate: 1, maxRate: 100_000 });

/** What is wrong with positions the central office typed, each at its field (`graduate.rate`), all at once. */
export function positionProblems(p: Record<WorkerType, { count: unknown; rate: unknown }>): EmploymentProblem[] {
  const problems: EmploymentProblem[] = [];
  for (const type of WORKER_TYPES) {
    const { count, rate } = p[type] ?? { count: undefined, rate: undefined };
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > POSITION_LIMITS.maxCount)
      problems.push({ field: `${type}.count`, key: 'employment.positions.count' });
    if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < POSITION_LIMITS.minRate || rate > POSITION_LIMITS.maxRate)
      problems.push({ field: `${type}.rate`, key: 'employment.positions.rate' });
    else if (Math.abs(rate * 100 - toSatang(rate)) > 1e-6)
      problems.push({ field: `${type}.rate`, key: 'employment.positions.satang' });
  }
  if (problems.length === 0 && WORKER_TYPES.every((t) => p[t].count === 0)) problems.push({ field: 'citizen.count', key: 'employment.positions.none' });
  return problems;
}

/** A tambon's monthly wage bill by type and in all, in satang (whole numbers: sums never drift). */
export function monthlyCostSatang(p: Positions): Record<WorkerType | 'total', number> {
  const byType = Object.fromEntries(WORKER_TYPES.map((t) => [t, p[t].count * toSatang(p[t].rate)])) as Record<WorkerType, number>;
  return { ...byType, total: WORKER_TYPES.reduce((s, t) => s + byType[t], 0) };
}

/** The same in baht: 45,000 / 150,000 / 25,000 and 220,000 for the default positions. */
export function monthlyCost(p: Positions): Record<WorkerType | 'total', number> {
  const s = monthlyCostSatang(p);
  return { citizen: toBaht(s.citizen), graduate: toBaht(s.graduate), student: toBaht(s.student), total: toBaht(s.total) };
}

export const positionCount = (p: Positions): number => WORKER_TYPES.reduce((s, t) => s + p[t].count, 0);

/** Hiring targets by type for a number of tambons: 3,000 tambons with the default positions → 15,000 / 30,000 / 15,000. */
export function hiringTargets(tambons: number, p: Positions = DEFAULT_POSITIONS): Record<WorkerType | 'total', number> {
  const n = Math.max(0, Math.floor(tambons));
  const byType = Object.fromEntries(WORKER_TYPES.map((t) => [t, n * p[t].count])) as Record<WorkerType, number>;
  return { ...byType, total: n * positionCount(p) };
}
