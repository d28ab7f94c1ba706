import { describe, expect, it } from 'vitest';
import { windowState } from '../budget/window.ts';
import { bangkokDayStart, currentRound, previousRound, roundDays, roundInstants, roundLabel, roundOrder, roundWindowState, type Round } from './rounds.ts';

const at = (iso: string) => new Date(iso);
const round = (id: string, kind: Round['kind'], quarter: number, first: string, last: string, periodId = 'p1'): Round => ({ id, periodId, kind, quarter, ...roundInstants(first, last)! });

describe('round dates in Thai time', () => {
  it('open at 00:00 Bangkok of the first day and close after the last day', () => {
    expect(roundInstants('2021-01-04', '2021-01-31')).toEqual({ opens: '2021-01-03T17:00:00.000Z', closes: '2021-01-31T17:00:00.000Z' });
  });
  it('show the days people picked', () => {
    expect(roundDays(roundInstants('2021-01-04', '2021-01-31')!)).toEqual({ opens: '2021-01-04', closes: '2021-01-31' });
    expect(roundDays(roundInstants('2020-12-31', '2021-03-01')!)).toEqual({ opens: '2020-12-31', closes: '2021-03-01' });
  });
  it('refuse days that do not exist', () => {
    expect(roundInstants('2021-02-29', '2021-03-01')).toBeNull();
    expect(roundInstants('2021-01-01', '2021-13-01')).toBeNull();
    expect(bangkokDayStart('1/1/2021')).toBeNull();
    expect(bangkokDayStart('2024-02-29')?.toISOString()).toBe('2024-02-28T17:00:00.000Z');
  });
});

describe('round window: the same rule as budget months', () => {
  const r = round('r1', 'baseline', 0, '2021-01-04', '2021-01-31');
  it('is open at the edges and closed one second outside them', () => {
    expect(roundWindowState(at('2021-01-03T16:59:59Z'), r)).toMatchObject({ open: false, why: 'notYet', opens: at('2021-01-03T17:00:00Z') });
    expect(roundWindowState(at('2021-01-03T17:00:00Z'), r)).toMatchObject({ open: true, why: 'window' });
    expect(roundWindowState(at('2021-01-31T16:59:59Z'), r)).toMatchObject({ open: true, why: 'window', closes: at('2021-01-31T17:00:00Z') });
    expect(roundWindowState(at('2021-01-31T17:00:00Z'), r)).toMatchObject({ open: false, why: 'closed' });
  });
  it('late entry needs an exception, which runs out; a reopened form stays open', () => {
    const lateUntil = at('2021-02-10T17:00:00Z');
    expect(roundWindowState(at('2021-02-05T00:00:00Z'), r, { lateUntil })).toMatchObject({ open: true, why: 'exception', closes: lateUntil });
    expect(roundWindowState(at('2021-02-11T00:00:00Z'), r, { lateUntil })).toMatchObject({ open: false, why: 'closed' });
    expect(roundWindowState(at('2021-06-01T00:00:00Z'), r, { reopened: true })).toMatchObject({ open: true, why: 'reopened' });
  });
  it('agrees with the budget window over the same dates', () => {
    const feb = { opens: '2021-02-26T17:00:00.000Z', closes: '2021-03-02T17:00:00.000Z' };
    for (const now of ['2021-02-26T16:59:59Z', '2021-02-27T00:00:00Z', '2021-03-02T17:00:00Z', '2021-03-05T00:00:00Z']) {
      const o = { lateUntil: at('2021-03-04T00:00:00Z') };
      expect(roundWindowState(at(now), feb, o)).toEqual(windowState(at(now), 2021, 2, o));
    }
  });
});

describe('round labels', () => {
  it('name the kind of round in Thai and English', () => {
    expect(roundLabel({ kind: 'baseline', quarter: 0 }, 'th')).toBe('เริ่มดำเนินกิจกรรม');
    expect(roundLabel({ kind: 'quarterly', quarter: 2 }, 'th')).toBe('ไตรมาส 2');
    expect(roundLabel({ kind: 'quarterly', quarter: 2 }, 'en')).toBe('Quarter 2');
    expect(roundLabel({ kind: 'final', quarter: 0 }, 'en')).toBe('Final (after activities)');
  });
});

describe('rounds build on each other', () => {
  const base = round('b', 'baseline', 0, '2021-01-04', '2021-01-31');
  const q1 = round('q1', 'quarterly', 1, '2021-04-01', '2021-04-15');
  const q2 = round('q2', 'quarterly', 2, '2021-07-01', '2021-07-15');
  const fin = round('f', 'final', 0, '2021-12-01', '2021-12-31');
  const nextBase = round('b2', 'baseline', 0, '2022-01-04', '2022-01-31', 'p2');
  const all = [fin, q2, nextBase, base, q1];
  it('sort by opening', () => {
    expect([...all].sort(roundOrder).map((r) => r.id)).toEqual(['b', 'q1', 'q2', 'f', 'b2']);
  });
  it('a round starts from the latest earlier round of its period; a baseline and a new period start afresh', () => {
    expect(previousRound(all, q2)?.id).toBe('q1');
    expect(previousRound(all, q1)?.id).toBe('b');
    expect(previousRound(all, fin)?.id).toBe('q2');
    expect(previousRound(all, base)).toBeNull();
    expect(previousRound(all, nextBase)).toBeNull();
  });
  it('a page shows the latest round to have opened, or the first to come', () => {
    expect(currentRound(all, at('2021-05-01T00:00:00Z'))?.id).toBe('q1');
    expect(currentRound(all, at('2021-07-02T00:00:00Z'))?.id).toBe('q2');
    expect(currentRound(all, at('2020-01-01T00:00:00Z'))?.id).toBe('b');
    expect(currentRound([], at('2021-01-01T00:00:00Z'))).toBeNull();
  });
});
