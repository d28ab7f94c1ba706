import { describe, expect, it } from 'vitest';
import { approvalProblems } from './approval.ts';

const period = { firstYear: 2021, firstMonth: 1, months: 12 };
const lines = [{ code: '2.4' as const, budget: 80_000, otherMonthsActual: 10_000 }];
const feb = { month: 2, actuals: { '2.4': 5_000 }, submittedAt: new Date('2021-02-28T03:00:00Z'), lateUntil: null, reopenedBefore: false };
const keys = (p: ReturnType<typeof approvalProblems>) => p.map((x) => `${x.field ?? 'month'}:${x.key}`);

describe('approvalProblems', () => {
  it('lets a sound month submitted in its window be approved', () => {
    expect(approvalProblems(period, feb, lines)).toEqual([]);
  });

  it('refuses a month outside the period, whatever else it holds', () => {
    expect(keys(approvalProblems(period, { ...feb, month: 36 }, lines))).toEqual(['month:budget.monthOutside']);
    expect(keys(approvalProblems(period, { ...feb, month: 0 }, lines))).toEqual(['month:budget.monthOutside']);
  });

  it('refuses a month submitted before its window opened or after it closed, unless excepted or reopened', () => {
    const early = { ...feb, submittedAt: new Date('2021-01-10T03:00:00Z') };
    const late = { ...feb, submittedAt: new Date('2021-03-10T03:00:00Z') };
    expect(keys(approvalProblems(period, early, lines))).toEqual(['month:budget.submittedOutsideWindow']);
    expect(keys(approvalProblems(period, late, lines))).toEqual(['month:budget.submittedOutsideWindow']);
    expect(keys(approvalProblems(period, { ...feb, submittedAt: null }, lines))).toEqual(['month:budget.submittedOutsideWindow']);
    expect(approvalProblems(period, { ...late, lateUntil: new Date('2021-03-15T00:00:00Z') }, lines)).toEqual([]);
    expect(approvalProblems(period, { ...late, reopenedBefore: true }, lines)).toEqual([]);
  });

  it('names every figure that is not sound: unknown lines, negative, not a number, over the budget', () => {
    const bad = { ...feb, actuals: { '2.4': -5, '9.9': 1, __proto__x: 2 } };
    expect(keys(approvalProblems(period, bad, lines))).toEqual(['9.9.actual:budget.lineUnknown', '__proto__x.actual:budget.lineUnknown', '2.4.actual:budget.negative']);
    expect(keys(approvalProblems(period, { ...feb, actuals: { '2.4': 'abc' } }, lines))).toEqual(['2.4.actual:budget.notANumber']);
    expect(keys(approvalProblems(period, { ...feb, actuals: { '2.4': 99_999_999 } }, lines))).toEqual(['2.4.actual:budget.overspend']);
  });
});
