import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay } from './arbitraries.ts';
import { addDays, addMonths, dayBE, daysBetween, isDay, monthBE, parseDay } from './days.ts';

describe('contract days', () => {
  it('are real calendar days only', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2021-02-29')).toBe(false);
    expect(isDay('2021-04-31')).toBe(false);
    expect(isDay('2021-4-1')).toBe(false);
    expect(parseDay('2564-01-01')).toEqual({ year: 2564, month: 1, day: 1 });
  });

  it('read in the Buddhist Era as numbers', () => {
    expect(dayBE('2021-02-28')).toBe('28/2/2564');
    expect(monthBE({ year: 2021, month: 3 })).toBe('3/2564');
  });

  it('add months clamped to the month’s end, across years, backwards too', () => {
    expect(addMonths('2021-08-31', 6)).toBe('2022-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2021-03-31', -1)).toBe('2021-02-28');
    expect(addMonths('2021-12-15', 1)).toBe('2022-01-15');
  });

  it('property: adding days and counting them agree', () => {
    fc.assert(
      fc.property(isoDay(), fc.integer({ min: -800, max: 800 }), (d, n) => {
        const e = addDays(d, n);
        expect(isDay(e)).toBe(true);
        expect(daysBetween(d, e)).toBe(n);
        expect(e > d).toBe(n > 0);
      }),
    );
  });
});
