import { describe, expect, it } from 'vitest';
import { defaultAsOf } from './asOf.ts';

const P2564 = { firstYear: 2021, firstMonth: 1, months: 12 };
const at = (iso: string) => new Date(iso);

describe('the month a report runs to date', () => {
  it('is the month being reported now: from its last two days (Bangkok time) on', () => {
    expect(defaultAsOf(P2564, at('2021-02-26T16:59:59Z'))).toBe(1); // 26 Feb 23:59 in Bangkok: January is due
    expect(defaultAsOf(P2564, at('2021-02-26T17:00:00Z'))).toBe(2); // 27 Feb 00:00 in Bangkok: February's window opens
    expect(defaultAsOf(P2564, at('2021-03-02T16:59:59Z'))).toBe(2);
  });

  it('stays inside the period: its first month before it starts, its last after it ends', () => {
    expect(defaultAsOf(P2564, at('2020-06-01T00:00:00Z'))).toBe(1);
    expect(defaultAsOf(P2564, at('2021-01-05T00:00:00Z'))).toBe(1); // December 2020 is due: before the period
    expect(defaultAsOf(P2564, at('2022-01-02T00:00:00Z'))).toBe(12); // December 2021 is still due
    expect(defaultAsOf(P2564, at('2023-05-01T00:00:00Z'))).toBe(12);
  });

  it('takes the month asked for, kept between 1 and the period length', () => {
    const now = at('2021-02-27T03:00:00Z');
    expect(defaultAsOf(P2564, now, 5)).toBe(5);
    expect(defaultAsOf(P2564, now, 0)).toBe(1);
    expect(defaultAsOf(P2564, now, 36)).toBe(12);
  });

  it('counts across a year boundary for a period starting mid-year', () => {
    const fy = { firstYear: 2020, firstMonth: 10, months: 12 }; // October 2563 – September 2564
    expect(defaultAsOf(fy, at('2021-01-30T03:00:00Z'))).toBe(4); // January's window: the fourth month
  });
});
