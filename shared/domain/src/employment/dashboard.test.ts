import { describe, expect, it } from 'vitest';
import { hiringFigures, inForceOn, isLatePayment, positionsOfTambons, statusOn, thaiDayOf } from './dashboard.ts';
import { paymentDue } from './pay.ts';
import { DEFAULT_POSITIONS } from './workers.ts';

describe('late payments', () => {
  const due = paymentDue({ year: 2021, month: 1 });
  it('is on time up to the end of the due day in Thailand, late from the next Thai day', () => {
    expect(due).toBe('2021-02-02');
    // 23:59 on 2 Feb in Bangkok is 16:59 UTC: on time.
    expect(isLatePayment(new Date('2021-02-02T16:59:00Z'), due)).toBe(false);
    // 00:30 on 3 Feb in Bangkok is still 2 Feb in UTC: late all the same.
    expect(isLatePayment(new Date('2021-02-02T17:30:00Z'), due)).toBe(true);
    expect(thaiDayOf(new Date('2021-02-02T17:30:00Z'))).toBe('2021-02-03');
    expect(isLatePayment(new Date('2021-02-01T03:00:00Z'), due)).toBe(false);
  });
});

describe('hiring figures', () => {
  it('targets the default positions per tambon, with a tambon of its own', () => {
    expect(positionsOfTambons(3000, DEFAULT_POSITIONS, [])).toEqual({ citizen: 15_000, graduate: 30_000, student: 15_000 });
    const own = { citizen: { count: 2, rate: 9_000 }, graduate: { count: 0, rate: 15_000 }, student: { count: 7, rate: 5_000 } };
    expect(positionsOfTambons(2, DEFAULT_POSITIONS, [own])).toEqual({ citizen: 7, graduate: 10, student: 12 });
  });
  it('open positions are target minus hired and never negative', () => {
    const f = hiringFigures({ citizen: 5, graduate: 10, student: 5 }, { citizen: 4, graduate: 12, student: 5 });
    expect(f.citizen).toEqual({ target: 5, hired: 4, open: 1 });
    expect(f.graduate.open).toBe(0);
    expect(f.total).toEqual({ target: 20, hired: 21, open: 1 });
  });
});

describe('hired: in force on the day asked', () => {
  const c = { start: '2026-01-01', end: '2026-12-05', lastWorkingDay: null, status: 'active' as const };
  it('counts a contract from its start to its end, both days included, whatever its stored status', () => {
    expect(inForceOn(c, '2025-12-31')).toBe(false);
    expect(inForceOn(c, '2026-01-01')).toBe(true);
    expect(inForceOn(c, '2026-12-05')).toBe(true);
    // Ended yesterday: still 'active' in the database, no longer hired.
    expect(inForceOn(c, '2026-12-06')).toBe(false);
    expect(statusOn(c, '2026-12-05')).toBe('active');
    expect(statusOn(c, '2026-12-06')).toBe('ended');
  });
  it('a resignation holds the position up to its last working day', () => {
    const r = { ...c, status: 'resigned' as const, lastWorkingDay: '2026-06-30' };
    expect(inForceOn(r, '2026-06-30')).toBe(true);
    expect(inForceOn(r, '2026-07-01')).toBe(false);
    expect(statusOn(r, '2026-07-01')).toBe('resigned');
    expect(inForceOn({ ...c, status: 'ended' }, '2026-06-01')).toBe(false);
  });
});
