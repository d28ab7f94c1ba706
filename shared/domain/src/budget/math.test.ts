import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPercent } from '../format.ts';
import { addLeafFigures, computeReport, rowOf } from './math.ts';
import { DECK_PLAN, deckLeafFigures } from './deckExample.ts';
import { LEAF_LINES } from './lines.ts';

describe("the deck's example: Huai Haeng / Chulalongkorn after January–February 2564", () => {
  const report = computeReport(deckLeafFigures(), 12, 2);

  it('reproduces the tambon total', () => {
    const total = rowOf(report, 'total');
    expect(total).toMatchObject({ budget: 3_483_000, actualToDate: 506_500, planToDate: 568_000, remaining: 2_976_500 });
    expect(total.actual.slice(0, 2)).toEqual([280_000, 226_500]);
    expect(formatPercent(total.achieved!)).toBe('89.17%');
  });

  it('reproduces employment and community development', () => {
    const emp = rowOf(report, '1');
    expect(emp).toMatchObject({ budget: 2_640_000, actualToDate: 425_000, planToDate: 440_000, remaining: 2_215_000 });
    expect(formatPercent(emp.achieved!)).toBe('96.59%');
    const dev = rowOf(report, '2');
    expect(dev).toMatchObject({ budget: 800_000, actualToDate: 81_500, planToDate: 128_000, remaining: 718_500 });
    expect(formatPercent(dev.achieved!)).toBe('63.67%');
  });

  it('computes 2.1 as 35,500 where the deck typed 35,000', () => {
    const l = rowOf(report, '2.1');
    expect(l.actualToDate).toBe(35_500);
    expect(l.remaining).toBe(284_500);
    // 35,500 / 64,000 = 55.46875%: the deck's 55.47.
    expect(formatPercent(l.achieved!)).toBe('55.47%');
    expect(formatPercent(rowOf(report, '2.2').achieved!)).toBe('81.25%');
    expect(formatPercent(rowOf(report, '2.3').achieved!)).toBe('62.50%');
    expect(formatPercent(rowOf(report, '1.2').achieved!)).toBe('95.00%');
  });

  it('leaves achievement empty where nothing was planned to date, and keeps the deck order', () => {
    expect(rowOf(report, '2.4').achieved).toBeNull();
    expect(rowOf(report, '3').budget).toBe(43_000);
    expect(report.rows.map((r) => r.code)).toEqual(['total', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '2.4', '2.5', '3', '3.1']);
  });

  it('shows nothing reported for March onwards rather than zero', () => {
    expect(rowOf(report, 'total').actual[2]).toBeNull();
  });
});

describe('sums are computed, never typed', () => {
  it('every parent equals the sum of its children for any figures, to the satang', () => {
    const amount = fc.integer({ min: 0, max: 10_000_000_00 }).map((s) => s / 100);
    fc.assert(
      fc.property(fc.array(fc.array(amount, { minLength: 12, maxLength: 12 }), { minLength: 9, maxLength: 9 }), fc.integer({ min: 1, max: 12 }), (plans, asOf) => {
        const leaves = LEAF_LINES.map((code, i) => ({ code, budget: plans[i]!.reduce((a, b) => a + b, 0), plan: plans[i]!, actual: plans[i]!.map((v) => v / 2) }));
        const r = computeReport(leaves, 12, asOf);
        const sumOf = (codes: string[], pick: (row: ReturnType<typeof rowOf>) => number) => Math.round(codes.reduce((a, c) => a + pick(rowOf(r, c)) * 100, 0));
        return (
          Math.round(rowOf(r, 'total').budget * 100) === sumOf(['1', '2', '3'], (x) => x.budget) &&
          Math.round(rowOf(r, '2').planToDate * 100) === sumOf(['2.1', '2.2', '2.3', '2.4', '2.5'], (x) => x.planToDate) &&
          Math.round(rowOf(r, 'total').actualToDate * 100) === sumOf(['1', '2', '3'], (x) => x.actualToDate)
        );
      }),
      { numRuns: 200 },
    );
  });

  it('a roll-up of two tambons is the report of their added figures', () => {
    const twice = addLeafFigures([deckLeafFigures(), deckLeafFigures()], 12);
    const r = computeReport(twice, 12, 2);
    expect(rowOf(r, 'total')).toMatchObject({ budget: 6_966_000, actualToDate: 1_013_000, planToDate: 1_136_000 });
    expect(formatPercent(rowOf(r, 'total').achieved!)).toBe('89.17%');
  });

  it('every deck plan adds up to its budget', () => {
    for (const { budget, plan } of Object.values(DECK_PLAN)) expect(plan.reduce((a, b) => a + b, 0)).toBe(budget);
  });
});
