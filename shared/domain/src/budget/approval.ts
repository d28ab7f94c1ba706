import type { LeafLine } from './lines.ts';
import { periodMonth, type Period } from './period.ts';
import { actualProblems } from './validation.ts';
import { windowState } from './window.ts';

/** Why a stored month may not be approved: the whole month, or one of its figures (field `<line>.actual`). */
export type ApprovalProblem =
  | { field: null; key: 'budget.monthOutside' | 'budget.submittedOutsideWindow' }
  | { field: string; key: 'budget.lineUnknown' | ReturnType<typeof actualProblems>[number]['key']; params?: Record<string, string | number> };

export interface StoredMonth {
  month: number;
  /** The actuals as stored, every key and value, not only the ones that look like budget lines. */
  actuals: Record<string, unknown>;
  submittedAt: Date | null;
  lateUntil: Date | null;
  /** Whether the approver reopened this month before it was submitted (a reopened month may be submitted late). */
  reopenedBefore: boolean;
}

/**
 * Approval re-checks what it approves, from the stored month rather than trusting the save that wrote it: the month
 * lies inside the period, it was submitted while it could be (its window, a late exception or a reopening), every
 * key is one of the tambon's budget lines, and every amount is a sound number within its line's budget over the
 * whole period. Empty when the month may be approved.
 */
export function approvalProblems(period: Period, stored: StoredMonth, lines: { code: LeafLine; budget: number; otherMonthsActual: number }[]): ApprovalProblem[] {
  if (!Number.isInteger(stored.month) || stored.month < 1 || stored.month > period.months) return [{ field: null, key: 'budget.monthOutside' }];
  const problems: ApprovalProblem[] = [];
  const m = periodMonth(period, stored.month);
  const submitted = stored.submittedAt && windowState(stored.submittedAt, m.year, m.month, { lateUntil: stored.lateUntil, reopened: stored.reopenedBefore });
  if (!submitted || !submitted.open) problems.push({ field: null, key: 'budget.submittedOutsideWindow' });
  const known = new Set<string>(lines.map((l) => l.code));
  const figures: Partial<Record<LeafLine, number>> = {};
  for (const [code, value] of Object.entries(stored.actuals)) {
    if (known.has(code)) figures[code as LeafLine] = value as number;
    else problems.push({ field: `${code}.actual`, key: 'budget.lineUnknown' });
  }
  problems.push(...actualProblems(figures, lines));
  return problems;
}
