import { indexOfMonth, periodMonth, type Period } from './period.ts';
import { reportingMonthAt } from './window.ts';

/**
 * The month a report runs "to date": the one asked for (kept inside the period), else the month being reported now;
 * before the period starts that is its first month, after it ends its last.
 */
export function defaultAsOf(period: Period, now: Date, asked?: number): number {
  if (asked !== undefined) return Math.min(Math.max(asked, 1), period.months);
  const due = reportingMonthAt(now);
  const i = indexOfMonth(period, due.year, due.month);
  if (i !== null) return i;
  const first = periodMonth(period, 1);
  return due.year * 12 + due.month < first.year * 12 + first.month ? 1 : period.months;
}
