import { monthHeading } from '../format.ts';
import type { Locale } from '../i18n.ts';
import { translateBudget } from './messages.ts';
import { periodMonth, type Period } from './period.ts';
import type { ReportState } from './window.ts';

/**
 * Which months a figure counts. Official figures count approved months only; provisional figures also count months
 * submitted and awaiting approval, so a university sees where it stands before the approver has caught up. A draft
 * is never counted: nobody has reported it yet. Every page and file says which of the two it shows.
 */
export const REPORT_BASES = ['approved', 'provisional'] as const;
export type ReportBasis = (typeof REPORT_BASES)[number];
export const DEFAULT_BASIS: ReportBasis = 'approved';

export function isReportBasis(v: unknown): v is ReportBasis {
  return v === 'approved' || v === 'provisional';
}

/** Whether a month in `status` is counted in figures of `basis`. */
export function countsOn(basis: ReportBasis, status: ReportState): boolean {
  return status === 'approved' || (basis === 'provisional' && status === 'submitted');
}

/**
 * What a page or a file says about its figures: on which basis, and which months that is, by name — so two pages that
 * disagree say why. Consecutive months are given as a range: "Jan 2564 – Mar 2564, May 2564".
 */
export function basisNote(basis: ReportBasis, counted: readonly number[], period: Period, locale: Locale): string {
  const head = translateBudget(locale, basis === 'approved' ? 'budget.basis.approved' : 'budget.basis.provisional');
  if (counted.length === 0) return `${head} · ${translateBudget(locale, 'budget.basis.none')}`;
  const sorted = [...new Set(counted)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const m of sorted) {
    const last = runs[runs.length - 1];
    if (last && m === last[1] + 1) last[1] = m;
    else runs.push([m, m]);
  }
  const name = (i: number) => {
    const m = periodMonth(period, i);
    return monthHeading(m.year, m.month, locale);
  };
  const months = runs.map(([a, b]) => (a === b ? name(a) : `${name(a)} – ${name(b)}`)).join(', ');
  return `${head} · ${translateBudget(locale, 'budget.basis.months', { months })}`;
}
