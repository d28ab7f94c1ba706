import { describe, expect, it } from 'vitest';
import { actualChanges, changedSinceApproval, changesOf, formatLineChange } from './audit.ts';

describe('what a change did, line by line', () => {
  it('lists only the lines whose amount changed, in the form order, to the satang', () => {
    expect(actualChanges({ '2.1': 30_000, '1.2': 150_000, '1.1': 45_000 }, { '1.1': 45_000.001, '1.2': 135_000, '2.1': 30_000, '1.3': 25_000 })).toEqual([
      { line: '1.2', before: 150_000, after: 135_000 },
      { line: '1.3', before: null, after: 25_000 },
    ]);
    expect(actualChanges({ '1.1': 1 }, {})).toEqual([{ line: '1.1', before: 1, after: null }]);
    expect(actualChanges(null, null)).toEqual([]);
  });

  it('ignores what is not a budget line or not an amount', () => {
    expect(actualChanges({ '9.9': 1, __proto__: 2, '1.1': 'x' }, { '1.1': 5 })).toEqual([{ line: '1.1', before: null, after: 5 }]);
  });

  it('reads an audit row of a month (actuals) and of a plan (budgets per line)', () => {
    expect(changesOf('submit', { before: { actuals: { '1.2': 150_000 }, status: 'draft' }, after: { actuals: { '1.2': 135_000 }, status: 'submitted' } })).toEqual([
      { line: '1.2', before: 150_000, after: 135_000 },
    ]);
    expect(changesOf('plan', { before: [{ line: '2.4', budget: 80_000, plan: [] }], after: [{ line: '2.4', budget: 90_000, plan: [] }] })).toEqual([
      { line: '2.4', before: 80_000, after: 90_000 },
    ]);
    // Pay accepted in the employment module: the month's 1.x before → after.
    expect(changesOf('pay', { before: { actuals: { '1.2': 135_000 } }, after: { actuals: { '1.1': 45_000, '1.2': 150_000, '1.3': 25_000 } } }).map((c) => formatLineChange(c, 'en'))).toEqual([
      '1.1: — → 45,000',
      '1.2: 135,000 → 150,000',
      '1.3: — → 25,000',
    ]);
    expect(changesOf('approve', { before: { status: 'submitted' }, after: { status: 'approved' } })).toEqual([]);
  });

  it('reads as people write amounts', () => {
    expect(formatLineChange({ line: '1.2', before: 150_000, after: 135_000 }, 'th')).toBe('1.2: 150,000 → 135,000');
    expect(formatLineChange({ line: '1.3', before: null, after: 25_000.5 }, 'en')).toBe('1.3: — → 25,000.5');
  });
});

describe('what changed in a month since it was approved', () => {
  const rows = [
    { action: 'submit', month: 2, before: { actuals: { '1.2': 150_000 } }, after: { actuals: { '1.2': 140_000 } } },
    { action: 'reopen', month: 2, before: { status: 'approved' }, after: { status: 'draft' } },
    { action: 'approve', month: 2, before: { status: 'submitted', actuals: { '1.2': 150_000 } }, after: { status: 'approved', actuals: { '1.2': 150_000 } } },
    { action: 'approve', month: 1, before: null, after: { status: 'approved', actuals: { '1.1': 45_000 } } },
  ];
  it('compares the month now with what its last approval saw', () => {
    expect(changedSinceApproval(rows, 2, { '1.2': 140_000 })).toEqual([{ line: '1.2', before: 150_000, after: 140_000 }]);
    expect(changedSinceApproval(rows, 1, { '1.1': 45_000 })).toEqual([]);
  });
  it('is null for a month never approved', () => {
    expect(changedSinceApproval(rows, 3, { '1.1': 1 })).toBeNull();
  });
});
