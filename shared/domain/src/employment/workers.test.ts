import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POSITIONS, hiringTargets, monthlyCost, monthlyCostSatang, NATIONAL_TARGET, positionCount, positionProblems, WORKER_TYPE_LABELS, WORKER_TYPES, type Positions } from './workers.ts';
import { validRate } from './arbitraries.ts';

describe('worker types and default positions', () => {
  it('are the deck’s three types with its Thai names, in the budget form’s order', () => {
    expect(WORKER_TYPES).toEqual(['citizen', 'graduate', 'student']);
    expect(WORKER_TYPES.map((t) => WORKER_TYPE_LABELS[t].th)).toEqual(['ประชาชน', 'บัณฑิต', 'นักศึกษา']);
  });

  it('cost a tambon 45,000 / 150,000 / 25,000 = 220,000 baht a month for 20 people, as at Huai Haeng', () => {
    expect(monthlyCost(DEFAULT_POSITIONS)).toEqual({ citizen: 45_000, graduate: 150_000, student: 25_000, total: 220_000 });
    expect(positionCount(DEFAULT_POSITIONS)).toBe(NATIONAL_TARGET.perTambon);
  });

  it('reach the national target of 60,000 over 3,000 tambons', () => {
    expect(NATIONAL_TARGET.tambons * NATIONAL_TARGET.perTambon).toBe(NATIONAL_TARGET.workers);
    expect(hiringTargets(NATIONAL_TARGET.tambons)).toEqual({ citizen: 15_000, graduate: 30_000, student: 15_000, total: 60_000 });
  });

  it('add rates with satang without drift', () => {
    const p: Positions = { citizen: { count: 3, rate: 0.1 }, graduate: { count: 3, rate: 0.2 }, student: { count: 0, rate: 1 } };
    expect(monthlyCost(p).total).toBe(0.9);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), validRate()), { minLength: 3, maxLength: 3 }), (v) => {
        const q = Object.fromEntries(WORKER_TYPES.map((t, i) => [t, { count: v[i]![0], rate: v[i]![1] }])) as Positions;
        const s = monthlyCostSatang(q);
        expect(Number.isInteger(s.total)).toBe(true);
        expect(s.total).toBe(s.citizen + s.graduate + s.student);
      }),
    );
  });
});

describe('positionProblems', () => {
  const ok = { citizen: { count: 5, rate: 9000 }, graduate: { count: 10, rate: 15000 }, student: { count: 5, rate: 5000 } };
  it('accepts the defaults and the bounds themselves', () => {
    expect(positionProblems(ok)).toEqual([]);
    expect(positionProblems({ ...ok, citizen: { count: 0, rate: 1 }, student: { count: 100, rate: 100_000 } })).toEqual([]);
    expect(positionProblems({ ...ok, graduate: { count: 10, rate: 15_000.25 } })).toEqual([]);
  });
  it('names each field just past its bounds', () => {
    expect(positionProblems({ ...ok, citizen: { count: 101, rate: 9000 } })).toEqual([{ field: 'citizen.count', key: 'employment.positions.count' }]);
    expect(positionProblems({ ...ok, citizen: { count: -1, rate: 9000 } })).toEqual([{ field: 'citizen.count', key: 'employment.positions.count' }]);
    expect(positionProblems({ ...ok, citizen: { count: 2.5, rate: 9000 } })).toEqual([{ field: 'citizen.count', key: 'employment.positions.count' }]);
    expect(positionProblems({ ...ok, student: { count: 5, rate: 100_000.01 } })).toEqual([{ field: 'student.rate', key: 'employment.positions.rate' }]);
    expect(positionProblems({ ...ok, student: { count: 5, rate: 0.99 } })).toEqual([{ field: 'student.rate', key: 'employment.positions.rate' }]);
    expect(positionProblems({ ...ok, student: { count: 5, rate: '5000' } })).toEqual([{ field: 'student.rate', key: 'employment.positions.rate' }]);
    expect(positionProblems({ ...ok, graduate: { count: 10, rate: 15_000.001 } })).toEqual([{ field: 'graduate.rate', key: 'employment.positions.satang' }]);
  });
  it('refuses a tambon with no position at all', () => {
    const none = { citizen: { count: 0, rate: 9000 }, graduate: { count: 0, rate: 15000 }, student: { count: 0, rate: 5000 } };
    expect(positionProblems(none)).toEqual([{ field: 'citizen.count', key: 'employment.positions.none' }]);
  });
});
