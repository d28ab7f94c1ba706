import { describe, expect, it } from 'vitest';
import { formatDate } from '../format.ts';
import { boardStatus, lastOpenDay, reportingMonthAt, reportingWindow, windowState } from './window.ts';

const at = (iso: string) => new Date(iso);

describe('reporting window: last 2 days of the month to day 2 of the next, Thai time', () => {
  it('February 2021 (28 days) opens on 27 Feb and closes after 2 March, Bangkok time', () => {
    const w = reportingWindow(2021, 2);
    expect(w.opens.toISOString()).toBe('2021-02-26T17:00:00.000Z'); // 27 Feb 00:00 in Bangkok
    expect(w.closes.toISOString()).toBe('2021-03-02T17:00:00.000Z'); // 3 Mar 00:00 in Bangkok
  });
  it('leap February opens on the 28th', () => {
    expect(reportingWindow(2024, 2).opens.toISOString()).toBe('2024-02-27T17:00:00.000Z');
  });
  it('December closes in January of the next year', () => {
    const w = reportingWindow(2020, 12);
    expect(w.opens.toISOString()).toBe('2020-12-29T17:00:00.000Z');
    expect(w.closes.toISOString()).toBe('2021-01-02T17:00:00.000Z');
  });
  it('is open at the edges and closed one second outside them', () => {
    expect(windowState(at('2021-02-26T16:59:59Z'), 2021, 2)).toMatchObject({ open: false, why: 'notYet' });
    expect(windowState(at('2021-02-26T17:00:00Z'), 2021, 2)).toMatchObject({ open: true, why: 'window' });
    expect(windowState(at('2021-03-02T16:59:59Z'), 2021, 2)).toMatchObject({ open: true, why: 'window' });
    expect(windowState(at('2021-03-02T17:00:00Z'), 2021, 2)).toMatchObject({ open: false, why: 'closed' });
  });
  it('a late exception reopens a closed month until it runs out; a reopened month stays open', () => {
    const lateUntil = at('2021-03-10T17:00:00Z');
    expect(windowState(at('2021-03-05T00:00:00Z'), 2021, 2, { lateUntil })).toMatchObject({ open: true, why: 'exception' });
    expect(windowState(at('2021-03-11T00:00:00Z'), 2021, 2, { lateUntil })).toMatchObject({ open: false, why: 'closed' });
    expect(windowState(at('2021-06-01T00:00:00Z'), 2021, 2, { reopened: true })).toMatchObject({ open: true, why: 'reopened' });
  });
});

describe('the month being reported', () => {
  it('is the previous month until the second-last day, then this month', () => {
    expect(reportingMonthAt(at('2021-03-01T05:00:00Z'))).toEqual({ year: 2021, month: 2 });
    expect(reportingMonthAt(at('2021-03-29T17:00:00Z'))).toEqual({ year: 2021, month: 3 }); // 30 Mar in Bangkok
    expect(reportingMonthAt(at('2021-01-01T05:00:00Z'))).toEqual({ year: 2020, month: 12 });
  });
});

describe('status board', () => {
  const now = at('2021-03-05T00:00:00Z');
  it('tells approved, awaiting approval, late and open apart', () => {
    expect(boardStatus(now, 2021, 2, { status: 'approved' })).toBe('approved');
    expect(boardStatus(now, 2021, 2, { status: 'submitted' })).toBe('awaitingApproval');
    expect(boardStatus(now, 2021, 2, null)).toBe('late');
    expect(boardStatus(now, 2021, 2, { status: 'draft', lateUntil: at('2021-03-09T00:00:00Z') })).toBe('open');
    expect(boardStatus(now, 2021, 3, null)).toBe('notYet');
  });
});

describe('the last open day of a window', () => {
  it('is the day before the first instant after the window, in Thai time', () => {
    const w = reportingWindow(2021, 2);
    expect(formatDate(w.closes, 'th', 'long')).toBe('3 มีนาคม 2564');
    expect(formatDate(lastOpenDay(w.closes), 'th', 'long')).toBe('2 มีนาคม 2564');
    expect(formatDate(lastOpenDay(w.closes.toISOString()), 'en', 'long')).toMatch(/^2 March 2564/);
    expect(formatDate(lastOpenDay(reportingWindow(2020, 12).closes), 'th', 'long')).toBe('2 มกราคม 2564');
  });
});
