import { describe, expect, it } from 'vitest';
import { actualProblems, planProblems } from './validation.ts';
import { translateBudget as translate } from './messages.ts';

describe('budget form checks', () => {
  it('a plan must add up to the line budget, and the message says by how much', () => {
    expect(planProblems('2.1', 320_000, Array(10).fill(32_000).concat([0, 0]))).toEqual([]);
    const [p] = planProblems('2.1', 320_000, Array(12).fill(32_000));
    expect(p).toMatchObject({ field: '2.1.plan', key: 'budget.planMismatch' });
    expect(translate('th', p!.key, p!.params)).toBe('แผนรายเดือนของรายการ 2.1 รวมได้ 384,000 บาท ไม่เท่ากับงบประมาณ 320,000 บาท กรุณาปรับแผนให้รวมเท่ากับงบประมาณ');
  });
  it('negative amounts are named at their month', () => {
    expect(planProblems('1.1', 0, [-5, 5, ...Array(10).fill(0)])).toEqual([{ field: '1.1.plan.1', key: 'budget.negative' }]);
    expect(actualProblems({ '1.1': -1 }, [{ code: '1.1', budget: 540_000, otherMonthsActual: 0 }])).toEqual([{ field: '1.1.actual', key: 'budget.negative' }]);
  });
  it('over-spending counts the other months too', () => {
    const [p] = actualProblems({ '2.4': 30_000 }, [{ code: '2.4', budget: 80_000, otherMonthsActual: 60_000 }]);
    expect(p).toMatchObject({ field: '2.4.actual', key: 'budget.overspend', params: { spent: 90_000, over: 10_000 } });
    expect(translate('en', p!.key, p!.params)).toContain('THB 10,000 over its budget of THB 80,000');
    expect(actualProblems({ '2.4': 20_000 }, [{ code: '2.4', budget: 80_000, otherMonthsActual: 60_000 }])).toEqual([]);
  });
  it('an amount over a billion baht is a typing slip, named at its field', () => {
    expect(planProblems('1.1', 1_000_000_001, [1_000_000_001])).toEqual([
      { field: '1.1.budget', key: 'budget.tooLarge' },
      { field: '1.1.plan.1', key: 'budget.tooLarge' },
    ]);
    expect(planProblems('1.1', 1_000_000_000, [1_000_000_000])).toEqual([]);
    expect(actualProblems({ '1.1': Number.POSITIVE_INFINITY }, [{ code: '1.1', budget: 10, otherMonthsActual: 0 }])).toEqual([{ field: '1.1.actual', key: 'budget.notANumber' }]);
  });
});
