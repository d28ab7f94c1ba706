import { describe, expect, it } from 'vitest';
import { bangkokDay, daysInMonth, fiscalMonthIndex, fiscalYearOf } from './calendar.ts';

describe('fiscal year (Oct–Sep, named by the BE year it ends in)', () => {
  it('1 October 2020 in Bangkok opens fiscal year 2564', () => {
    // 30 Sep 2020 17:00 UTC is already 1 Oct 00:00 in Bangkok
    expect(fiscalYearOf(new Date('2020-09-30T17:00:00Z')).be).toBe(2564);
    expect(fiscalYearOf(new Date('2020-09-30T16:59:59Z')).be).toBe(2563);
  });
  it('the deck\'s reporting months Jan–Dec 2564 straddle two fiscal years', () => {
    expect(fiscalYearOf(new Date('2021-01-15T05:00:00Z')).be).toBe(2564);
    expect(fiscalYearOf(new Date('2021-09-30T10:00:00Z')).be).toBe(2564);
    expect(fiscalYearOf(new Date('2021-10-01T10:00:00Z')).be).toBe(2565);
  });
  it('gives the first and last day', () => {
    const fy = fiscalYearOf(new Date('2026-11-23T00:00:00Z'));
    expect(fy).toMatchObject({ be: 2570, ce: 2027, start: { year: 2026, month: 10, day: 1 }, end: { year: 2027, month: 9, day: 30 } });
  });
  it('numbers October as fiscal month 1 and September as 12', () => {
    expect([10, 11, 12, 1, 9].map(fiscalMonthIndex)).toEqual([1, 2, 3, 4, 12]);
  });
});

describe('Thai time', () => {
  it('turns the date at 17:00 UTC', () => {
    expect(bangkokDay(new Date('2021-02-28T16:59:00Z'))).toEqual({ year: 2021, month: 2, day: 28 });
    expect(bangkokDay(new Date('2021-02-28T17:00:00Z'))).toEqual({ year: 2021, month: 3, day: 1 });
    expect(bangkokDay(new Date('2020-12-31T17:30:00Z'))).toEqual({ year: 2021, month: 1, day: 1 });
  });
  it('knows leap Februaries', () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2021, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
});
