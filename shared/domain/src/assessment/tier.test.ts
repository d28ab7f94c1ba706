import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOAL_CODES, type GoalCode, type Mark } from './form.ts';
import { DEFAULT_THRESHOLDS, goalMask, goalsExpected, goalsMet, goalsOfMask, thresholdProblems, tierOf, tierRange, tierRank, tierTargets, TIERS } from './tier.ts';
import { firstGoals, formWith } from './testForms.ts';

describe('tier of a tambon by goals met (Sustainable 14–16, Sufficiency 11–13, Survive 8–10)', () => {
  it.each([
    [0, 'unclassified'],
    [7, 'unclassified'],
    [8, 'survive'],
    [10, 'survive'],
    [11, 'sufficiency'],
    [13, 'sufficiency'],
    [14, 'sustainable'],
    [16, 'sustainable'],
  ] as const)('%i goals met → %s', (n, tier) => {
    expect(tierOf(n)).toBe(tier);
    expect(tierOf(goalsMet(formWith({ act1: firstGoals(n) })).length)).toBe(tier);
  });

  it('follows thresholds the central office changed', () => {
    const t = { sustainable: 12, sufficiency: 9, survive: 5 };
    expect(tierOf(12, t)).toBe('sustainable');
    expect(tierOf(11, t)).toBe('sufficiency');
    expect(tierOf(5, t)).toBe('survive');
    expect(tierOf(4, t)).toBe('unclassified');
    expect(tierOf(13)).toBe('sufficiency');
  });

  it('ranks tiers so that moving up is a higher number', () => {
    expect(TIERS.map(tierRank)).toEqual([3, 2, 1, 0]);
  });

  it('gives each tier its range of goals under the thresholds in force', () => {
    expect(tierRange('sustainable')).toEqual({ min: 14, max: 16 });
    expect(tierRange('sufficiency')).toEqual({ min: 11, max: 13 });
    expect(tierRange('survive')).toEqual({ min: 8, max: 10 });
    expect(tierRange('unclassified')).toEqual({ min: 0, max: 7 });
    expect(tierRange('sufficiency', { sustainable: 15, sufficiency: 10, survive: 6 })).toEqual({ min: 10, max: 14 });
  });

  it('every count from 0 to 16 falls in exactly the range of its tier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), (n) => {
        const r = tierRange(tierOf(n));
        return n >= r.min && n <= r.max;
      }),
    );
  });
});

describe('goals met: ✓ counts, ✗ does not, a goal counts once', () => {
  it('counts only ✓ "already in place", never ✗ "expected"', () => {
    const form = formWith({ act1: { '1.1': 'have', '1.2': 'expected', '1.3': 'have' }, covid: { '1.4': 'expected' } });
    expect(goalsMet(form)).toEqual(['1.1', '1.3']);
    expect(goalsExpected(form)).toEqual(['1.2', '1.4']);
  });

  it('a goal met by two activities counts once', () => {
    const form = formWith({ act1: { '1.5': 'have' }, act2: { '1.5': 'have' }, data: { '1.5': 'have' } });
    expect(goalsMet(form)).toEqual(['1.5']);
  });

  it('a goal ✓ in one column and ✗ in another is met, not expected', () => {
    const form = formWith({ act1: { '1.6': 'expected' }, act2: { '1.6': 'have' } });
    expect(goalsMet(form)).toEqual(['1.6']);
    expect(goalsExpected(form)).toEqual([]);
  });

  it('counts the COVID-surveillance and Community Data columns, but not cells of an activity the form no longer has', () => {
    const form = formWith({ covid: { '1.10': 'have' }, data: { '1.15': 'have' }, act9: { '1.1': 'have' } }, 1);
    expect(goalsMet(form)).toEqual(['1.10', '1.15']);
  });

  it('ignores keys that are not goals and inherited properties', () => {
    const goals = JSON.parse('{"act1":{"1.17":"have","__proto__":{"1.1":"have"},"1.2":"yes"}}');
    expect(goalsMet(formWith(goals))).toEqual([]);
  });

  it('never counts more than 16, whatever the marks', () => {
    const mark = fc.constantFrom<Mark>('have', 'expected');
    const column = fc.dictionary(fc.constantFrom(...GOAL_CODES), mark);
    fc.assert(
      fc.property(fc.record({ act1: column, act2: column, covid: column, data: column }), (goals) => {
        const met = goalsMet(formWith(goals));
        const haves = new Set(Object.values(goals).flatMap((c) => Object.entries(c).filter(([, m]) => m === 'have').map(([g]) => g)));
        return met.length === haves.size && met.length <= 16 && new Set(met).size === met.length;
      }),
    );
  });
});

describe('thresholds', () => {
  it('accepts the defaults and any strictly decreasing whole numbers 1–16', () => {
    expect(thresholdProblems(DEFAULT_THRESHOLDS)).toEqual([]);
    expect(thresholdProblems({ sustainable: 16, sufficiency: 2, survive: 1 })).toEqual([]);
  });
  it('refuses numbers outside 1–16 and fractions, naming the field', () => {
    expect(thresholdProblems({ sustainable: 17, sufficiency: 11, survive: 0 })).toEqual([
      { field: 'sustainable', key: 'assessment.threshold.range' },
      { field: 'survive', key: 'assessment.threshold.range' },
    ]);
    expect(thresholdProblems({ sustainable: 14, sufficiency: 10.5, survive: 8 }).map((p) => p.field)).toEqual(['sufficiency']);
    expect(thresholdProblems({ sustainable: '14', sufficiency: null, survive: Number.NaN }).map((p) => p.field)).toEqual(['sustainable', 'sufficiency', 'survive']);
  });
  it('refuses tiers out of order or equal', () => {
    expect(thresholdProblems({ sustainable: 11, sufficiency: 11, survive: 8 })).toEqual([
      { field: 'sustainable', key: 'assessment.threshold.order' },
    ]);
    expect(thresholdProblems({ sustainable: 14, sufficiency: 7, survive: 8 }).map((p) => p.field)).toEqual(['sufficiency']);
  });
});

describe('programme targets per tier (25% / 50% / 25%)', () => {
  it('are 750 / 1,500 / 750 of 3,000 tambons', () => {
    expect(tierTargets(3000)).toEqual({ sustainable: 750, sufficiency: 1500, survive: 750 });
  });
  it('always add up to the number of tambons, each within one of its share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const t = tierTargets(n);
        const shares = { sustainable: 0.25, sufficiency: 0.5, survive: 0.25 };
        return t.sustainable + t.sufficiency + t.survive === n && (Object.keys(shares) as (keyof typeof shares)[]).every((k) => Math.abs(t[k] - n * shares[k]) < 1);
      }),
    );
  });
});

describe('goal masks', () => {
  it('put goal 1.1 in bit 0 and 1.16 in bit 15', () => {
    expect(goalMask(['1.1'])).toBe(1);
    expect(goalMask(['1.16'])).toBe(1 << 15);
    expect(goalMask([...GOAL_CODES])).toBe(0xffff);
    expect(goalsOfMask(0b101)).toEqual(['1.1', '1.3']);
  });
  it('round-trip any set of goals', () => {
    fc.assert(
      fc.property(fc.subarray([...GOAL_CODES]), (goals: GoalCode[]) => {
        expect(goalsOfMask(goalMask(goals))).toEqual(goals);
      }),
    );
  });
});
