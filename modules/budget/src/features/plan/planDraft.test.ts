import { describe, expect, it } from 'vitest';
import { PlanDraft, type SavedLine } from './planDraft.svelte.ts';

const saved: SavedLine[] = [
  { code: '1.1', budget: 540_000, plan: [45_000, 45_000, 0] },
  { code: '2.1', budget: 0.3, plan: [0.1, 0.2, 0] },
];

describe('PlanDraft', () => {
  it('adds up the months to the satang as the user types, and says how far from the budget', () => {
    const d = new PlanDraft(() => saved, () => 3);
    expect(d.sum('2.1')).toBe(0.3);
    expect(d.difference('2.1')).toBe(0);
    expect(d.sum('1.1')).toBe(90_000);
    expect(d.difference('1.1')).toBe(-450_000);
    d.setPlan('1.1', 3, '๔๕๐,๐๐๐');
    expect(d.difference('1.1')).toBe(0);
    expect(d.plan('1.1', 3)).toBe('๔๕๐,๐๐๐');
    expect(d.plan('1.1', 1)).toBe('45,000');
  });

  it('sends every line with every month as numbers', () => {
    const d = new PlanDraft(() => saved, () => 3);
    d.setBudget('2.1', '1,000');
    d.setPlan('2.1', 3, '999.70');
    expect(d.input()).toEqual([
      { line: '1.1', budget: 540_000, plan: [45_000, 45_000, 0] },
      { line: '2.1', budget: 1000, plan: [0.1, 0.2, 999.7] },
    ]);
  });

  it('names a cell that is not an amount, and keeps typed cells through a refetch', () => {
    let lines = saved;
    const d = new PlanDraft(() => lines, () => 3);
    d.setPlan('1.1', 2, '0x10');
    expect(Object.keys(d.problems('en'))).toEqual(['1.1.plan.2']);
    expect(d.problems('en')['1.1.plan.2']).toEqual(['Write the amount in ordinary digits, e.g. 16 rather than 0x10']);
    lines = [{ code: '1.1', budget: 1, plan: [1, 1, 1] }];
    expect(d.plan('1.1', 2)).toBe('0x10');
    expect(d.plan('1.1', 1)).toBe('1');
  });
});
